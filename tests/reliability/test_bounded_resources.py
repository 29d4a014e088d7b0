"""Bounded resources (issue 12.5): a body cap enforced while inflating, large fan-outs that
finish, and nothing that grows per call without bound."""

from __future__ import annotations

import asyncio
import gc
import gzip
import itertools
import json
import resource
import time
import tracemalloc
import uuid
import zlib

import httpx
import pytest
from commerce_sdk_clients.jtl_erp.api.item import get_item
from commerce_sdk_clients.packcloud.api.integrations import get_integration
from facade.helpers import ITEM, TENANT, jtl_client, pack_client
from facade.server import LoopbackServer, Reply

from commerce_sdk import ResponseTooLargeError, Timeouts
from commerce_sdk._secrets import REDACTOR

from ._support import figure

TRANSPORTS = ["aiohttp", "httpx"]
GIB = 1 << 30


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """1 GiB of zeros, gzip-compressed (about 1 MB on the wire)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    parts = [compressor.compress(block) for _ in range(1024)]
    parts.append(compressor.flush())
    return b"".join(parts)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_compression_bomb_fails_after_one_download(
    server: LoopbackServer, bomb: bytes, transport: str
) -> None:
    """Default options: the 64 MiB cap stops a 1 GiB gzip body while it inflates; not retried."""
    server.on("GET", "/erp/items/{itemId}", Reply(body=bomb, headers={"Content-Encoding": "gzip"}))
    before = _peak_rss_mb()
    started = time.perf_counter()
    async with jtl_client(server, transport=transport) as jtl:
        with pytest.raises(ResponseTooLargeError, match="max_response_size"):
            await jtl.tenant(TENANT).call(get_item, item_id=1)
    elapsed = time.perf_counter() - started
    grown = _peak_rss_mb() - before
    figure(
        "bounded",
        f"{transport}: 1 GiB gzip bomb ({len(bomb) / 1e6:.1f} MB sent): requests, s, peak RSS growth MB",
        f"{server.count()}, {elapsed:.2f}, {grown:.0f}",
    )
    assert server.count() == 1
    assert grown < 400  # the cap (64 MiB) plus the pieces it is joined from, not 1 GiB


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_declared_length_over_the_cap_is_refused(server: LoopbackServer, transport: str) -> None:
    server.on("GET", "/erp/items/{itemId}", Reply(body=b"x" * 5000))
    async with jtl_client(server, transport=transport, max_response_size=4096) as jtl:
        with pytest.raises(ResponseTooLargeError):
            await jtl.tenant(TENANT).call(get_item, item_id=1)
    assert server.count() == 1


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_body_at_the_cap_is_read(server: LoopbackServer, transport: str) -> None:
    plain = json.dumps(ITEM).encode()
    server.on(
        "GET", "/erp/items/{itemId}", Reply(body=gzip.compress(plain), headers={"Content-Encoding": "gzip"})
    )
    async with jtl_client(server, transport=transport, max_response_size=len(plain)) as jtl:
        raw = await jtl.tenant(TENANT).call_raw(get_item, item_id=1)
    assert raw.content == plain


async def test_queueing_for_the_pool_does_not_time_out_calls(server: LoopbackServer) -> None:
    """2,000 calls behind 20 connections with a 0.3 s pool timeout: ~2 s of queueing, 0 errors
    (the pool timeout used to fire for calls still waiting their turn)."""
    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM, delay=0.02))
    limits = httpx.Limits(max_connections=20, max_keepalive_connections=20)
    timeouts = Timeouts(pool=0.3)
    async with jtl_client(server, transport="aiohttp", limits=limits, timeout=timeouts) as jtl:
        scope = jtl.tenant(TENANT)
        started = time.perf_counter()
        results = await asyncio.gather(
            *(scope.call(get_item, item_id=i) for i in range(2000)), return_exceptions=True
        )
        wall = time.perf_counter() - started
    errors = [r for r in results if isinstance(r, BaseException)]
    figure(
        "bounded",
        "2,000 calls, 20 connections, pool timeout 0.3 s: errors, wall s",
        f"{len(errors)}, {wall:.1f}",
    )
    assert not errors
    assert server.max_in_flight("GET", "/erp/items/{itemId}") <= 20


async def test_a_large_fan_out_over_many_scopes(server: LoopbackServer) -> None:
    """5,000 concurrent calls over 200 tenant scopes, default options, aiohttp: 0 errors."""
    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM))
    tenants = [str(uuid.UUID(int=i + 1)) for i in range(200)]
    async with jtl_client(server) as jtl:
        scopes = [jtl.tenant(t) for t in tenants]
        started = time.perf_counter()
        results = await asyncio.gather(
            *(scopes[i % 200].call(get_item, item_id=i) for i in range(5000)), return_exceptions=True
        )
        wall = time.perf_counter() - started
    errors = [r for r in results if isinstance(r, BaseException)]
    figure("bounded", "5,000 calls over 200 scopes (aiohttp): errors, wall s", f"{len(errors)}, {wall:.1f}")
    assert not errors


async def test_the_httpx_transport_completes_a_thousand_concurrent_calls(server: LoopbackServer) -> None:
    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM))
    async with jtl_client(server, transport="httpx") as jtl:
        scope = jtl.tenant(TENANT)
        started = time.perf_counter()
        results = await asyncio.gather(
            *(scope.call(get_item, item_id=i) for i in range(1000)), return_exceptions=True
        )
        wall = time.perf_counter() - started
    errors = [r for r in results if isinstance(r, BaseException)]
    figure("bounded", "httpx transport, 1,000 concurrent calls: errors, wall s", f"{len(errors)}, {wall:.1f}")
    assert not errors
    assert server.max_in_flight("GET", "/erp/items/{itemId}") <= 100


async def test_memory_stays_flat_over_many_calls(server: LoopbackServer) -> None:
    """Same scopes, many calls: traced memory after 3,000 more calls is what it was before them."""
    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM))
    server.record = False  # the server runs in this process: its request log would be counted
    async with jtl_client(server) as jtl:
        scopes = [jtl.tenant(TENANT), jtl.tenant(str(uuid.UUID(int=7)))]

        async def burst(n: int) -> None:
            for chunk in range(0, n, 100):
                await asyncio.gather(
                    *(scopes[i % 2].call(get_item, item_id=i) for i in range(chunk, chunk + 100))
                )

        await burst(500)
        tracemalloc.start()
        try:
            await burst(2000)  # free lists, pools and caches fill up to their working size
            gc.collect()
            first = tracemalloc.get_traced_memory()[0]
            await burst(3000)
            gc.collect()
            grown = tracemalloc.get_traced_memory()[0] - first
        finally:
            tracemalloc.stop()
    figure("bounded", "traced memory growth over 3,000 calls (bytes)", grown)
    assert grown < 128 * 1024  # ~40 bytes a call at most; measured ~10 (noise)


async def test_per_tenant_state_is_bounded(server: LoopbackServer) -> None:
    """Budgets (one per tenant and operation) and generated clients of short-lived scopes."""
    server.on("GET", "/pack/organizations/{organizationId}/integrations/{integrationId}", Reply(204))
    async with pack_client(server) as pack:
        store = pack.pipeline.limiter.store
        store.max_keys = 50  # type: ignore[attr-defined]
        for i in range(300):
            scope = pack.organization(f"org-{i}")
            await get_integration.asyncio(organization_id=f"org-{i}", integration_id="x", client=scope.client)
        gc.collect()
        figure(
            "bounded",
            "300 short-lived scopes: budgets kept, generated clients alive",
            f"{len(store)}, {len(pack._http_clients)}",
        )  # type: ignore[arg-type]
        assert len(store) <= 50  # type: ignore[arg-type]
        assert len(pack._http_clients) <= 1


async def test_rotating_tokens_do_not_grow_the_redactor(server: LoopbackServer) -> None:
    server.on("GET", "/pack/organizations/{organizationId}/integrations/{integrationId}", Reply(204))
    counter = itertools.count()

    async def token() -> str:
        return f"rotating-token-{next(counter):06d}"

    async with pack_client(server, token=token) as pack:
        org = pack.organization("org")
        before = len(REDACTOR)
        for _ in range(1000):
            await org.call(get_integration, integration_id="x")
    grown = len(REDACTOR) - before
    figure("bounded", "1,000 rotating tokens: redactor entries added", grown)
    assert grown <= REDACTOR.MAX_TRANSIENT
