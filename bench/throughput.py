"""Throughput (requests/s) of one `GET /erp/items/{id}` per call, at several concurrencies.

Every client does the same work per call: send the request with the same headers (api key,
app id/version, tenant), read the whole 1.9 kB body and decode it -- `json.loads` for the
raw clients, the generated `Item` model for the generated client and the SDK.  Each client
gets the same pool size (100 connections, all kept alive).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib.util
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

API_KEY = "11111111-2222-3333-4444-555555555555"
TENANT = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
HEADERS = {"x-api-key": API_KEY, "x-appid": "Bench/1.0.0", "x-appversion": "1.0.0", "tenant-id": TENANT}
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=30.0)

Call = Callable[[int], Awaitable[Any]]
Factory = Callable[[str], contextlib.AbstractAsyncContextManager[Call]]


@contextlib.asynccontextmanager
async def raw_httpx(url: str) -> AsyncIterator[Call]:
    async with httpx.AsyncClient(base_url=url, headers=HEADERS, limits=LIMITS) as client:

        async def call(i: int) -> Any:
            response = await client.get(f"/erp/items/{i}")
            return json.loads(response.content)

        yield call


@contextlib.asynccontextmanager
async def raw_aiohttp(url: str) -> AsyncIterator[Call]:
    import aiohttp

    connector = aiohttp.TCPConnector(limit=LIMITS.max_connections or 0, keepalive_timeout=30.0)
    async with aiohttp.ClientSession(url, connector=connector, headers=HEADERS) as session:

        async def call(i: int) -> Any:
            async with session.get(f"/erp/items/{i}") as response:
                return json.loads(await response.read())

        yield call


@contextlib.asynccontextmanager
async def aiohttp_model(url: str) -> AsyncIterator[Call]:
    from commerce_sdk_clients.jtl_erp.models import Item

    async with raw_aiohttp(url) as fetch:

        async def call(i: int) -> Any:
            return Item.from_dict(await fetch(i))

        yield call


def transport_named(name: str) -> httpx.AsyncBaseTransport:
    """An httpx transport by name: "httpx", "aiohttp" (the SDK's own, adapted to httpx),
    "httpx-aiohttp" (that library's)."""
    if name == "httpx":
        return httpx.AsyncHTTPTransport(limits=LIMITS)
    if name == "httpx-aiohttp":
        from httpx_aiohttp import AiohttpTransport

        return AiohttpTransport(limits=LIMITS)
    from commerce_sdk._network import Network
    from commerce_sdk._transport import AsHttpxTransport, make_transport

    return AsHttpxTransport(make_transport(name, Network(limits=LIMITS)))


def generated(transport: str) -> Factory:
    @contextlib.asynccontextmanager
    async def factory(url: str) -> AsyncIterator[Call]:
        from commerce_sdk_clients.jtl_erp import Client
        from commerce_sdk_clients.jtl_erp.api.item import get_item

        http = httpx.AsyncClient(
            base_url=url + "/erp", headers=HEADERS, limits=LIMITS, transport=transport_named(transport)
        )
        # get_item is typed for AuthenticatedClient (bearer); JTL's headers are set on `http`.
        client: Any = Client(base_url=url + "/erp").set_async_httpx_client(http)
        async with http:

            async def call(i: int) -> Any:
                return await get_item.asyncio(item_id=i, client=client)

            yield call

    return factory


def sdk(transport: str | None) -> Factory:
    """The SDK end to end; `transport=None` is its default (`"auto"`)."""

    @contextlib.asynccontextmanager
    async def factory(url: str) -> AsyncIterator[Call]:
        from commerce_sdk_clients.jtl_erp.api.item import get_item

        from commerce_sdk import JtlErp

        # The SDK takes its own transports by name; others as httpx transports.
        chosen: Any = transport or "auto"
        if chosen not in ("auto", "httpx", "aiohttp"):
            chosen = transport_named(chosen)
        async with JtlErp(
            api_key=API_KEY,
            app_id="Bench/1.0.0",
            app_version="1.0.0",
            base_url=url + "/erp",
            transport=chosen,
        ) as jtl:
            shop = jtl.tenant(TENANT)

            async def call(i: int) -> Any:
                return await shop.call(get_item, item_id=i)

            yield call

    return factory


def floor(transport: str) -> Factory:
    """No facade: the generated `_get_kwargs` -> a WireRequest -> the SDK's transport -> `_parse_response`.

    The least any client built on the generated code and this transport can do per call.
    """

    @contextlib.asynccontextmanager
    async def factory(url: str) -> AsyncIterator[Call]:
        from commerce_sdk_clients.jtl_erp.api.item import get_item
        from multidict import CIMultiDict

        from commerce_sdk._decode import PARSE_CLIENT
        from commerce_sdk._network import Network
        from commerce_sdk._transport import make_transport
        from commerce_sdk._wire import build

        base = url + "/erp"
        inner = make_transport(transport, Network(limits=LIMITS))
        timeout = {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 10.0}
        client = PARSE_CLIENT  # what `call()` hands the generated parser

        async def call(i: int) -> Any:
            request = build(base, get_item._get_kwargs(item_id=i), {"timeout": timeout})
            request.headers = CIMultiDict(HEADERS)
            response = await inner.send(request)
            return get_item._parse_response(client=client, response=response)

        try:
            yield call
        finally:
            await inner.aclose()

    return factory


# name -> (factory, what it is).  The first five are the list; the rest explain them.
VARIANTS: dict[str, tuple[Factory, str]] = {
    "raw httpx": (raw_httpx, "httpx.AsyncClient.get + json.loads"),
    "raw aiohttp": (raw_aiohttp, "aiohttp.ClientSession.get + read + json.loads"),
    "generated/httpx": (generated("httpx"), "get_item.asyncio, generated Client over httpx's transport"),
    "generated/aiohttp": (
        generated("aiohttp"),
        "get_item.asyncio, generated Client over the SDK's aiohttp transport",
    ),
    "sdk": (sdk(None), "JtlErp(...).tenant(...).call(get_item, ...), default transport"),
    "sdk/httpx": (sdk("httpx"), "the SDK with transport='httpx'"),
}
# What explains the figures above; at the highest concurrency only.
EXTRA_VARIANTS: dict[str, tuple[Factory, str]] = {
    "floor/aiohttp": (
        floor("aiohttp"),
        "no facade: _get_kwargs -> WireRequest -> the SDK's aiohttp transport -> _parse_response",
    ),
    "aiohttp + Item model": (
        aiohttp_model,
        "raw aiohttp, then Item.from_dict: typed models without any httpx object",
    ),
}
if importlib.util.find_spec("httpx_aiohttp") is not None:
    EXTRA_VARIANTS["sdk/httpx-aiohttp"] = (
        sdk("httpx-aiohttp"),
        "the SDK over httpx-aiohttp's AiohttpTransport (the previous default)",
    )


@dataclass
class Sample:
    rps: float
    client_cpu: float  # client CPU seconds per request (this process)
    server_cpu: float | None  # server CPU utilisation during the run (0..1), if known


async def _drive(call: Call, concurrency: int, duration: float) -> tuple[int, float]:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + duration
    done = 0

    async def worker(k: int) -> None:
        nonlocal done
        i = k + 1
        while loop.time() < deadline:
            await call(i)
            done += 1
            i += concurrency

    started = time.perf_counter()
    await asyncio.gather(*(worker(k) for k in range(concurrency)))
    return done, time.perf_counter() - started


async def measure(
    factory: Factory,
    url: str,
    concurrency: int,
    duration: float,
    warmup: float,
    server_cpu: Callable[[], float | None] = lambda: None,
) -> Sample:
    async with factory(url) as call:
        await _drive(call, concurrency, warmup)  # opens the pool, warms caches
        gc.collect()
        cpu0, srv0 = time.process_time(), server_cpu()
        done, elapsed = await _drive(call, concurrency, duration)
        cpu1, srv1 = time.process_time(), server_cpu()
    server = (srv1 - srv0) / elapsed if srv0 is not None and srv1 is not None else None
    return Sample(done / elapsed, (cpu1 - cpu0) / max(done, 1), server)


def run(
    url: str,
    *,
    concurrencies: tuple[int, ...],
    reps: int,
    duration: float,
    warmup: float,
    server_cpu: Callable[[], float | None] = lambda: None,
    extra: bool = True,
    log: Callable[[str], None] = print,
) -> dict[str, dict[int, list[Sample]]]:
    """Samples per variant and concurrency; variants are interleaved within each repetition
    so slow drifts of the shared machine hit all of them alike."""
    samples: dict[str, dict[int, list[Sample]]] = {}
    top = max(concurrencies)
    plan = [(name, c) for c in concurrencies for name in VARIANTS]
    if extra:
        plan += [(name, top) for name in EXTRA_VARIANTS]
    factories = {**VARIANTS, **EXTRA_VARIANTS}
    for rep in range(reps):
        for name, c in plan:
            sample = asyncio.run(measure(factories[name][0], url, c, duration, warmup, server_cpu))
            samples.setdefault(name, {}).setdefault(c, []).append(sample)
        log(f"  throughput: repetition {rep + 1}/{reps} done")
    return samples
