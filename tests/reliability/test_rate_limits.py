"""Rate limits (issue 12.1): a loopback server enforcing JTL-style budgets per tenant.

The server counts requests per tenant in fixed 1 s windows (JTL: "left in the current
window"), answers `X-RateLimit-Limit/Remaining/Interval-Length-Seconds` on every response and
429 without `Retry-After` beyond the budget -- what JTL documents.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections import Counter

import pytest
from commerce_sdk_clients.jtl_erp.api.item import get_item
from facade.helpers import ITEM, TENANT, jtl_client
from facade.server import LoopbackServer, Reply, Seen

from commerce_sdk import APITimeoutError, RateLimit, RetryPolicy, Timeouts

from ._support import figure

OTHER = "9b2e4c1d-0000-4f6a-8e2b-7c5d3a1f0e99"


class FixedWindow:
    """`limit` requests per `interval` seconds per tenant header, JTL's headers on every answer."""

    def __init__(self, limit: int, interval: float, *, remaining_on_429: int = 0) -> None:
        self.limit = limit
        self.interval = interval
        self.remaining_on_429 = remaining_on_429
        self.start = time.monotonic()
        self.counts: Counter[tuple[str, int]] = Counter()
        self.statuses: Counter[int] = Counter()
        self._lock = threading.Lock()

    def headers(self, remaining: int) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(max(remaining, 0)),
            "X-RateLimit-Interval-Length-Seconds": f"{self.interval:g}",
        }

    def __call__(self, seen: Seen) -> Reply:
        tenant = seen.headers.get("tenant-id") or seen.headers.get("x-tenant-id") or "-"
        window = math.floor((time.monotonic() - self.start) / self.interval)
        with self._lock:
            used = self.counts[(tenant, window)]
            if used >= self.limit:
                self.statuses[429] += 1
                return Reply(429, json={"message": "rate limit"}, headers=self.headers(self.remaining_on_429))
            self.counts[(tenant, window)] = used + 1
            self.statuses[200] += 1
        return Reply(json=ITEM, headers=self.headers(self.limit - used - 1))


async def _burst(server: LoopbackServer, calls: int, tenants: tuple[str, ...], **options: object) -> float:
    async with jtl_client(server, **options) as jtl:
        scopes = [jtl.tenant(t) for t in tenants]
        started = time.perf_counter()
        results = await asyncio.gather(
            *(scopes[i % len(scopes)].call(get_item, item_id=i) for i in range(calls)), return_exceptions=True
        )
        wall = time.perf_counter() - started
    failures = [r for r in results if isinstance(r, BaseException)]
    assert not failures, f"{len(failures)} failures, first: {failures[0]!r}"
    return wall


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_a_burst_stays_inside_the_announced_budget(server: LoopbackServer, transport: str) -> None:
    """40 concurrent calls, 10 req/s per tenant: ideal 4 s; every call succeeds, few 429s."""
    budget = FixedWindow(10, 1.0)
    server.on("GET", "/erp/items/{itemId}", budget)
    calls, rate = 40, 10
    wall = await _burst(server, calls, (TENANT,), transport=transport)
    ideal = calls / rate
    figure("rate limits", f"{transport}: {calls} calls at {rate} req/s: wall (ideal {ideal:.0f} s)", wall)
    figure("rate limits", f"{transport}: 429s", budget.statuses[429])
    assert budget.statuses[429] <= 3
    assert wall <= ideal * 1.15


async def test_tenants_have_their_own_budgets(server: LoopbackServer) -> None:
    """Two tenants of one client, 20 calls each at 10 req/s per tenant: paced in parallel (ideal 2 s)."""
    budget = FixedWindow(10, 1.0)
    server.on("GET", "/erp/items/{itemId}", budget)
    wall = await _burst(server, 40, (TENANT, OTHER))
    figure("rate limits", "2 tenants x 20 calls at 10 req/s each: wall (ideal 2 s)", wall)
    assert budget.statuses[429] <= 3
    assert wall <= 2 * 1.15


async def test_a_server_without_headers_is_not_paced(server: LoopbackServer) -> None:
    """No X-RateLimit headers: after the first answer, calls go out at once."""
    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM, delay=0.05))
    wall = await _burst(server, 100, (TENANT,))
    assert server.max_in_flight("GET", "/erp/items/{itemId}") >= 50
    assert wall < 1.0


async def test_429_without_retry_after_waits_for_the_window(server: LoopbackServer) -> None:
    """JTL's 429 has no Retry-After: the retry waits the announced window, not the backoff."""
    headers = FixedWindow(1, 0.6).headers(0)
    replies = [Reply(429, json={}, headers=headers), Reply(json=ITEM, headers=headers)]
    server.on("GET", "/erp/items/{itemId}", replies)
    fast = RetryPolicy(max_retries=2, backoff_base=0.001, backoff_max=0.002)
    async with jtl_client(server, retry=fast) as jtl:
        await jtl.tenant(TENANT).call(get_item, item_id=1)
    first, second = server.requests("GET")
    gap = second.started - first.started
    figure("rate limits", "429 with Remaining 0 and a 0.6 s window: retried after (s)", gap)
    assert gap >= 0.55


async def test_a_long_window_is_waited_for_within_the_total_timeout(server: LoopbackServer) -> None:
    """Remaining 0 and a 60 s window: one request, then the call's total timeout (not 3 quick 429s)."""
    server.on("GET", "/erp/items/{itemId}", Reply(429, json={}, headers=FixedWindow(10, 60).headers(0)))
    async with jtl_client(server, timeout=Timeouts(total=1.0), retry=RetryPolicy(max_retries=5)) as jtl:
        started = time.perf_counter()
        with pytest.raises(APITimeoutError):
            await jtl.tenant(TENANT).call(get_item, item_id=1)
        elapsed = time.perf_counter() - started
    assert server.count("GET") == 1
    assert elapsed < 1.3


async def test_client_side_limit_paces_and_bounds_concurrency(server: LoopbackServer) -> None:
    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM, delay=0.05))
    limit = RateLimit(requests=20, interval=1.0, max_concurrent=3)
    async with jtl_client(server, rate_limit=limit) as jtl:
        scope = jtl.tenant(TENANT)
        started = time.perf_counter()
        await asyncio.gather(*(scope.call(get_item, item_id=i) for i in range(30)))
        wall = time.perf_counter() - started
    figure("rate limits", "client-side 20 req/s, max 3 concurrent: 30 calls wall (ideal 1.5 s)", wall)
    assert server.max_in_flight("GET", "/erp/items/{itemId}") <= 3
    assert 1.4 <= wall <= 1.5 * 1.2


async def test_client_wide_limit_is_shared_by_scopes(server: LoopbackServer) -> None:
    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM))
    async with jtl_client(server, rate_limit=RateLimit(requests=20, per="client")) as jtl:
        a, b = jtl.tenant(TENANT), jtl.tenant(OTHER)
        started = time.perf_counter()
        await asyncio.gather(*(s.call(get_item, item_id=i) for i in range(10) for s in (a, b)))
        wall = time.perf_counter() - started
    assert wall >= 0.9  # 20 calls at 20/s in one shared budget; per scope it would be ~0.5 s


async def test_waiting_for_budget_counts_against_the_total_timeout(server: LoopbackServer) -> None:
    """The next slot is 10 s away, the call has 0.5 s: it fails at once, without a request."""
    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM))
    limit = RateLimit(requests=1, interval=10.0)
    async with jtl_client(server, rate_limit=limit, timeout=Timeouts(total=0.5)) as jtl:
        scope = jtl.tenant(TENANT)
        await scope.call(get_item, item_id=1)
        started = time.perf_counter()
        with pytest.raises(APITimeoutError, match="rate limit"):
            await scope.call(get_item, item_id=2)
        assert time.perf_counter() - started < 0.2
    assert server.count("GET") == 1


async def test_chift_retry_after_is_honoured(server: LoopbackServer) -> None:
    """Chift passes a connector's limit through with a lowercase `retry-after`."""
    from commerce_sdk_clients.chift.api.consumers import consumers_get_consumer
    from facade.helpers import chift_client, chift_consumer, chift_token

    chift_token(server)
    server.on(
        "GET",
        "/chift/consumers/{consumer_id}",
        [
            Reply(429, json={"message": "connector limit"}, headers={"retry-after": "0.5"}),
            Reply(json=chift_consumer("c-1")),
        ],
    )
    async with chift_client(server) as chift:
        await chift.consumer("c-1").call(consumers_get_consumer)
    first, second = server.requests("GET")
    gap = second.started - first.started
    figure("rate limits", "Chift 429 with retry-after: 0.5: retried after (s)", gap)
    assert gap >= 0.45
