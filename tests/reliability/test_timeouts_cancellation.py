"""6. Timeouts and cancellation.

* No call outlives `Timeouts(total=...)` by more than a small margin, whatever it is stuck
  in: a response that never comes, a Retry-After sleep, a token endpoint that hangs.  The
  overshoot is measured over many concurrent calls.
* Cancelling 1,000 in-flight calls (the server sits on every request) leaves the pool
  usable, no task behind, no client socket open; the client then closes cleanly.
* Closing the client while calls are in flight (1,000 with aiohttp, 150 with httpx) ends
  them with typed errors, and nothing reopens a connection pool behind the closed client.

Warnings are errors here: an unclosed aiohttp session or socket (ResourceWarning, the
"Unclosed client session" report) fails the test.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
from commerce_sdk_clients.chift.api.consumers import consumers_get_consumer
from commerce_sdk_clients.jtl_erp.api.item import get_item
from facade.helpers import API_KEY, APP_ID, APP_VERSION, CHIFT_ACCOUNT, CHIFT_SECRET, TENANT, item
from facade.server import LoopbackServer, Reply

from commerce_sdk import APITimeoutError, Chift, CommerceError, JtlErp, RetryPolicy, Timeouts

from ._support import Capture, client_sockets, figure, open_fds

TOTAL = 0.3
MARGIN = 0.5  # seconds a call may outlive its total (measured < 0.01 when quiet; headroom for a loaded box)
CALLS = 100  # per scenario ...
BATCH = 25  # ... in rounds of this many concurrent calls
STORM = 1000
POOL = 2.0  # pool timeout while closing under load (see the last test)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        srv.record = False  # thousands of requests: keep no log
        srv.on("GET", "/erp/items/1", Reply(json=item(1)))
        srv.on("GET", "/erp/items/2", Reply(json=item(2), delay=30))  # never in time
        srv.on("GET", "/erp/items/3", Reply(503, headers={"Retry-After": "5"}))  # a long backoff
        srv.on("POST", "/chift/token", Reply(json={"access_token": "t", "expires_on": 4102444800}, delay=30))
        srv.on("GET", "/chift/consumers/{consumer_id}", Reply(json={"consumerid": "c", "name": "n"}))
        yield srv


def jtl(server: LoopbackServer, transport: str, **options: Any) -> JtlErp:
    return JtlErp(API_KEY, APP_ID, APP_VERSION, base_url=f"{server.url}/erp", transport=transport, **options)


async def timed(coro: Any) -> tuple[float, BaseException | None]:
    started = time.perf_counter()
    try:
        await coro
    except BaseException as exc:
        return time.perf_counter() - started, exc
    return time.perf_counter() - started, None


async def rounds(make: Callable[[int], Awaitable[Any]]) -> list[tuple[float, BaseException | None]]:
    """CALLS calls, BATCH at a time, each timed."""
    results: list[tuple[float, BaseException | None]] = []
    for start in range(0, CALLS, BATCH):
        results += await asyncio.gather(*(timed(make(i)) for i in range(start, start + BATCH)))
    return results


@pytest.fixture
def settled_heap() -> Iterator[None]:
    """The suite's earlier tests leave a large heap (contracts, validators, 1,000+ generated
    modules); one full collection of it paused a call here for 0.6-0.9 s.  Collected and frozen
    first, so the figures measure the SDK's deadlines, not a stop-the-world pass over old objects."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
@pytest.mark.usefixtures("settled_heap")
async def test_no_call_outlives_its_overall_timeout(server: LoopbackServer, transport: str) -> None:
    timeouts = Timeouts(connect=5, read=60, total=TOTAL)
    policy = RetryPolicy(max_retries=1000, backoff_base=0.01, backoff_max=0.05, retry_after_cap=60)
    scenarios: dict[str, list[tuple[float, BaseException | None]]] = {}
    async with jtl(server, transport, timeout=timeouts, retry=policy) as client:
        shop = client.tenant(TENANT)
        scenarios["response never comes"] = await rounds(lambda i: shop.call(get_item, item_id=2))
        scenarios["sleeping on Retry-After"] = await rounds(lambda i: shop.call(get_item, item_id=3))
    async with Chift(
        "id",
        CHIFT_SECRET,
        CHIFT_ACCOUNT,
        base_url=f"{server.url}/chift",
        transport=transport,
        timeout=timeouts,
    ) as chift:
        scenarios["token endpoint hangs"] = await rounds(
            lambda i: chift.consumer(f"c{i}").call(consumers_get_consumer)
        )
    worst = 0.0
    for name, results in scenarios.items():
        overshoot = max(elapsed for elapsed, _ in results) - TOTAL
        earliest = min(elapsed for elapsed, _ in results)
        worst = max(worst, overshoot)
        figure(f"timeouts[{transport}]", f"{name}: max overshoot over {len(results)} calls (s)", overshoot)
        assert all(isinstance(error, APITimeoutError) for _, error in results), {type(e) for _, e in results}
        assert earliest >= TOTAL - 0.02  # and none gave up early
    assert worst < MARGIN


def settle(port: int, expected: int, seconds: float = 3.0) -> int:
    """Client sockets to the server once they are down to `expected` (or the deadline passed)."""
    deadline = time.monotonic() + seconds
    while True:
        count = client_sockets(port)
        if count <= expected or time.monotonic() > deadline:
            return count
        time.sleep(0.02)


def fds_over(baseline: int, seconds: float = 3.0) -> int:
    """Open fds above `baseline`, polled: the server thread closes its side of each socket too."""
    deadline = time.monotonic() + seconds
    while True:
        extra = open_fds() - baseline
        if extra <= 0 or time.monotonic() > deadline:
            return extra
        time.sleep(0.02)


@pytest.mark.filterwarnings("error")
@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_cancelling_1000_in_flight_calls_leaks_nothing(
    server: LoopbackServer, transport: str, all_logs: Capture
) -> None:
    gc.collect()
    tasks_before = len(asyncio.all_tasks())
    fds_before = open_fds()
    client = jtl(server, transport, timeout=Timeouts(read=60, total=120))
    shop = client.tenant(TENANT)
    assert (await shop.call(get_item, item_id=1)).id == 1  # the pool is warm
    calls = [asyncio.ensure_future(shop.call(get_item, item_id=2)) for _ in range(STORM)]
    deadline = time.monotonic() + 10
    while client_sockets(server.port) < 100 and time.monotonic() < deadline:
        await asyncio.sleep(0.05)  # until the pool is full: 100 on the wire, 900 waiting for it
    in_flight = client_sockets(server.port)
    started = time.perf_counter()
    for call in calls:
        call.cancel()
    results = await asyncio.gather(*calls, return_exceptions=True)
    cancel_seconds = time.perf_counter() - started
    assert all(isinstance(r, asyncio.CancelledError) for r in results)
    after_cancel = settle(server.port, 1)

    started = time.perf_counter()
    assert (await shop.call(get_item, item_id=1)).id == 1  # the pool is still usable
    follow_up = time.perf_counter() - started
    await client.aclose()
    await asyncio.sleep(0.05)
    gc.collect()
    after_close = settle(server.port, 0)
    leaked_tasks = len(asyncio.all_tasks()) - tasks_before
    leaked_fds = fds_over(fds_before)
    unclosed = [line for line in all_logs.lines() if "Unclosed" in line or "unclosed" in line]

    test = f"cancel[{transport}]"
    figure(test, "calls cancelled/client sockets in flight", f"{STORM}/{in_flight}")
    figure(test, "seconds to cancel all", cancel_seconds)
    figure(test, "client sockets after cancel/after close", f"{after_cancel}/{after_close}")
    figure(test, "follow-up call seconds", follow_up)
    figure(test, "leaked tasks/leaked fds/unclosed reports", f"{leaked_tasks}/{leaked_fds}/{len(unclosed)}")
    assert in_flight >= 100
    assert after_cancel <= 1 and after_close == 0
    assert follow_up < 1.0
    assert leaked_tasks == 0
    assert leaked_fds <= 0
    assert unclosed == []


@pytest.mark.filterwarnings("error")
@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_closing_the_client_under_in_flight_calls(
    server: LoopbackServer, transport: str, all_logs: Capture
) -> None:
    gc.collect()
    tasks_before = len(asyncio.all_tasks())
    fds_before = open_fds()
    # aiohttp aborts every request of a closed session at once.  httpx's pool does not: calls
    # on the wire run on until answered or timed out, queued ones until their pool timeout.
    read = 60.0 if transport == "aiohttp" else 1.0
    timeouts = Timeouts(read=read, pool=POOL, total=120)
    client = jtl(server, transport, timeout=timeouts, retry=RetryPolicy(backoff_base=0.01))
    shop = client.tenant(TENANT)
    # httpcore's pool wakes requests queued for a connection only at their pool timeout, and
    # with ~1,000 queued that bookkeeping is quadratic (~11 s here): 150 calls for httpx.
    storm = STORM if transport == "aiohttp" else 150
    calls = [asyncio.ensure_future(shop.call(get_item, item_id=2)) for _ in range(storm)]
    deadline = time.monotonic() + 10
    while client_sockets(server.port) < 100 and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    started = time.perf_counter()
    await client.aclose()
    results = await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), POOL + 10)
    ended = time.perf_counter() - started
    await asyncio.sleep(0.05)
    gc.collect()
    after_close = settle(server.port, 0)
    leaked_tasks = len(asyncio.all_tasks()) - tasks_before
    leaked_fds = fds_over(fds_before)
    unclosed = [line for line in all_logs.lines() if "Unclosed" in line or "unclosed" in line]
    kinds = sorted({type(r).__name__ for r in results})

    test = f"close-in-flight[{transport}]"
    figure(test, "calls/seconds until all ended", f"{storm}/{ended:.3f}")
    figure(test, "outcomes", ",".join(kinds))
    figure(
        test,
        "client sockets after close/leaked tasks/leaked fds",
        f"{after_close}/{leaked_tasks}/{leaked_fds}",
    )
    assert all(isinstance(r, CommerceError) for r in results), kinds
    assert after_close == 0 and leaked_tasks == 0 and leaked_fds <= 0
    assert unclosed == []
    # then the closed client refuses to resend: every call ends, typed, within its timeouts
    assert ended < (1.0 if transport == "aiohttp" else max(read, POOL) + 1.5)
