"""4. Tenant isolation: 10 tenants x 1,000 interleaved concurrent calls on one client per provider.

One client per provider, ten tenant scopes from it, 10,000 calls in a shuffled interleaving
(at most 100 in flight).  Each call also names the tenant it was made for in an
`x-intended-tenant` header (set per call, not by the scope), and the sandbox, which logs
every request, is the judge: the tenant it resolved and the tenant header (JTL) or path
segment (Chift consumer, Pack.cloud organization) must be that one.  JTL calls mix two
operations whose tenant header has a different name (`tenant-id` and `x-tenant-id`).
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
from commerce_sdk_clients.chift.api.consumers import consumers_get_consumer
from commerce_sdk_clients.jtl_erp.api.warehouse import query_warehouses
from commerce_sdk_clients.jtl_erp.api.worker import configure_sync
from commerce_sdk_clients.packcloud.api.integrations import list_integrations

from commerce_sdk import Chift, JtlErp, PackCloud, RequestOptions
from commerce_sdk._base_client import BaseClient, Scope
from commerce_sdk.sandbox import RequestRecord, Sandbox, SandboxConfig

from ._support import figure

TENANTS = 10
CALLS_PER_TENANT = 1000
IN_FLIGHT = 100
MARK = "x-intended-tenant"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    config = SandboxConfig(
        tenants=TENANTS,
        items_per_tenant=10,
        jtl_orders_per_tenant=0,
        jtl_customers_per_tenant=0,
        chift_rows_per_list=5,
        packcloud_integrations_per_org=2,
        log_limit=200_000,
    )
    with Sandbox(config) as sb:
        yield sb


def jtl_setup(
    sb: Sandbox,
) -> tuple[BaseClient, list[str], Callable[[Scope, int, RequestOptions], Awaitable[Any]]]:
    creds = sb.credentials.jtl_erp
    client = JtlErp(creds.api_key, creds.app_id, creds.app_version, base_url=sb.urls.jtl_erp)

    def call(scope: Scope, n: int, options: RequestOptions) -> Awaitable[Any]:
        if n % 10 == 0:  # an operation whose tenant header is `x-tenant-id`
            return scope.call(configure_sync, sync_id=1, options=options)
        return scope.call(query_warehouses, page_size=1, options=options)

    return client, creds.tenants, call


def chift_setup(
    sb: Sandbox,
) -> tuple[BaseClient, list[str], Callable[[Scope, int, RequestOptions], Awaitable[Any]]]:
    creds = sb.credentials.chift
    client = Chift(creds.client_id, creds.client_secret, creds.account_id, base_url=sb.urls.chift)

    def call(scope: Scope, n: int, options: RequestOptions) -> Awaitable[Any]:
        return scope.call(consumers_get_consumer, options=options)

    return client, creds.consumers, call


def pack_setup(
    sb: Sandbox,
) -> tuple[BaseClient, list[str], Callable[[Scope, int, RequestOptions], Awaitable[Any]]]:
    creds = sb.credentials.packcloud
    client = PackCloud(token=creds.token, base_url=sb.urls.packcloud)

    def call(scope: Scope, n: int, options: RequestOptions) -> Awaitable[Any]:
        return scope.call(list_integrations, per_page=1, options=options)

    return client, creds.organizations, call


def scope_for(client: BaseClient, tenant: str) -> Scope:
    if isinstance(client, JtlErp):
        return client.tenant(tenant)
    if isinstance(client, Chift):
        return client.consumer(tenant)
    assert isinstance(client, PackCloud)
    return client.organization(tenant)


def wrong_tenant(provider: str, record: RequestRecord) -> bool:
    """True when the request went out for another tenant than the one it was made for."""
    intended = record.header(MARK) or ""
    if provider == "jtl":
        name = "x-tenant-id" if record.route and record.route.endswith("/workers/{syncId}") else "tenant-id"
        other = "tenant-id" if name == "x-tenant-id" else "x-tenant-id"
        return (
            record.header(name) != intended
            or record.header(other) is not None
            or (record.tenant or "").lower() != intended.lower()
        )
    segment = "consumers" if provider == "chift" else "organizations"
    parts = record.path.split("/")
    in_path = parts[parts.index(segment) + 1] if segment in parts else None
    return in_path != intended or (record.tenant or "").lower() != intended.lower()


SETUPS = {"jtl": jtl_setup, "chift": chift_setup, "packcloud": pack_setup}


@pytest.mark.parametrize("provider", list(SETUPS))
async def test_no_request_carries_another_tenant(sandbox: Sandbox, provider: str) -> None:
    client, tenants, call = SETUPS[provider](sandbox)
    tenants = tenants[:TENANTS]
    assert len(tenants) == TENANTS
    plan = [n % TENANTS for n in range(TENANTS * CALLS_PER_TENANT)]
    random.Random(4).shuffle(plan)  # interleaved: neighbours in time belong to different tenants
    gate = asyncio.Semaphore(IN_FLIGHT)
    wall = time.time()
    async with client:
        scopes = [scope_for(client, t) for t in tenants]

        async def one(n: int, t: int) -> Any:
            async with gate:
                return await call(scopes[t], n, RequestOptions(headers={MARK: tenants[t]}))

        started = time.perf_counter()
        results = await asyncio.gather(*(one(n, t) for n, t in enumerate(plan)), return_exceptions=True)
        seconds = time.perf_counter() - started
        # The judge itself is checked: a call labelled for tenant 1 but made on tenant 0's scope.
        await call(scopes[0], 1, RequestOptions(headers={MARK: tenants[1], "x-canary": "1"}))
    failures = [r for r in results if isinstance(r, BaseException)]
    logged = [r for r in sandbox.requests if r.header(MARK) is not None and r.time - r.duration >= wall]
    canary = [r for r in logged if r.header("x-canary")]
    records = [r for r in logged if not r.header("x-canary")]
    assert len(canary) == 1 and wrong_tenant(provider, canary[0])
    wrong = [r for r in records if wrong_tenant(provider, r)]
    per_tenant = {t: sum(1 for r in records if r.header(MARK) == t) for t in tenants}
    figure(f"tenants[{provider}]", "tenants x calls", f"{TENANTS} x {CALLS_PER_TENANT}")
    figure(f"tenants[{provider}]", "requests seen by the server", len(records))
    figure(f"tenants[{provider}]", "with another tenant's header/path", len(wrong))
    figure(f"tenants[{provider}]", "failed calls", len(failures))
    figure(f"tenants[{provider}]", "seconds", seconds)
    assert failures == [], failures[:3]
    assert wrong == [], wrong[:3]
    assert len(records) == TENANTS * CALLS_PER_TENANT
    assert set(per_tenant.values()) == {CALLS_PER_TENANT}
    assert all(r.status in (200, 201) for r in records)
