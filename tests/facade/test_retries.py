"""Retries: which failures, which methods, how long to wait, how many times."""

from __future__ import annotations

import email.utils
import logging
import math
import re
import time

import pytest
from commerce_sdk_clients.jtl_erp.api.item import get_item, update_item
from commerce_sdk_clients.jtl_erp.api.worker import configure_sync
from commerce_sdk_clients.jtl_erp.models import UpdateItem

from commerce_sdk import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    RequestOptions,
    RetryPolicy,
    ServerError,
)

from .helpers import ITEM, TENANT, WORKER_SYNC, jtl_client
from .server import LoopbackServer, Reply, Seen


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
async def test_get_is_retried_on_retryable_statuses(server: LoopbackServer, status: int) -> None:
    server.on("GET", "/erp/items/{itemId}", [Reply(status), Reply(status), Reply(json=ITEM)])
    async with jtl_client(server) as jtl:
        got = await jtl.tenant(TENANT).call(get_item, item_id=1)
    assert got.sku == ITEM["SKU"]
    assert server.count("GET") == 3


@pytest.mark.parametrize("status", [400, 404, 409, 422, 501])
async def test_other_statuses_are_not_retried(server: LoopbackServer, status: int) -> None:
    server.on("GET", "/erp/items/{itemId}", Reply(status, json={}))
    async with jtl_client(server) as jtl:
        with pytest.raises(APIStatusError):
            await jtl.tenant(TENANT).call(get_item, item_id=1)
    assert server.count("GET") == 1


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_get_is_retried_on_a_dropped_connection(server: LoopbackServer, transport: str) -> None:
    server.on("GET", "/erp/items/{itemId}", [Reply(drop=True), Reply(drop=True), Reply(json=ITEM)])
    async with jtl_client(server, transport=transport, max_retries=5) as jtl:
        got = await jtl.tenant(TENANT).call(get_item, item_id=1)
    assert got.id == 1
    # aiohttp itself may retry a request once on a reused keep-alive connection; either way
    # the SDK kept going until the server answered
    assert server.count("GET") >= 3


async def test_backoff_is_exponential_with_full_jitter(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="commerce_sdk")
    server.on("GET", "/erp/items/{itemId}", Reply(503))
    policy = RetryPolicy(max_retries=4, backoff_base=0.02, backoff_max=0.1)
    async with jtl_client(server, retry=policy) as jtl:
        started = time.monotonic()
        with pytest.raises(ServerError):
            await jtl.tenant(TENANT).call(get_item, item_id=1)
        elapsed = time.monotonic() - started
    assert server.count("GET") == 5
    delays = [float(m) for m in re.findall(r"retry GET .* in ([\d.]+)s", caplog.text)]
    assert len(delays) == 4
    ceilings = [min(0.1, 0.02 * 2**n) for n in range(4)]  # 0.02, 0.04, 0.08, 0.1
    for delay, ceiling in zip(delays, ceilings, strict=True):
        assert 0.0 <= delay <= ceiling + 0.005
    assert elapsed < 2.0


async def test_retry_after_seconds_is_honoured(server: LoopbackServer) -> None:
    server.on("GET", "/erp/items/{itemId}", [Reply(503, headers={"Retry-After": "1"}), Reply(json=ITEM)])
    async with jtl_client(server) as jtl:  # backoff alone would wait <= 0.01 s
        await jtl.tenant(TENANT).call(get_item, item_id=1)
    first, second = server.requests("GET")
    assert second.started - first.started >= 1.0


async def test_retry_after_http_date_is_honoured(server: LoopbackServer) -> None:
    target: list[float] = []

    def busy(r: Seen) -> Reply:
        when = math.floor(time.time()) + 2  # an HTTP date has whole seconds
        target.append(when)
        return Reply(429, headers={"Retry-After": email.utils.formatdate(when, usegmt=True)})

    answers = iter([busy, lambda r: Reply(json=ITEM)])
    server.on("GET", "/erp/items/{itemId}", lambda r: next(answers)(r))
    async with jtl_client(server) as jtl:  # backoff alone would wait <= 0.01 s
        await jtl.tenant(TENANT).call(get_item, item_id=1)
    first, second = server.requests("GET")
    # the retry arrived no earlier than the date the server named (1-2 s later)
    assert second.wall >= target[0] - 0.01
    assert second.started - first.started >= 1.0


async def test_malformed_retry_after_falls_back_to_backoff(server: LoopbackServer) -> None:
    server.on(
        "GET", "/erp/items/{itemId}", [Reply(503, headers={"Retry-After": "soon-ish"}), Reply(json=ITEM)]
    )
    async with jtl_client(server) as jtl:
        assert (await jtl.tenant(TENANT).call(get_item, item_id=1)).id == 1
    assert server.count("GET") == 2


async def test_retry_after_is_capped(server: LoopbackServer) -> None:
    server.on("GET", "/erp/items/{itemId}", [Reply(503, headers={"Retry-After": "30"}), Reply(json=ITEM)])
    policy = RetryPolicy(max_retries=2, backoff_base=0.01, retry_after_cap=0.3)
    async with jtl_client(server, retry=policy) as jtl:
        started = time.monotonic()
        await jtl.tenant(TENANT).call(get_item, item_id=1)
        elapsed = time.monotonic() - started
    first, second = server.requests("GET")
    assert second.started - first.started >= 0.3
    assert elapsed < 2.0


async def test_post_and_patch_are_not_retried_by_default(server: LoopbackServer) -> None:
    server.on("POST", "/erp/workers/{syncId}", Reply(503))
    server.on("PATCH", "/erp/items/{itemId}", Reply(503))
    async with jtl_client(server) as jtl:
        shop = jtl.tenant(TENANT)
        with pytest.raises(ServerError):
            await shop.call(configure_sync, sync_id=1)
        with pytest.raises(ServerError):
            await shop.call(update_item, item_id=1, body=UpdateItem())
    assert server.count("POST") == 1
    assert server.count("PATCH") == 1


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_post_is_not_retried_on_a_dropped_connection(server: LoopbackServer, transport: str) -> None:
    server.on("POST", "/erp/workers/{syncId}", Reply(drop=True))
    async with jtl_client(server, transport=transport) as jtl:
        with pytest.raises(APIConnectionError) as info:
            await jtl.tenant(TENANT).call(configure_sync, sync_id=1)
    assert not isinstance(info.value, APITimeoutError), f"a dropped connection is not a timeout: {info.value}"
    assert server.count("POST") == 1


async def test_post_and_patch_are_retried_when_the_caller_opts_in(server: LoopbackServer) -> None:
    server.on("POST", "/erp/workers/{syncId}", [Reply(503), Reply(502), Reply(json=WORKER_SYNC)])
    server.on("PATCH", "/erp/items/{itemId}", [Reply(503), Reply(201, json=ITEM)])  # 201 per spec
    opt_in = RequestOptions(retry_non_idempotent=True)
    async with jtl_client(server) as jtl:
        shop = jtl.tenant(TENANT)
        synced = await shop.call(configure_sync, sync_id=1, options=opt_in)
        updated = await shop.call(update_item, item_id=1, body=UpdateItem(), options=opt_in)
    assert synced.sync_name == "orders" and updated.id == 1
    assert server.count("POST") == 3
    assert server.count("PATCH") == 2
    # the retried body is the same body
    assert len({r.body for r in server.requests("POST")}) == 1


async def test_max_retries_per_client_and_per_call(server: LoopbackServer) -> None:
    server.on("GET", "/erp/items/{itemId}", Reply(503))
    fast = RetryPolicy(backoff_base=0.005, backoff_max=0.01)
    async with jtl_client(server, retry=fast, max_retries=1) as jtl:
        shop = jtl.tenant(TENANT)
        with pytest.raises(ServerError):
            await shop.call(get_item, item_id=1)
        assert server.count("GET") == 2  # client: 1 retry
        server.clear()
        with pytest.raises(ServerError):
            await shop.call(get_item, item_id=1, options=RequestOptions(max_retries=4))
        assert server.count("GET") == 5  # call: 4 retries
        server.clear()
        with pytest.raises(ServerError):
            await shop.call(get_item, item_id=1, options=RequestOptions(max_retries=0))
        assert server.count("GET") == 1  # call: none
    server.clear()
    async with jtl_client(server, retry=RetryPolicy(max_retries=3, backoff_base=0.005)) as jtl:
        with pytest.raises(ServerError):
            await jtl.tenant(TENANT).call(get_item, item_id=1)
    assert server.count("GET") == 4  # the policy's own max_retries


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
