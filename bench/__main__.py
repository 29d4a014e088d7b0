"""`make bench` = `python -m bench`: run every benchmark, write bench/RESULTS.md and bench/results.json.

python -m bench                     the full run (about 4 minutes)
python -m bench --quick             tiny sizes, seconds (what the smoke test runs)
python -m bench --only throughput,parsing --out /tmp/b
python -m bench --only ratelimit    opt-in (not in the full run): 200 calls vs a 10 req/s budget, ~21 s
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import time
from dataclasses import asdict
from importlib import metadata
from pathlib import Path
from typing import Any

from . import codegen, imports, overhead, pagination, parsing, ratelimit, report, throughput
from .server import ServerProcess, pin, wait_ready

SECTIONS = ("throughput", "overhead", "pagination", "imports", "codegen", "parsing")
OPT_IN = ("ratelimit",)  # run only when named in --only
SERVER_CORE, CLIENT_CORE = 0, 1


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def settings(quick: bool) -> dict[str, Any]:
    if quick:
        return {
            "concurrencies": (1, 4),
            "reps": 1,
            "duration": 0.15,
            "warmup": 0.05,
            "memory_items": (200, 1000),
            "prefetch_pages": 3,
            "prefetch_reps": 1,
            "bulk": {"total": 500, "reps": 1},
            "latency_ms": 2.0,
            "import_reps": 1,
            "codegen": {"cold_reps": 1, "noop_reps": 1, "providers": ["packcloud"]},
            "parsing": {"number": 2, "repeat": 1},
            "in_memory": {"rounds": 2, "calls": 20},
            "paired": {"blocks": 2, "calls": 20},
            "breakdown": {"concurrency": 4, "reps": 1, "duration": 0.15, "warmup": 0.05},
        }
    return {
        "concurrencies": (1, 16, 64),
        "reps": 4,
        "duration": 0.8,
        "warmup": 0.2,
        "memory_items": (10_000, 100_000),
        "prefetch_pages": 30,
        "prefetch_reps": 3,
        "bulk": {"total": 20_000, "reps": 3},  # several full collections per run (NOTES.md, 7)
        "latency_ms": 5.0,
        "import_reps": 5,
        "codegen": {"cold_reps": 1, "noop_reps": 3, "providers": None},
        "parsing": {"number": 20, "repeat": 7},
        "in_memory": {"rounds": 15, "calls": 300},
        "paired": {"blocks": 30, "calls": 500},
        "breakdown": {"concurrency": 64, "reps": 3, "duration": 0.8, "warmup": 0.2},
    }


def run(
    *, quick: bool = False, only: tuple[str, ...] = SECTIONS, out: Path | None = None, trace: bool = True
) -> dict[str, Any]:
    """Run the chosen sections and write the report; returns the results (also as JSON)."""
    started = time.perf_counter()
    cfg = settings(quick)
    pinned = pin(CLIENT_CORE)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    results: dict[str, Any] = {}
    if "overhead" in only:
        log("facade overhead, in memory ...")
        results["overhead"] = {
            "in_memory_us": overhead.in_memory(**cfg["in_memory"]),
            "paired": overhead.paired(**cfg["paired"]),
        }
    if {"throughput", "overhead", "pagination"} & set(only):
        with ServerProcess(SERVER_CORE if pinned else None) as server:
            wait_ready(server.url)
            if "throughput" in only:
                log("throughput ...")
                samples = throughput.run(
                    server.url,
                    concurrencies=cfg["concurrencies"],
                    reps=cfg["reps"],
                    duration=cfg["duration"],
                    warmup=cfg["warmup"],
                    server_cpu=server.cpu_seconds,
                    log=log,
                )
                results["throughput"] = report.summarise_throughput(samples)
            if "overhead" in only:
                log("client CPU breakdown ...")
                results["overhead"]["breakdown"] = overhead.breakdown(server.url, **cfg["breakdown"])
            if "pagination" in only:
                small, large = cfg["memory_items"]
                log(f"pagination: memory, {small:,} and {large:,} items in fresh processes ...")
                memory = {
                    "small": pagination.memory_in_fresh_process(server.url, small, trace=trace),
                    "large": pagination.memory_in_fresh_process(server.url, large, trace=trace),
                }
                log("pagination: prefetch ...")
                pre = {}
                latency, pages = cfg["latency_ms"], cfg["prefetch_pages"]
                fetch, parse = pagination.fetch_ms(server.url, pages=pages, latency_ms=latency)
                # "Comparable time per page": the consumer spends about what a page takes to
                # fetch (the target); the latency rows are a stricter reading, for information.
                for key, cpu, work in (
                    ("io", False, fetch),
                    ("cpu", True, fetch),
                    ("io, latency", False, latency),
                    ("cpu, latency", True, latency),
                ):
                    result = pagination.prefetch(
                        server.url,
                        pages=pages,
                        latency_ms=latency,
                        reps=cfg["prefetch_reps"],
                        cpu=cpu,
                        work_ms=work,
                        fetch=fetch,
                        parse=parse,
                    )
                    pre[key] = {**asdict(result), "latency_ms": latency}
                log("pagination: bulk read, items/s ...")
                bulk = pagination.bulk_read(server.url, page_size=100, **cfg["bulk"])
                results["pagination"] = {"memory": memory, "prefetch": pre, "bulk": bulk}
    if "imports" in only:
        log("import time ...")
        results["imports"] = imports.run(reps=cfg["import_reps"])
    if "codegen" in only:
        log("codegen ...")
        results["codegen"] = codegen.run(**cfg["codegen"])
    if "parsing" in only:
        log("model parsing ...")
        results["parsing"] = parsing.run(**cfg["parsing"])
    if "ratelimit" in only:
        log("rate limits: a burst against a 10 req/s budget ...")
        results["ratelimit"] = ratelimit.run(**({"calls": 20} if quick else {}))

    results["meta"] = {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "seconds": time.perf_counter() - started,
        "cpu_count": os.cpu_count(),
        "affinity": sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "pinned": "yes" if pinned else "no (fewer than 2 usable cores or no sched_setaffinity)",
        "platform": platform.platform(),
        "python": platform.python_version(),
        "versions": {name: _version(name) for name in ("httpx", "aiohttp", "httpx-aiohttp", "anyio")},
        "quick": quick,
        "settings": (
            f"{cfg['reps']} repetitions x {cfg['duration']} s per throughput point after "
            f"{cfg['warmup']} s warm-up; {cfg['prefetch_reps']} per prefetch figure; "
            f"{cfg['import_reps']} per import figure"
        ),
    }
    rows = report.write(results, out or Path(__file__).resolve().parent)
    for row in rows:
        log(row.row())
    return results


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description=__doc__.splitlines()[0] if __doc__ else ""
    )
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated subset of {SECTIONS}")
    parser.add_argument("--out", type=Path, default=None, help="directory for RESULTS.md and results.json")
    parser.add_argument("--no-trace", action="store_true", help="pagination memory by RSS only (faster)")
    parser.add_argument("--render", action="store_true", help="only rewrite RESULTS.md from results.json")
    args = parser.parse_args()
    if args.render:
        out = args.out or Path(__file__).resolve().parent
        report.write(report.load(out / "results.json"), out)
        return
    only = tuple(s.strip() for s in args.only.split(",") if s.strip())
    unknown = set(only) - set(SECTIONS) - set(OPT_IN)
    if unknown:
        parser.error(f"unknown sections {sorted(unknown)}; choose from {SECTIONS + OPT_IN}")
    run(quick=args.quick, only=only, out=args.out, trace=not args.no_trace)


if __name__ == "__main__":
    main()
