"""Where a request's client CPU goes: two diagnostics that explain the throughput table.

* `in_memory`: the same call through the SDK, the generated client and the bare generated
  code (the "floor") over an in-memory transport that answers at once -- no sockets, no
  server, so the facade's own cost per call is measured without the network's noise.
* `paired`: differences of a fraction of a per cent (tracing on without a provider vs off):
  two clients called alternately, call by call, each call timed; medians.
* `breakdown`: at the top concurrency against the real server, the client CPU per request
  split into the CPU time spent in socket writes (`send()` on loopback: the kernel's share,
  which wakes the server) and everything else (Python).
"""

from __future__ import annotations

import asyncio
import asyncio.selector_events
import contextlib
import gc
import statistics
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx

from .data import ITEM_BYTES
from .throughput import API_KEY, EXTRA_VARIANTS, HEADERS, TENANT, VARIANTS, Call, Factory, _drive

_RAW_HEADERS = [
    (b"Content-Type", b"application/json; charset=utf-8"),
    (b"Content-Length", str(len(ITEM_BYTES)).encode()),
    (b"Date", b"Wed, 26 Nov 2026 12:00:00 GMT"),
    (b"Server", b"Python/3.11 aiohttp/3.14.5"),
]
BASE = "http://bench.invalid/erp"


class InstantTransport(httpx.AsyncBaseTransport):
    """Answers every request with the item, as an httpx transport (for the generated client)."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=_RAW_HEADERS, content=ITEM_BYTES, request=request)


class InstantWire:
    """The same answer as the SDK's aiohttp transport hands it over (headers as aiohttp's)."""

    def __init__(self) -> None:
        from multidict import CIMultiDict, CIMultiDictProxy

        self._headers = CIMultiDictProxy(CIMultiDict((k.decode(), v.decode()) for k, v in _RAW_HEADERS))

    async def send(self, request: Any) -> Any:
        from commerce_sdk._wire import WireResponse

        return WireResponse(200, self._headers, ITEM_BYTES, request)

    async def aclose(self) -> None:
        return None


@contextlib.asynccontextmanager
async def _sdk(**options: Any) -> AsyncIterator[Call]:
    from commerce_sdk_clients.jtl_erp.api.item import get_item

    from commerce_sdk import JtlErp

    async with JtlErp(
        api_key=API_KEY,
        app_id="Bench/1.0.0",
        app_version="1.0.0",
        base_url=BASE,
        transport=InstantWire(),
        **options,
    ) as jtl:
        shop = jtl.tenant(TENANT)

        async def call(i: int) -> Any:
            return await shop.call(get_item, item_id=i)

        yield call


def _sdk_untraced() -> contextlib.AbstractAsyncContextManager[Call]:
    """`tracing=False`: the baseline of the tracing row (the default checks for a tracer
    provider on every call; with OpenTelemetry installed but no provider set it must cost
    nothing measurable)."""
    return _sdk(tracing=False)


@contextlib.asynccontextmanager
async def _sdk_typed() -> AsyncIterator[Call]:
    """The same call as `_sdk`, through the typed method (`shop.item.get_item`)."""
    from commerce_sdk import JtlErp

    async with JtlErp(
        api_key=API_KEY, app_id="Bench/1.0.0", app_version="1.0.0", base_url=BASE, transport=InstantWire()
    ) as jtl:
        shop = jtl.tenant(TENANT)

        async def call(i: int) -> Any:
            return await shop.item.get_item(item_id=i)

        yield call


@contextlib.asynccontextmanager
async def _generated() -> AsyncIterator[Call]:
    from commerce_sdk_clients.jtl_erp import Client
    from commerce_sdk_clients.jtl_erp.api.item import get_item

    async with httpx.AsyncClient(base_url=BASE, headers=HEADERS, transport=InstantTransport()) as http:
        client: Any = Client(base_url=BASE).set_async_httpx_client(http)

        async def call(i: int) -> Any:
            return await get_item.asyncio(item_id=i, client=client)

        yield call


@contextlib.asynccontextmanager
async def _floor() -> AsyncIterator[Call]:
    from commerce_sdk_clients.jtl_erp.api.item import get_item
    from multidict import CIMultiDict

    from commerce_sdk._decode import PARSE_CLIENT
    from commerce_sdk._wire import build

    client = PARSE_CLIENT  # what `call()` hands the generated parser
    transport = InstantWire()
    timeout = {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 10.0}

    async def call(i: int) -> Any:
        request = build(BASE, get_item._get_kwargs(item_id=i), {"timeout": timeout})
        request.headers = CIMultiDict(HEADERS)
        response = await transport.send(request)
        return get_item._parse_response(client=client, response=response)

    yield call


IN_MEMORY: dict[str, Callable[[], contextlib.AbstractAsyncContextManager[Call]]] = {
    "sdk": _sdk,
    "sdk_untraced": _sdk_untraced,
    "sdk_typed": _sdk_typed,
    "generated": _generated,
    "floor": _floor,
}


async def _in_memory(rounds: int, calls: int) -> dict[str, float]:
    best = dict.fromkeys(IN_MEMORY, float("inf"))
    async with contextlib.AsyncExitStack() as stack:
        made = {name: await stack.enter_async_context(factory()) for name, factory in IN_MEMORY.items()}
        for call in made.values():  # warm-up
            for i in range(50):
                await call(i)
        order = list(made.items())
        for n in range(rounds):  # interleaved; the best round is the least disturbed one
            # Every other round in reverse: no variant always runs first (or last) in a round.
            for name, call in order if n % 2 == 0 else reversed(order):
                started = time.perf_counter()
                for i in range(calls):
                    await call(i)
                best[name] = min(best[name], (time.perf_counter() - started) / calls)
    return {name: seconds * 1e6 for name, seconds in best.items()}


def in_memory(*, rounds: int, calls: int) -> dict[str, float]:
    """Microseconds per call (best round) for the SDK, the generated client and the floor."""
    return asyncio.run(_in_memory(rounds, calls))


# (variant, baseline) for `paired`; the first is an A/A: two default clients, what the
# method reports when there is no difference.
PAIRS = (("sdk", "sdk"), ("sdk", "sdk_untraced"))


async def _paired(variant: str, baseline: str, blocks: int, calls: int) -> dict[str, float]:
    async with IN_MEMORY[variant]() as a, IN_MEMORY[baseline]() as b:
        for call in (a, b):  # warm-up (the interpreter specialises the hot paths)
            for i in range(300):
                await call(i)
        gc.collect()
        clock = time.perf_counter_ns
        ratios, a_ns, b_ns = [], [], []
        for n in range(blocks):
            ta: list[int] = []
            tb: list[int] = []
            # Which of the two goes first alternates by block.
            first, second, t1, t2 = (a, b, ta, tb) if n % 2 == 0 else (b, a, tb, ta)
            for i in range(calls):
                started = clock()
                await first(i)
                middle = clock()
                await second(i)
                t1.append(middle - started)
                t2.append(clock() - middle)
            x, y = statistics.median(ta), statistics.median(tb)
            ratios.append(x / y)
            a_ns.append(x)
            b_ns.append(y)
    return {
        "ratio": statistics.median(ratios),
        "us": statistics.median(a_ns) / 1e3,
        "baseline_us": statistics.median(b_ns) / 1e3,
    }


def paired(*, blocks: int, calls: int) -> dict[str, dict[str, float]]:
    """Per pair in PAIRS: the median per-call time of each (us) and the median of the blocks'
    ratios.  Why not best-of-rounds: the machine is shared, and a round of a few ms is as
    likely to be preempted as not -- best rounds of two identical clients differed by 1-2 %
    from run to run.  Alternating call by call puts both under the same load; a call's median
    drops the ones a preemption or a GC pass hit (the two allocate alike).  A/A: ~1.000-1.001."""
    return {
        f"{variant}/{baseline}": asyncio.run(_paired(variant, baseline, blocks, calls))
        for variant, baseline in PAIRS
    }


@contextlib.contextmanager
def _count_socket_writes() -> Iterator[dict[str, float]]:
    """CPU and wall time spent inside the event loop's socket writes (`send()`)."""
    cls: Any = getattr(asyncio.selector_events, "_SelectorSocketTransport")  # noqa: B009 (private)
    original = cls.write
    spent = {"cpu": 0.0, "wall": 0.0}

    def write(self: Any, data: Any) -> None:
        cpu, wall = time.thread_time(), time.perf_counter()
        try:
            original(self, data)
        finally:
            spent["cpu"] += time.thread_time() - cpu
            spent["wall"] += time.perf_counter() - wall

    cls.write = write
    try:
        yield spent
    finally:
        cls.write = original


BREAKDOWN = ("raw aiohttp", "aiohttp + Item model", "floor/aiohttp", "sdk")


async def _split(
    factory: Factory, url: str, concurrency: int, duration: float, warmup: float
) -> dict[str, float]:
    with _count_socket_writes() as spent:
        async with factory(url) as call:
            await _drive(call, concurrency, warmup)
            gc.collect()
            spent.update(cpu=0.0, wall=0.0)
            cpu0 = time.process_time()
            done, elapsed = await _drive(call, concurrency, duration)
            cpu = time.process_time() - cpu0
    n = max(done, 1)
    return {
        "rps": done / elapsed,
        "cpu_us": cpu / n * 1e6,
        "send_cpu_us": spent["cpu"] / n * 1e6,
        "send_wall_us": spent["wall"] / n * 1e6,
        "rest_us": (cpu - spent["cpu"]) / n * 1e6,
        "wall_us": elapsed / n * 1e6,
    }


def breakdown(
    url: str, *, concurrency: int, reps: int, duration: float, warmup: float
) -> dict[str, dict[str, float]]:
    """Per request at `concurrency` (medians): wall time, client CPU, time inside `send()`
    (CPU, and wall -- which includes the time the client is stalled there), the rest of the CPU."""
    factories: dict[str, tuple[Factory, str]] = {**VARIANTS, **EXTRA_VARIANTS}
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in BREAKDOWN}
    for _ in range(reps):
        for name in BREAKDOWN:
            runs[name].append(asyncio.run(_split(factories[name][0], url, concurrency, duration, warmup)))
    return {
        name: {key: statistics.median(run[key] for run in samples) for key in samples[0]}
        for name, samples in runs.items()
    }
