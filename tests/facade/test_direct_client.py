"""A scope's `.client` handed straight to generated functions keeps every policy of the facade."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from commerce_sdk_clients.chift.api.consumers import consumers_get_consumer
from commerce_sdk_clients.jtl_erp.api.item import get_item
from commerce_sdk_clients.packcloud.api.integrations import get_integration

from commerce_sdk import APITimeoutError, ConfigurationError, Timeouts

from .helpers import (
    API_KEY,
    APP_ID,
    APP_VERSION,
    CHIFT_TOKEN_PREFIX,
    ITEM,
    PACK_TOKEN,
    TENANT,
    chift_client,
    chift_token,
    jtl_client,
    jtl_items,
    pack_client,
    pack_get,
)
from .server import LoopbackServer, Reply


async def test_generated_function_gets_auth_and_tenant(server: LoopbackServer) -> None:
    jtl_items(server)
    async with jtl_client(server) as jtl:
        shop = jtl.tenant(TENANT, api_version="1.0")
        resp = await get_item.asyncio_detailed(item_id=1, client=shop.client)
        assert resp.status_code == 200 and resp.parsed.sku == ITEM["SKU"]
        assert (await get_item.asyncio(item_id=2, client=shop.client)).id == 2
    for r in server.requests():
        assert r.headers["x-api-key"] == API_KEY
        assert (r.headers["x-appid"], r.headers["x-appversion"]) == (APP_ID, APP_VERSION)
        assert r.headers["tenant-id"] == TENANT
        assert r.headers["api-version"] == "1.0"


async def test_generated_function_gets_retries(server: LoopbackServer) -> None:
    server.on("GET", "/erp/items/{itemId}", [Reply(503), Reply(502), Reply(json=ITEM)])
    async with jtl_client(server) as jtl:
        resp = await get_item.asyncio_detailed(item_id=1, client=jtl.tenant(TENANT).client)
    assert resp.status_code == 200
    assert server.count("GET") == 3


async def test_generated_function_gets_timeouts(server: LoopbackServer) -> None:
    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM, delay=1.0))
    async with jtl_client(server, timeout=Timeouts(read=0.2), max_retries=0) as jtl:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await get_item.asyncio_detailed(item_id=1, client=jtl.tenant(TENANT).client)
        assert time.monotonic() - started < 0.9
    async with jtl_client(server, timeout=Timeouts(read=5, total=0.3)) as jtl:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="overall timeout"):
            await get_item.asyncio_detailed(item_id=1, client=jtl.tenant(TENANT).client)
        assert time.monotonic() - started < 0.9


async def test_generated_function_gets_token_auth_and_401_refresh(server: LoopbackServer) -> None:
    chift_token(server)
    server.on(
        "GET",
        "/chift/consumers/{consumer_id}",
        lambda r: (
            Reply(401)
            if r.headers["Authorization"].endswith("-1")
            else Reply(json={"consumerid": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "name": "n"})
        ),
    )
    pack_get(server)
    async with chift_client(server) as chift, pack_client(server) as pack:
        acme = chift.consumer("acme")
        resp = await consumers_get_consumer.asyncio_detailed(consumer_id="acme", client=acme.client)
        assert resp.status_code == 200
        org = pack.organization("org-1")
        got = await get_integration.asyncio(organization_id="org-1", integration_id="i", client=org.client)
        assert got.id == "i"
    gets = server.requests("GET", "/chift/consumers/{consumer_id}")
    assert [r.headers["Authorization"] for r in gets] == [
        f"Bearer {CHIFT_TOKEN_PREFIX}1",
        f"Bearer {CHIFT_TOKEN_PREFIX}2",
    ]
    pack_req = server.requests("GET", "/pack/organizations/{organizationId}/integrations/{integrationId}")
    assert pack_req[0].headers["Authorization"] == f"Bearer {PACK_TOKEN}"


async def test_client_copies_stay_on_the_pipeline(server: LoopbackServer) -> None:
    """`with_headers`/`with_timeout` copies of a scope's client still go through auth and tenant."""
    jtl_items(server)
    async with jtl_client(server) as jtl:
        client = jtl.tenant(TENANT).client
        await get_item.asyncio_detailed(item_id=1, client=client.with_headers({"x-extra": "1"}))
        await get_item.asyncio_detailed(item_id=2, client=client.with_timeout(httpx.Timeout(5)))
    for r in server.requests():
        assert r.headers["x-api-key"] == API_KEY
        assert r.headers["tenant-id"] == TENANT
    assert server.requests()[0].headers["x-extra"] == "1"


async def test_sync_generated_function_is_refused_clearly(server: LoopbackServer) -> None:
    jtl_items(server)
    async with jtl_client(server) as jtl:
        client = jtl.tenant(TENANT).client
        with pytest.raises(ConfigurationError, match="async-only"):
            await asyncio.to_thread(get_item.sync_detailed, item_id=1, client=client)
    assert server.count() == 0  # nothing went out unauthenticated
