"""Rate limits: a burst of calls against a server enforcing JTL-style budgets (issue 12.1).

A loopback aiohttp server (in a thread) allows `rate` requests per second per tenant in fixed
1 s windows, sends `X-RateLimit-Limit/Remaining/Interval-Length-Seconds` on every answer and a
429 without `Retry-After` beyond the budget.  `calls` concurrent `get_item` calls of one
tenant scope are fired at once with default options; the ideal wall time is calls / rate.
Opt-in (20 s at full size): `python -m bench --only ratelimit`.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections import Counter
from typing import Any

from aiohttp import web

from .data import ITEM_BYTES

TENANT = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


class _Server:
    def __init__(self, rate: int) -> None:
        self.rate = rate
        self.start = time.monotonic()
        self.counts: Counter[tuple[str, int]] = Counter()
        self.statuses: Counter[int] = Counter()
        self.port = 0
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=lambda: asyncio.run(self._main()), daemon=True)

    def _headers(self, remaining: int) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(self.rate),
            "X-RateLimit-Remaining": str(max(remaining, 0)),
            "X-RateLimit-Interval-Length-Seconds": "1",
        }

    async def _handle(self, request: web.BaseRequest) -> web.Response:
        tenant = request.headers.get("tenant-id") or request.headers.get("x-tenant-id") or "-"
        window = math.floor(time.monotonic() - self.start)
        used = self.counts[(tenant, window)]
        if used >= self.rate:
            self.statuses[429] += 1
            return web.Response(
                status=429, body=b"{}", headers=self._headers(0), content_type="application/json"
            )
        self.counts[(tenant, window)] = used + 1
        self.statuses[200] += 1
        headers = self._headers(self.rate - used - 1)
        return web.Response(body=ITEM_BYTES, headers=headers, content_type="application/json")

    async def _main(self) -> None:
        self._stop = asyncio.Event()
        server = web.Server(self._handle)
        runner = web.ServerRunner(server)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._loop = asyncio.get_running_loop()
        self._ready.set()
        await self._stop.wait()
        await runner.cleanup()

    def __enter__(self) -> _Server:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._stop is not None
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)


async def _burst(url: str, calls: int) -> tuple[float, int]:
    from commerce_sdk_clients.jtl_erp.api.item import get_item

    from commerce_sdk import CommerceError, JtlErp

    async with JtlErp(
        api_key="bench-key-123", app_id="bench/1", app_version="1", base_url=url + "/erp"
    ) as jtl:
        scope = jtl.tenant(TENANT)
        started = time.perf_counter()
        results = await asyncio.gather(
            *(scope.call(get_item, item_id=i) for i in range(calls)), return_exceptions=True
        )
        wall = time.perf_counter() - started
    failures = sum(isinstance(r, CommerceError) for r in results)
    others = [r for r in results if isinstance(r, BaseException) and not isinstance(r, CommerceError)]
    if others:
        raise others[0]
    return wall, failures


def run(calls: int = 200, rate: int = 10) -> dict[str, Any]:
    with _Server(rate) as server:
        wall, failures = asyncio.run(_burst(f"http://127.0.0.1:{server.port}", calls))
        return {
            "calls": calls,
            "rate": rate,
            "ideal_s": calls / rate,
            "wall_s": wall,
            "failures": failures,
            "status_429": server.statuses[429],
            "status_200": server.statuses[200],
        }


if __name__ == "__main__":
    import json

    print(json.dumps(run()))
