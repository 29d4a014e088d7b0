"""A large fan-out (issue 12.5): N concurrent `get_item` calls over 1,000 JTL tenant scopes with
default options (aiohttp transport), and the same calls with raw aiohttp, against the bench
server in its own process.  Opt-in, not part of `make bench`:

    python -m bench.fanout [N]        # default 40,000; prints wall times and error counts
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
import uuid
from typing import Any

from .server import ServerProcess, wait_ready

SCOPES = 1000


async def _sdk(url: str, calls: int) -> dict[str, Any]:
    from commerce_sdk_clients.jtl_erp.api.item import get_item

    from commerce_sdk import JtlErp

    async with JtlErp(api_key="bench-key-123", app_id="b/1", app_version="1", base_url=url + "/erp") as jtl:
        scopes = [jtl.tenant(str(uuid.UUID(int=i + 1))) for i in range(SCOPES)]
        started = time.perf_counter()
        results = await asyncio.gather(
            *(scopes[i % SCOPES].call(get_item, item_id=i) for i in range(calls)), return_exceptions=True
        )
        wall = time.perf_counter() - started
    errors = [r for r in results if isinstance(r, BaseException)]
    return {"wall_s": wall, "errors": len(errors), "first_error": repr(errors[0]) if errors else None}


async def _raw(url: str, calls: int) -> dict[str, Any]:
    import aiohttp

    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=100)) as session:

        async def one(i: int) -> Any:
            async with session.get(f"{url}/erp/items/{i}") as resp:
                return await resp.json()

        started = time.perf_counter()
        results = await asyncio.gather(*(one(i) for i in range(calls)), return_exceptions=True)
        wall = time.perf_counter() - started
    return {"wall_s": wall, "errors": sum(isinstance(r, BaseException) for r in results)}


def run(calls: int = 40_000) -> dict[str, Any]:
    with ServerProcess(None) as server:
        wait_ready(server.url)
        sdk = asyncio.run(_sdk(server.url, calls))
        raw = asyncio.run(_raw(server.url, calls))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"calls": calls, "scopes": SCOPES, "sdk": sdk, "raw aiohttp": raw, "peak_rss_mb": peak}


if __name__ == "__main__":
    print(json.dumps(run(int(sys.argv[1]) if len(sys.argv) > 1 else 40_000), indent=2))
