"""The same facade under trio (anyio primitives; httpx's transport chosen automatically)."""

from __future__ import annotations

import time

import pytest
import trio
from commerce_sdk_clients.chift.api.consumers import consumers_get_consumer
from commerce_sdk_clients.jtl_erp.api.item import get_item, query_items
from commerce_sdk_clients.packcloud.api.integrations import list_integrations

from commerce_sdk import APITimeoutError, Timeouts, TokenRequestError

from .helpers import (
    API_KEY,
    CHIFT_TOKEN_PREFIX,
    ITEM,
    TENANT,
    chift_client,
    chift_consumers,
    chift_token,
    jtl_client,
    jtl_items,
    jtl_list,
    pack_client,
    pack_integrations,
)
from .server import LoopbackServer, Reply


def test_basic_call_under_trio(server: LoopbackServer) -> None:
    jtl_items(server)

    async def main() -> None:
        async with jtl_client(server) as jtl:
            shop = jtl.tenant(TENANT)
            assert (await shop.call(get_item, item_id=1)).id == 1
            assert (await get_item.asyncio(item_id=2, client=shop.client)).id == 2
            assert jtl.pipeline.transport.chosen == "httpx"  # type: ignore[attr-defined]

    trio.run(main)
    for r in server.requests():
        assert r.headers["x-api-key"] == API_KEY and r.headers["tenant-id"] == TENANT
        assert "aiohttp" not in r.headers.get("User-Agent", "")


def test_paginate_under_trio(server: LoopbackServer) -> None:
    jtl_list(server, total=250)
    pack_integrations(server, total=45)

    async def main() -> tuple[list[int], list[str]]:
        async with jtl_client(server) as jtl, pack_client(server) as pack:
            ids = [i.id async for i in jtl.tenant(TENANT).paginate(query_items, page_size=100)]
            org = [i.id async for i in pack.organization("o").paginate(list_integrations, page_size=20)]
        return ids, org

    ids, org = trio.run(main)
    assert ids == list(range(250))
    assert org == [f"int-{i}" for i in range(45)]
    assert server.count("GET", "/erp/items") == 3


def test_chift_token_single_flight_under_trio(server: LoopbackServer) -> None:
    chift_token(server, delay=0.2)
    chift_consumers(server)

    async def main() -> None:
        async with chift_client(server) as chift:
            scopes = [chift.consumer(f"c-{i}") for i in range(10)]
            async with trio.open_nursery() as nursery:
                for i in range(1000):
                    nursery.start_soon(scopes[i % 10].call, consumers_get_consumer)

    trio.run(main)
    assert server.count("POST", "/chift/token") == 1
    assert server.count("GET") == 1000
    assert {r.headers["Authorization"] for r in server.requests("GET")} == {f"Bearer {CHIFT_TOKEN_PREFIX}1"}


def test_chift_failed_token_shared_then_retried_under_trio(server: LoopbackServer) -> None:
    server.on("POST", "/chift/token", Reply(500, json={"detail": "down"}, delay=0.2))
    chift_consumers(server)
    errors: list[BaseException] = []

    async def main() -> None:
        async with chift_client(server) as chift:
            acme = chift.consumer("acme")

            async def one() -> None:
                try:
                    await acme.call(consumers_get_consumer)
                except TokenRequestError as exc:
                    errors.append(exc)

            async with trio.open_nursery() as nursery:
                for _ in range(100):
                    nursery.start_soon(one)
            assert server.count("POST", "/chift/token") == 1
            chift_token(server)
            await acme.call(consumers_get_consumer)

    trio.run(main)
    assert len(errors) == 100 and len({id(e) for e in errors}) == 1
    assert server.count("POST", "/chift/token") == 2


def test_retries_and_timeouts_under_trio(server: LoopbackServer) -> None:
    server.on("GET", "/erp/items/{itemId}", [Reply(503, headers={"Retry-After": "0.3"}), Reply(json=ITEM)])
    server.on("GET", "/erp/items", Reply(json={}, delay=1.0))

    async def main() -> None:
        async with jtl_client(server, timeout=Timeouts(read=0.2), max_retries=0) as jtl:
            shop = jtl.tenant(TENANT)
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await shop.call(query_items)
            assert time.monotonic() - started < 0.9
        async with jtl_client(server) as jtl:
            assert (await jtl.tenant(TENANT).call(get_item, item_id=1)).id == 1

    trio.run(main)
    first, second = server.requests("GET", "/erp/items/{itemId}")
    assert second.started - first.started >= 0.3


def test_prefetch_under_trio_overlaps_the_consumer_and_stays_one_page_ahead(server: LoopbackServer) -> None:
    pages_total = 5
    pack_integrations(server, total=20 * pages_total, delay=0.08)
    done: dict[int, float] = {}

    async def main() -> None:
        async with pack_client(server) as pack:
            async for page in pack.organization("o").pages(list_integrations, page_size=20):
                await trio.sleep(0.2)  # the consumer is slower than the server
                done[page.number] = time.monotonic()

    trio.run(main)
    route = "/pack/organizations/{organizationId}/integrations"
    arrived = {int(r.query["page"]): r.started for r in server.requests("GET", route)}
    assert sorted(arrived) == list(range(1, pages_total + 1))
    for n in range(1, pages_total):
        assert arrived[n + 1] < done[n], f"page {n + 1} not prefetched under trio"
        if n + 2 <= pages_total:
            assert arrived[n + 2] >= done[n], f"page {n + 2} fetched two pages ahead"
    assert server.max_in_flight("GET", route) == 1


def test_breaking_out_early_under_trio_cancels_the_prefetch(server: LoopbackServer) -> None:
    pack_integrations(server, total=1000, delay=0.05)

    async def main() -> None:
        async with pack_client(server) as pack:
            pages = pack.organization("o").pages(list_integrations, page_size=10)
            async for page in pages:
                if page.number == 2:
                    break
            await pages.aclose()  # type: ignore[attr-defined]
            await trio.sleep(0.15)

    trio.run(main)
    assert server.count("GET") <= 3  # page 3 at most was prefetched, nothing after
