"""A fleet of processes shares JTL's announced rate budget through a real Redis server.

A loopback server allows 10 requests/s per tenant and announces it with JTL's
`X-RateLimit-*` headers (429 beyond, no Retry-After).  Four processes with 20 concurrent
calls each on one tenant: without a shared store each would pace itself to the whole
budget (4x too much); with `store=RedisStore(...)` all 80 calls succeed with at most a
handful of 429s, in about the ideal 8 s.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from facade.server import LoopbackServer
from reliability.test_rate_limits import FixedWindow

from .conftest import RedisServer

ROOT = Path(__file__).resolve().parents[2]
TENANT = "3fa85f64-5717-4562-b3fc-2c963f66afa6"

WORKER = textwrap.dedent(
    """
    import asyncio, json, sys
    from commerce_sdk_clients.jtl_erp.api.item import get_item
    from commerce_sdk import JtlErp, RedisStore, RetryPolicy

    async def main(base, url, tenant, n):
        store = RedisStore(url, prefix="budget-test") if url != "-" else None
        options = {"store": store} if store is not None else {}
        async with JtlErp(api_key="5e1f0c2a-7d41-4b8e-9c3f-a11b2c3d4e5f", app_id="fleet/1", app_version="1",
                          base_url=base, retry=RetryPolicy(max_retries=6), **options) as jtl:
            scope = jtl.tenant(tenant)
            results = await asyncio.gather(*(scope.call(get_item, item_id=i) for i in range(n)),
                                           return_exceptions=True)
        failed = [repr(r) for r in results if isinstance(r, BaseException)]
        print(json.dumps({"ok": len(results) - len(failed), "failed": failed[:3]}))

    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))
    """
)


def _fleet(
    server: LoopbackServer, redis_url: str, processes: int, calls: int
) -> tuple[list[dict[str, object]], float]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT / "generated")]))
    args = [f"{server.url}/erp", redis_url, TENANT, str(calls)]
    started = time.perf_counter()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        for _ in range(processes)
    ]
    outputs = [p.communicate(timeout=180) for p in procs]
    wall = time.perf_counter() - started
    assert all(p.returncode == 0 for p in procs), [err[-2000:] for _, err in outputs]
    return [json.loads(out.strip().splitlines()[-1]) for out, _ in outputs], wall


def test_four_processes_share_one_budget(redis_server: RedisServer) -> None:
    budget = FixedWindow(10, 1.0)
    with LoopbackServer() as server:
        server.on("GET", "/erp/items/{itemId}", budget)
        results, wall = _fleet(server, redis_server.url, processes=4, calls=20)
    assert [r["ok"] for r in results] == [20] * 4, results
    throttled = budget.statuses[429]
    print(f"fleet budget: 4 processes x 20 calls at 10 req/s: {throttled} x 429, {wall:.1f}s (ideal 8 s)")
    assert throttled <= 5, f"{throttled} x 429 with a shared budget"
    assert budget.statuses[200] == 80
