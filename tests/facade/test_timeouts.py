"""Read timeouts, the overall per-call timeout, and per-client / per-call overrides."""

from __future__ import annotations

import time

import pytest
from commerce_sdk_clients.jtl_erp.api.item import get_item

from commerce_sdk import APITimeoutError, RequestOptions, RetryPolicy, Timeouts

from .helpers import ITEM, TENANT, jtl_client
from .server import LoopbackServer, Reply


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_read_timeout(server: LoopbackServer, transport: str) -> None:
    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM, delay=1.5))
    async with jtl_client(server, transport=transport, timeout=Timeouts(read=0.2), max_retries=0) as jtl:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            await jtl.tenant(TENANT).call(get_item, item_id=1)
        elapsed = time.monotonic() - started
    assert 0.2 <= elapsed < 1.0
    assert "Timeout" in str(info.value)
    assert (info.value.method, info.value.url) == ("GET", f"{server.url}/erp/items/1")


async def test_read_timeouts_are_retried_for_get(server: LoopbackServer) -> None:
    server.on("GET", "/erp/items/{itemId}", [Reply(json=ITEM, delay=1.0), Reply(json=ITEM)])
    async with jtl_client(server, timeout=Timeouts(read=0.2)) as jtl:
        assert (await jtl.tenant(TENANT).call(get_item, item_id=1)).id == 1
    assert server.count("GET") == 2


async def test_total_timeout_bounds_a_call_that_keeps_being_retried(server: LoopbackServer) -> None:
    server.on("GET", "/erp/items/{itemId}", Reply(503, headers={"Retry-After": "0.15"}))
    policy = RetryPolicy(max_retries=1000, backoff_base=0.01)
    async with jtl_client(server, retry=policy, timeout=Timeouts(read=5, total=0.6)) as jtl:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match=r"overall timeout of 0\.6s"):
            await jtl.tenant(TENANT).call(get_item, item_id=1)
        elapsed = time.monotonic() - started
    assert 0.6 <= elapsed < 1.2
    assert 3 <= server.count("GET") <= 6  # it was retrying until the budget ran out


async def test_per_call_timeout_overrides_the_client(server: LoopbackServer) -> None:
    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM, delay=0.5))
    # client default would wait; the call says 0.2 s in total
    async with jtl_client(server) as jtl:
        shop = jtl.tenant(TENANT)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await shop.call(get_item, item_id=1, options=RequestOptions(timeout=0.2, max_retries=0))
        assert time.monotonic() - started < 0.45
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="overall timeout"):
            await shop.call(get_item, item_id=1, options=RequestOptions(timeout=Timeouts(read=5, total=0.2)))
        assert time.monotonic() - started < 0.45

    # a strict client, relaxed for one call
    async with jtl_client(server, timeout=Timeouts(read=0.1), max_retries=0) as jtl:
        shop = jtl.tenant(TENANT)
        with pytest.raises(APITimeoutError):
            await shop.call(get_item, item_id=1)
        got = await shop.call(get_item, item_id=2, options=RequestOptions(timeout=Timeouts(read=3, total=5)))
        assert got.sku == ITEM["SKU"]


async def test_float_timeout_on_the_client(server: LoopbackServer) -> None:
    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM, delay=1.0))
    async with jtl_client(server, timeout=0.25) as jtl:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await jtl.tenant(TENANT).call(get_item, item_id=1)
        assert time.monotonic() - started < 0.9


def test_default_timeouts() -> None:
    t = Timeouts()
    assert (t.connect, t.read, t.total) == (5.0, 30.0, 120.0)


async def test_concurrent_calls_share_the_overall_timeouts_timers(server: LoopbackServer) -> None:
    """The overall timeout's shared timers (`_Expiry`): concurrent calls, some cut by their
    deadline, others not; each gets the right outcome and no timer outlives its calls."""
    import asyncio

    server.on("GET", "/erp/items/1", Reply(json=ITEM, delay=0.5))
    server.on("GET", "/erp/items/2", Reply(json=ITEM))
    async with jtl_client(server, timeout=Timeouts(read=5, total=0.2), max_retries=0) as jtl:
        shop = jtl.tenant(TENANT)
        loop = asyncio.get_running_loop()
        await shop.call(get_item, item_id=2)  # the rate limiter's probe: the key is free from now on
        started = time.monotonic()
        results = await asyncio.gather(
            *(shop.call(get_item, item_id=1 + i % 2) for i in range(40)), return_exceptions=True
        )
        elapsed = time.monotonic() - started
        slow, fast = results[0::2], results[1::2]
        assert all(isinstance(r, APITimeoutError) and "overall timeout" in str(r) for r in slow)
        assert all(getattr(r, "sku", None) == ITEM["SKU"] for r in fast), fast[:2]
        assert 0.2 <= elapsed < 0.45
        expiry = jtl._pipeline._lifecycle.expiry
        assert expiry is not None and not expiry._slots
        assert asyncio.current_task() is not None and asyncio.current_task().cancelling() == 0  # type: ignore[union-attr]
        assert not [h for h in loop._scheduled if not h.cancelled() and h.when() > loop.time() + 60]  # type: ignore[attr-defined]


async def test_an_outer_cancellation_is_not_turned_into_the_overall_timeout(server: LoopbackServer) -> None:
    """A caller's own deadline (shorter than ours) or cancel stays a cancellation: only our
    deadline's cancel becomes APITimeoutError, as with asyncio.timeout."""
    import asyncio

    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM, delay=0.5))
    async with jtl_client(server, timeout=Timeouts(read=5, total=0.3), max_retries=0) as jtl:
        shop = jtl.tenant(TENANT)
        with pytest.raises(TimeoutError) as caught:
            async with asyncio.timeout(0.1):
                await shop.call(get_item, item_id=1)
        assert not isinstance(caught.value, APITimeoutError)
        task = asyncio.create_task(shop.call(get_item, item_id=2))
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        # and the client keeps working, its deadline timers clean
        server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM))
        assert (await shop.call(get_item, item_id=3)).sku == ITEM["SKU"]
        expiry = jtl._pipeline._lifecycle.expiry
        assert expiry is not None and not expiry._slots
