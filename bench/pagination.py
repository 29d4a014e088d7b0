"""Pagination: peak memory over 10k vs 100k items, and what prefetching the next page buys.

Memory runs in a fresh process per size (`python -m bench.pagination memory ...`), so the
numbers are the pagination's own: the process imports everything and opens the client,
then starts `tracemalloc` and walks every item with `scope.paginate(query_items,
page_size=100)`, keeping none of them.  It reports the traced peak and the growth of the
peak RSS over the RSS before paging.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .throughput import API_KEY, TENANT

ROOT = Path(__file__).resolve().parents[1]


def _rss_bytes() -> int:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


def _jtl(url: str, total: int, latency_ms: float) -> Any:
    from commerce_sdk import JtlErp

    return JtlErp(
        api_key=API_KEY,
        app_id="Bench/1.0.0",
        app_version="1.0.0",
        base_url=f"{url}/cfg/{total}/{latency_ms:g}/erp",
    )


async def _memory(url: str, items: int, page_size: int, trace: bool) -> dict[str, Any]:
    import tracemalloc

    from commerce_sdk_clients.jtl_erp.api.item import query_items

    async with _jtl(url, items, 0) as jtl:
        shop = jtl.tenant(TENANT)
        rss0 = _rss_bytes()
        if trace:
            tracemalloc.start()
        started = time.perf_counter()
        count = 0
        async for _item in shop.paginate(query_items, page_size=page_size):
            count += 1
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] if trace else None
        if trace:
            tracemalloc.stop()
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: kB
    return {
        "items": count,
        "seconds": elapsed,
        "traced_peak": peak,
        "rss_growth": max(0, maxrss - rss0),
        "maxrss": maxrss,
    }


def memory_in_fresh_process(url: str, items: int, page_size: int = 100, trace: bool = True) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    cmd = [sys.executable, "-m", "bench.pagination", "memory", url, str(items), str(page_size)]
    if not trace:
        cmd.append("--no-trace")
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env, timeout=600)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    if result["items"] != items:
        raise RuntimeError(f"paginate returned {result['items']} items, expected {items}")
    return result


# -- prefetch -------------------------------------------------------------------------


def bound(fetch: float, work: float, parse: float, cpu: bool) -> float:
    """The best speed-up one page ahead can give on one thread.

    Sequential: fetch + work per page.  Prefetching overlaps the next fetch with the work, so
    a page still takes at least one fetch (the next request leaves when a page is handed
    over) and at least the work; a CPU-bound consumer also shares the thread with our own
    parsing, so a page takes at least parse + work.
    """
    floor = max(fetch, work, parse + work if cpu else 0.0)
    return (fetch + work) / floor


@dataclass
class PrefetchResult:
    pages: int
    fetch_ms: float  # mean time to fetch + parse one page, sequentially, no consumer work
    work_ms: float  # what the consumer spends per page
    parse_ms: float  # the client's CPU per page in the same sequential walk (request, read, parse)
    sequential_s: float
    prefetch_s: float


async def _walk(url: str, total: int, latency_ms: float, prefetch: bool, work: float, cpu: bool) -> float:
    from commerce_sdk_clients.jtl_erp.api.item import query_items

    async with _jtl(url, total, latency_ms) as jtl:
        shop = jtl.tenant(TENANT)
        started = time.perf_counter()
        async for _page in shop.pages(query_items, page_size=100, prefetch=prefetch):
            if not work:
                continue
            if cpu:  # the consumer computes: the event loop is busy, no await
                until = time.perf_counter() + work
                while time.perf_counter() < until:
                    pass
            else:  # the consumer waits on I/O (writes to a database, another API...)
                await asyncio.sleep(work)
        return time.perf_counter() - started


def fetch_ms(url: str, *, pages: int, latency_ms: float) -> tuple[float, float]:
    """What one page costs sequentially without a consumer, wall and client CPU (ms, median of 3)."""
    total = pages * 100
    asyncio.run(_walk(url, total, latency_ms, False, 0.0, False))  # warm-up
    runs = []
    for _ in range(3):
        cpu = time.process_time()
        wall = asyncio.run(_walk(url, total, latency_ms, False, 0.0, False))
        runs.append((wall, time.process_time() - cpu))
    wall, cpu = sorted(runs)[1]
    return wall / pages * 1000, cpu / pages * 1000


def prefetch(
    url: str,
    *,
    pages: int,
    latency_ms: float,
    reps: int,
    cpu: bool,
    work_ms: float,
    fetch: float,
    parse: float,
) -> PrefetchResult:
    """Sequential vs prefetching walks, the consumer spending `work_ms` per page."""
    total = pages * 100
    work = work_ms / 1000
    seq: list[float] = []
    pre: list[float] = []
    for _ in range(reps):
        seq.append(asyncio.run(_walk(url, total, latency_ms, False, work, cpu)))
        pre.append(asyncio.run(_walk(url, total, latency_ms, True, work, cpu)))
    seq.sort()
    pre.sort()
    return PrefetchResult(pages, fetch, work_ms, parse, seq[len(seq) // 2], pre[len(pre) // 2])


# -- bulk read: items/s of a whole list, SDK vs raw page loops -------------------------


async def _raw_aiohttp_items(url: str, total: int, page_size: int) -> int:
    """The naive loop a user would write: aiohttp, one page after another, json.loads."""
    import aiohttp

    from .throughput import HEADERS

    count, number = 0, 1
    async with aiohttp.ClientSession(f"{url}/cfg/{total}/0/", headers=HEADERS) as session:
        while True:
            params = {"pageNumber": number, "pageSize": page_size}
            async with session.get("erp/items", params=params) as response:
                page = json.loads(await response.read())
            items = page["Items"]
            count += len(items)
            if len(items) < page_size or number * page_size >= page["TotalItems"]:
                return count
            number += 1


async def _raw_httpx_items(url: str, total: int, page_size: int) -> int:
    import httpx

    from .throughput import HEADERS

    count, number = 0, 1
    async with httpx.AsyncClient(base_url=f"{url}/cfg/{total}/0", headers=HEADERS) as client:
        while True:
            response = await client.get("/erp/items", params={"pageNumber": number, "pageSize": page_size})
            page = json.loads(response.content)
            items = page["Items"]
            count += len(items)
            if len(items) < page_size or number * page_size >= page["TotalItems"]:
                return count
            number += 1


async def _sdk_items(url: str, total: int, page_size: int, transport: str = "auto") -> int:
    from commerce_sdk_clients.jtl_erp.api.item import query_items

    from commerce_sdk import JtlErp

    count = 0
    async with JtlErp(
        api_key=API_KEY,
        app_id="Bench/1.0.0",
        app_version="1.0.0",
        base_url=f"{url}/cfg/{total}/0/erp",
        transport=transport,
    ) as jtl:
        async for _item in jtl.tenant(TENANT).paginate(query_items, page_size=page_size):
            count += 1
    return count


BULK_CLIENTS = {
    "raw aiohttp page loop + json.loads": _raw_aiohttp_items,
    "raw httpx page loop + json.loads": _raw_httpx_items,
    "sdk paginate (prefetch on), typed Items": _sdk_items,
}


def bulk_read(url: str, *, total: int, page_size: int, reps: int) -> dict[str, dict[str, Any]]:
    """Items/s of reading every item, each client `reps` times, interleaved; medians.

    Then the same again after `gc.freeze()`: what the cyclic garbage collector costs each
    client (a full collection walks every object the process holds).  The list is long enough
    for several full collections per run: they fall due every ~10 young-generation sweeps of
    the whole process, so in a short run one lands on whichever client is running then
    (NOTES.md, 7).
    """
    out = _bulk_round(url, total=total, page_size=page_size, reps=reps)
    gc.collect()
    gc.freeze()  # everything alive now (modules, the warm-up's leftovers) is never scanned again
    try:
        frozen = _bulk_round(url, total=total, page_size=page_size, reps=reps)
    finally:
        gc.unfreeze()
    out.update({f"{name}, gc.freeze()": result for name, result in frozen.items()})
    out["total"] = {"items_per_s": total, "all": []}  # how many items each run read
    return out


def _bulk_round(url: str, *, total: int, page_size: int, reps: int) -> dict[str, dict[str, Any]]:
    runs: dict[str, list[float]] = {name: [] for name in BULK_CLIENTS}
    for walk in BULK_CLIENTS.values():  # warm-up: imports, first connections
        asyncio.run(walk(url, page_size * 2, page_size))
    for _ in range(reps):
        for name, walk in BULK_CLIENTS.items():
            started = time.perf_counter()
            count = asyncio.run(walk(url, total, page_size))
            elapsed = time.perf_counter() - started
            if count != total:
                raise RuntimeError(f"{name} read {count} items, expected {total}")
            runs[name].append(total / elapsed)
    return {
        name: {"items_per_s": sorted(r)[len(r) // 2], "all": [round(x) for x in r]}
        for name, r in runs.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.pagination")
    parser.add_argument("mode", choices=["memory"])
    parser.add_argument("url")
    parser.add_argument("items", type=int)
    parser.add_argument("page_size", type=int)
    parser.add_argument("--no-trace", action="store_true")
    args = parser.parse_args()
    from .server import pin

    pin(1)
    print(json.dumps(asyncio.run(_memory(args.url, args.items, args.page_size, not args.no_trace))))


if __name__ == "__main__":
    main()
