"""Transports (httpx, aiohttp, auto, the caller's own AsyncClient) and raw response access."""

from __future__ import annotations

import json

import httpx
import pytest
import trio
from commerce_sdk_clients.jtl_erp.api.item import get_item
from commerce_sdk_clients.jtl_erp.models import Item

from commerce_sdk import ApiResponse, ConfigurationError
from commerce_sdk._transport import AsyncioOnlyTransport
from commerce_sdk._version import USER_AGENT

from .helpers import API_KEY, ITEM, TENANT, jtl_client, jtl_items
from .server import LoopbackServer, Reply


@pytest.mark.parametrize(("transport", "via_aiohttp"), [("httpx", False), ("aiohttp", True), ("auto", True)])
async def test_same_call_over_each_transport(
    server: LoopbackServer, transport: str, via_aiohttp: bool
) -> None:
    jtl_items(server)
    async with jtl_client(server, transport=transport) as jtl:
        got = await jtl.tenant(TENANT).call(get_item, item_id=5)
        inner = jtl.pipeline.transport
        if transport == "auto":  # measured default under asyncio: the aiohttp-backed transport
            assert inner.chosen == "aiohttp"  # type: ignore[attr-defined]
        else:
            assert isinstance(inner, AsyncioOnlyTransport) is via_aiohttp
    assert got.id == 5
    (r,) = server.requests()
    assert r.headers["User-Agent"] == USER_AGENT  # ours on every stack, not the library's
    assert r.headers["x-api-key"] == API_KEY and r.headers["tenant-id"] == TENANT


async def test_caller_supplied_httpx_client(server: LoopbackServer) -> None:
    jtl_items(server)
    sent: list[httpx.Request] = []

    async def hook(request: httpx.Request) -> None:
        sent.append(request)

    async with httpx.AsyncClient(event_hooks={"request": [hook]}) as http:
        async with jtl_client(server, http_client=http) as jtl:
            shop = jtl.tenant(TENANT)
            assert (await shop.call(get_item, item_id=3)).id == 3
            assert (await get_item.asyncio(item_id=4, client=shop.client)).id == 4
        assert not http.is_closed  # the caller owns it; the SDK does not close it
        assert len(sent) == 2  # both requests went through the caller's client
        for request in sent:
            assert API_KEY not in repr(request)
    for r in server.requests():
        assert "aiohttp" not in r.headers.get("User-Agent", "")
        assert r.headers["tenant-id"] == TENANT


async def test_unknown_transport_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="unknown transport"):
        jtl_client(None, base_url="http://127.0.0.1:9/erp", transport="curl")


def test_aiohttp_transport_under_trio_says_so(server: LoopbackServer) -> None:
    jtl_items(server)

    async def main() -> None:
        async with jtl_client(server, transport="aiohttp") as jtl:
            with pytest.raises(ConfigurationError) as info:
                await jtl.tenant(TENANT).call(get_item, item_id=1)
        message = str(info.value)
        assert "only under asyncio" in message and "trio" in message and "transport='httpx'" in message

    trio.run(main)
    assert server.count() == 0


async def test_call_raw_gives_status_headers_body_and_model(server: LoopbackServer) -> None:
    server.on(
        "GET",
        "/erp/items/{itemId}",
        Reply(json=ITEM, headers={"x-request-id": "req-42", "x-ratelimit-remaining": "99"}),
    )
    async with jtl_client(server) as jtl:
        raw = await jtl.tenant(TENANT).call_raw(get_item, item_id=1)
    assert isinstance(raw, ApiResponse)
    assert raw.status_code == 200
    assert raw.headers["x-ratelimit-remaining"] == "99"
    assert raw.request_id == "req-42"
    assert isinstance(raw.content, bytes) and raw.content.startswith(b'{"Id": 1')
    assert isinstance(raw.parsed, Item) and raw.parsed.sku == ITEM["SKU"]


async def test_call_raw_without_request_id(server: LoopbackServer) -> None:
    jtl_items(server)
    async with jtl_client(server) as jtl:
        raw = await jtl.tenant(TENANT).call_raw(get_item, item_id=2)
    assert raw.request_id is None and raw.parsed.id == 2


async def test_a_plug_in_transport_object_gets_finished_requests() -> None:
    """Anything with `send(WireRequest) -> WireResponse` and `aclose()` is a transport."""
    from commerce_sdk import WireRequest, WireResponse

    seen: list[WireRequest] = []
    closed: list[bool] = []

    class Recorder:
        async def send(self, request: WireRequest) -> WireResponse:
            seen.append(request)
            body = json.dumps(ITEM).encode()
            return WireResponse(
                200, {"Content-Type": "application/json", "X-Request-Id": "r-1"}, body, request
            )

        async def aclose(self) -> None:
            closed.append(True)

    async with jtl_client(None, base_url="http://jtl.test/erp", transport=Recorder()) as jtl:
        raw = await jtl.tenant(TENANT).call_raw(get_item, item_id=5)
    assert raw.parsed.id == ITEM["Id"] and raw.request_id == "r-1"
    (request,) = seen
    assert request.method == "GET" and request.url == "http://jtl.test/erp/items/5"
    assert request.headers["x-api-key"] == API_KEY and request.headers["tenant-id"] == TENANT
    assert request.headers["User-Agent"] == USER_AGENT
    assert closed == [True]


def test_an_object_that_is_no_transport_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="neither an httpx transport nor has send"):
        jtl_client(None, base_url="http://127.0.0.1:9/erp", transport=object())
