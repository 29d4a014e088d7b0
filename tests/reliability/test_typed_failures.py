"""Typed failures everywhere (issue 12.3 and 12.7): no bare exception through `call` or
`scope.client`, deterministic failures sent once, a 3xx never a success, paging that cannot
lose or repeat items silently, and a client used from another event loop."""

from __future__ import annotations

import asyncio
import math
import threading
from typing import Any

import pytest
from commerce_sdk_clients.jtl_erp.api.item import get_item, query_items, update_item
from commerce_sdk_clients.jtl_erp.models import UpdateItem, UpdateItemPrice
from facade.helpers import ITEM, TENANT, item, jtl_client
from facade.server import LoopbackServer, Reply, Seen

from commerce_sdk import (
    CommerceError,
    ConfigurationError,
    DecodeError,
    PaginationError,
    RedirectError,
    RequestOptions,
)

from ._support import figure

TRANSPORTS = ["aiohttp", "httpx"]

HOSTILE = {
    "list-for-object": [1, 2, 3],
    "string-for-object": "hello",
    "number-for-list": {**ITEM, "Categories": 5},
    "null-required": {**ITEM, "Id": None, "SKU": None},
    "deep-garbage": {"Id": {"x": [{"y": None}]}},
}


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("body", sorted(HOSTILE))
async def test_scope_client_raises_only_commerce_errors(
    server: LoopbackServer, transport: str, body: str
) -> None:
    """A generated function given a scope's client: a body it cannot read is a DecodeError
    (it was a bare TypeError/KeyError/AttributeError), sent once (valid JSON: not transient)."""
    server.on("GET", "/erp/items/{itemId}", Reply(json=HOSTILE[body]))
    async with jtl_client(server, transport=transport) as jtl:
        scope = jtl.tenant(TENANT)
        try:
            result: Any = await get_item.asyncio(item_id=1, client=scope.client)
        except CommerceError as exc:
            assert isinstance(exc, DecodeError), repr(exc)
            assert server.count() == 1
        else:  # a lenient model may accept it; then it is a model, not garbage
            assert result is None or hasattr(result, "to_dict")


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("via", ["call", "scope.client"])
async def test_a_redirect_is_never_a_success(
    server: LoopbackServer, transport: str, status: int, via: str
) -> None:
    server.on("GET", "/erp/items/{itemId}", Reply(status, body=b"", headers={"Location": "/elsewhere"}))
    async with jtl_client(server, transport=transport) as jtl:
        scope = jtl.tenant(TENANT)
        with pytest.raises(RedirectError) as info:
            if via == "call":
                await scope.call(get_item, item_id=1)
            else:
                await get_item.asyncio(item_id=1, client=scope.client)
    assert info.value.status_code == status
    assert {k.lower(): v for k, v in info.value.headers.items()}["location"] == "/elsewhere"
    assert server.count() == 1  # not followed, not retried


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_scope_client_request_that_httpx_cannot_build(server: LoopbackServer, transport: str) -> None:
    from commerce_sdk_clients.jtl_erp.api.app_registration import fetch_registration_status

    server.on("*", "/erp/{rest*}", Reply(json={}))
    async with jtl_client(server, transport=transport) as jtl:
        client = jtl.tenant(TENANT).client
        with pytest.raises(ConfigurationError):
            await fetch_registration_status.asyncio(
                registration_id="r", x_challengecode="\udc80", client=client
            )
        with pytest.raises(ConfigurationError, match="control character"):
            await fetch_registration_status.asyncio(
                registration_id="r", x_challengecode="a\r\nb", client=client
            )
    assert server.count() == 0


async def test_a_request_that_cannot_be_built_is_not_sent(server: LoopbackServer) -> None:
    server.on("PATCH", "/erp/items/{itemId}", Reply(json=ITEM))
    body = UpdateItem(item_price_data=UpdateItemPrice(sales_price_net=math.nan))
    async with jtl_client(server) as jtl:
        with pytest.raises(ConfigurationError, match="cannot build the request"):
            await jtl.tenant(TENANT).call(
                update_item, item_id=1, body=body, options=RequestOptions(retry_non_idempotent=True)
            )
    assert server.count() == 0


def _pages(server: LoopbackServer, respond: Any) -> None:
    server.on("GET", "/erp/items", respond)


def _page(number: int, size: int, total: int, ids: range) -> Reply:
    body = {"TotalItems": total, "PageNumber": number, "PageSize": size, "Items": [item(i) for i in ids]}
    return Reply(json=body)


@pytest.mark.parametrize("prefetch", [True, False])
async def test_a_repeated_page_stops_the_walk(server: LoopbackServer, prefetch: bool) -> None:
    """A server that ignores pageNumber answers page 1 forever: 10 items, then PaginationError."""
    _pages(server, lambda r: _page(1, 10, 1000, range(10)))
    seen: list[int] = []
    async with jtl_client(server) as jtl:
        with pytest.raises(PaginationError, match="repeats the previous page"):
            async for it in jtl.tenant(TENANT).paginate(query_items, page_size=10, prefetch=prefetch):
                seen.append(it.id)
    assert seen == list(range(10))  # nothing twice


@pytest.mark.parametrize("change", [-5, +5])
async def test_a_total_that_changes_mid_walk_stops_it(server: LoopbackServer, change: int) -> None:
    """Items deleted (or added) during the walk shift every later page: stop, do not guess."""

    def respond(r: Seen) -> Reply:
        number = int(r.query["pageNumber"])
        total = 100 if number == 1 else 100 + change
        return _page(number, 10, total, range((number - 1) * 10, min(number * 10, total)))

    _pages(server, respond)
    seen: list[int] = []
    async with jtl_client(server) as jtl:
        with pytest.raises(PaginationError, match="total changed from 100"):
            async for it in jtl.tenant(TENANT).paginate(query_items, page_size=10):
                seen.append(it.id)
    figure(
        "typed failures",
        f"total changed by {change:+d} after page 1: items yielded before the error",
        len(seen),
    )
    assert seen == list(range(10))
    assert len(set(seen)) == len(seen)


async def test_a_steady_walk_is_untouched(server: LoopbackServer) -> None:
    _pages(
        server,
        lambda r: _page(
            int(r.query["pageNumber"]),
            10,
            95,
            range((int(r.query["pageNumber"]) - 1) * 10, min(int(r.query["pageNumber"]) * 10, 95)),
        ),
    )
    async with jtl_client(server) as jtl:
        ids = [it.id async for it in jtl.tenant(TENANT).paginate(query_items, page_size=10)]
    assert ids == list(range(95))


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_another_event_loop_gets_a_typed_error(server: LoopbackServer, transport: str) -> None:
    """A client runs on the loop of its first call; another loop (a thread's) gets a
    ConfigurationError saying so, and the owner keeps working."""
    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM))
    async with jtl_client(server, transport=transport) as jtl:
        scope = jtl.tenant(TENANT)
        await scope.call(get_item, item_id=1)
        caught: list[BaseException] = []

        def other_thread() -> None:
            try:
                asyncio.run(scope.call(get_item, item_id=2))
            except BaseException as exc:
                caught.append(exc)

        thread = threading.Thread(target=other_thread)
        thread.start()
        thread.join(10)
        assert len(caught) == 1 and isinstance(caught[0], ConfigurationError), caught
        assert "another event loop" in str(caught[0])
        await scope.call(get_item, item_id=3)
    assert server.count() == 2
