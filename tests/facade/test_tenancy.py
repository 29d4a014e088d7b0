"""Tenant scoping: where each provider's tenant goes, mismatches, interleaving, one pool per client."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from commerce_sdk_clients.chift.api.consumers import consumers_get_consumer, consumers_get_consumers
from commerce_sdk_clients.chift.api.e_commerce import ecommerce_get_products
from commerce_sdk_clients.jtl_erp.api.item import get_item
from commerce_sdk_clients.jtl_erp.api.worker import configure_sync
from commerce_sdk_clients.packcloud.api.integrations import get_integration

from commerce_sdk import ConfigurationError, RequestOptions, Scope, TenantMismatchError

from .helpers import (
    OTHER_TENANT,
    TENANT,
    chift_client,
    chift_consumers,
    chift_products,
    chift_token,
    item,
    jtl_client,
    jtl_items,
    pack_client,
    pack_get,
)
from .server import LoopbackServer, Reply, Seen

TENANTS = [str(uuid.UUID(int=0x1000 + i)) for i in range(10)]


async def test_chift_consumer_and_pack_organization_fill_path_parameters(server: LoopbackServer) -> None:
    chift_token(server)
    chift_consumers(server)
    pack_get(server)
    async with chift_client(server) as chift, pack_client(server) as pack:
        await chift.consumer("consumer-a").call(consumers_get_consumer)
        await pack.organization("org-a").call(get_integration, integration_id="int-1")
        # the same value given explicitly is fine
        await chift.consumer("consumer-a").call(consumers_get_consumer, consumer_id="consumer-a")
        await pack.organization("org-a").call(get_integration, organization_id="org-a", integration_id="x")
    paths = [r.path for r in server.requests("GET")]
    assert paths == [
        "/chift/consumers/consumer-a",
        "/pack/organizations/org-a/integrations/int-1",
        "/chift/consumers/consumer-a",
        "/pack/organizations/org-a/integrations/x",
    ]


async def test_untenanted_scope_for_operations_without_a_tenant(server: LoopbackServer) -> None:
    chift_token(server)
    server.on("GET", "/chift/consumers", Reply(json=[]))
    async with chift_client(server) as chift:
        assert await chift.untenanted.call(consumers_get_consumers) == []
    assert server.requests("GET")[0].path == "/chift/consumers"


async def test_jtl_tenant_is_a_uuid_sent_as_a_string(server: LoopbackServer) -> None:
    jtl_items(server)
    async with jtl_client(server) as jtl:
        with pytest.raises(ConfigurationError, match="UUID"):
            jtl.tenant("acme")
        await jtl.tenant(uuid.UUID(TENANT)).call(get_item, item_id=1)
    assert server.requests()[0].headers["tenant-id"] == TENANT


async def test_another_tenant_passed_explicitly_is_refused_and_nothing_is_sent(
    server: LoopbackServer,
) -> None:
    chift_token(server)
    chift_consumers(server)
    pack_get(server)
    jtl_items(server)
    server.on("POST", "/erp/workers/{syncId}", Reply(json={}))
    async with chift_client(server) as chift, pack_client(server) as pack, jtl_client(server) as jtl:
        acme, org, shop = chift.consumer("acme"), pack.organization("org-a"), jtl.tenant(TENANT)
        await acme.call(consumers_get_consumer)  # gets the token up front
        server.clear()

        with pytest.raises(TenantMismatchError, match="acme"):
            await acme.call(consumers_get_consumer, consumer_id="someone-else")
        with pytest.raises(TenantMismatchError, match="org-a"):
            await org.call(get_integration, organization_id="org-b", integration_id="i")
        for header in ("tenant-id", "Tenant-Id"):
            with pytest.raises(TenantMismatchError):
                await shop.call(get_item, item_id=1, options=RequestOptions(headers={header: OTHER_TENANT}))
        with pytest.raises(TenantMismatchError):  # x-tenant-id for this operation, per its manifest
            await shop.call(
                configure_sync, sync_id=1, options=RequestOptions(headers={"x-tenant-id": OTHER_TENANT})
            )

        # generated functions called with a scope's client are checked in the HTTP layer
        with pytest.raises(TenantMismatchError):
            await consumers_get_consumer.asyncio_detailed(consumer_id="someone-else", client=acme.client)
        with pytest.raises(TenantMismatchError):
            await get_integration.asyncio_detailed(
                organization_id="org-b", integration_id="i", client=org.client
            )
        throwaway = jtl.tenant(TENANT)
        with pytest.raises(TenantMismatchError):
            await get_item.asyncio_detailed(
                item_id=1, client=throwaway.client.with_headers({"tenant-id": OTHER_TENANT})
            )
    assert server.count() == 0, [r.path for r in server.requests()]


async def test_interleaved_scopes_each_request_carries_its_own_tenant(server: LoopbackServer) -> None:
    """10 tenants x 100 concurrent calls per provider, all at once on one client per provider;
    half through `scope.call`, half through generated functions with `scope.client`."""
    wrong: list[str] = []

    def jtl_item(r: Seen) -> Reply:
        item_id = int(r.params["itemId"])
        if r.headers.get("tenant-id") != TENANTS[item_id // 1000]:
            wrong.append(f"jtl {item_id} {r.headers.get('tenant-id')}")
        return Reply(json=item(item_id))

    def chift_page(r: Seen) -> Reply:
        if r.params["consumer_id"] != r.query["sku"]:
            wrong.append(f"chift {r.path} {r.query['sku']}")
        return Reply(json={"items": [], "total": 0, "page": 1, "size": 50})

    def pack_item(r: Seen) -> Reply:
        if r.params["organizationId"] != r.params["integrationId"].split(".")[0]:
            wrong.append(f"pack {r.path}")
        return Reply(
            json={
                "id": r.params["integrationId"],
                "category": "shop",
                "name": "n",
                "created_at": "2024-01-01T00:00:00",
                "updated_at": "2024-01-01T00:00:00",
            }
        )

    server.on("GET", "/erp/items/{itemId}", jtl_item)
    server.on("GET", "/chift/consumers/{consumer_id}/commerce/products", chift_page)
    server.on("GET", "/pack/organizations/{organizationId}/integrations/{integrationId}", pack_item)
    chift_token(server)

    async with jtl_client(server) as jtl, chift_client(server) as chift, pack_client(server) as pack:
        shops = [jtl.tenant(t) for t in TENANTS]
        consumers = [chift.consumer(f"consumer-{i}") for i in range(10)]
        orgs = [pack.organization(f"org-{i}") for i in range(10)]

        async def jtl_call(t: int, j: int) -> None:
            item_id = t * 1000 + j
            if j % 2:
                got = await shops[t].call(get_item, item_id=item_id)
                assert got.id == item_id
            else:
                resp = await get_item.asyncio_detailed(item_id=item_id, client=shops[t].client)
                assert resp.status_code == 200 and resp.parsed.id == item_id

        async def chift_call(t: int, j: int) -> None:
            if j % 2:
                await consumers[t].call(ecommerce_get_products, sku=f"consumer-{t}")
            else:
                resp = await ecommerce_get_products.asyncio_detailed(
                    consumer_id=f"consumer-{t}", sku=f"consumer-{t}", client=consumers[t].client
                )
                assert resp.status_code == 200

        async def pack_call(t: int, j: int) -> None:
            if j % 2:
                got = await orgs[t].call(get_integration, integration_id=f"org-{t}.{j}")
            else:
                got = (
                    await get_integration.asyncio_detailed(
                        organization_id=f"org-{t}", integration_id=f"org-{t}.{j}", client=orgs[t].client
                    )
                ).parsed
            assert got.id == f"org-{t}.{j}"

        calls = [fn(t, j) for j in range(100) for t in range(10) for fn in (jtl_call, chift_call, pack_call)]
        await asyncio.gather(*calls)

        # one connection pool per provider client: every scope (and every scope's generated
        # client) runs over the provider pipeline's single transport object
        for client, scopes in ((jtl, shops), (chift, consumers), (pack, orgs)):
            transport = client.pipeline.transport
            for scope in scopes:
                assert scope._pipeline.transport is transport
                http = scope.client.get_async_httpx_client()
                assert http._transport.transport is transport

    assert not wrong, wrong[:10]
    for prefix in ("/erp/", "/chift/consumers/", "/pack/"):
        seen = [r for r in server.requests("GET") if r.path.startswith(prefix)]
        assert len(seen) == 1000
        # ...and on the wire: 1000 concurrent requests from 10 scopes came over at most one
        # pool's worth of connections (the default pool holds 100)
        assert len({r.port for r in seen}) <= 100
    jtl_tenants = [r.headers["tenant-id"] for r in server.requests("GET") if r.path.startswith("/erp/")]
    assert sorted(set(jtl_tenants)) == sorted(TENANTS)
    assert all(jtl_tenants.count(t) == 100 for t in TENANTS)


async def test_two_consumers_paginated_at_once_stay_apart(server: LoopbackServer) -> None:
    """Paginating two consumers at once keeps each one's pages on its own path."""
    chift_token(server)
    chift_products(server, total=120)
    async with chift_client(server) as chift:
        a, b = chift.consumer("a"), chift.consumer("b")

        async def collect(scope: Scope) -> int:
            return len([x async for x in scope.paginate(ecommerce_get_products, page_size=25)])

        assert await asyncio.gather(collect(a), collect(b)) == [120, 120]
    by_consumer = {r.params["consumer_id"] for r in server.requests("GET")}
    assert by_consumer == {"a", "b"}
    assert server.count("GET") == 2 * 5


@pytest.mark.parametrize(
    ("org", "integration"),
    [("org-1", "gid://shopify/App/1"), ("org/with/slashes", "i"), ("org%2F", "a b"), ("ünï", "x?y#z")],
)
async def test_awkward_ids_are_not_mistaken_for_another_tenant(
    server: LoopbackServer, org: str, integration: str
) -> None:
    """A "/" (or %, space, ?) in the tenant or in a later path parameter is still this scope's request."""
    pack_get(server)
    async with pack_client(server) as pack:
        scope = pack.organization(org)
        got = await scope.call(get_integration, integration_id=integration)
        direct = await get_integration.asyncio(
            organization_id=org, integration_id=integration, client=scope.client
        )
        with pytest.raises(TenantMismatchError):
            await scope.call(get_integration, organization_id=org + "-other", integration_id=integration)
    assert got.id == integration and direct.id == integration
    assert [r.params for r in server.requests()] == [
        {"organizationId": org, "integrationId": integration}
    ] * 2
