"""Unit tests of single policies (mock transport / no network); the HTTP-level proof is elsewhere."""

from __future__ import annotations

import email.utils
import time

import anyio
import httpx
import pytest

from commerce_sdk import RetryPolicy, Timeouts
from commerce_sdk._auth import SingleFlight
from commerce_sdk._manifest import load_manifest
from commerce_sdk._pipeline import Pipeline, retry_after_seconds
from commerce_sdk._transport import HttpxTransport


def make_pipeline(policy: RetryPolicy, handler: httpx.MockTransport, sleeps: list[float]) -> Pipeline:
    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    return Pipeline(
        transport=HttpxTransport(handler),
        auth=None,
        manifest=load_manifest("commerce_sdk_clients.jtl_erp"),
        base_headers={},
        timeouts=Timeouts(),
        retry=policy,
        sleep=sleep,
    )


async def test_backoff_ceiling_doubles_up_to_the_max(monkeypatch: pytest.MonkeyPatch) -> None:
    """Full jitter: each delay is uniform in [0, min(max, base * 2**attempt)]."""
    bounds: list[tuple[float, float]] = []

    def fake_uniform(a: float, b: float) -> float:
        bounds.append((a, b))
        return b

    monkeypatch.setattr("commerce_sdk._pipeline.random.uniform", fake_uniform)
    sleeps: list[float] = []
    transport = httpx.MockTransport(lambda request: httpx.Response(503))
    pipeline = make_pipeline(RetryPolicy(max_retries=6, backoff_base=0.5, backoff_max=8.0), transport, sleeps)
    response = await pipeline.handle_async_request(httpx.Request("GET", "http://test/items/1"))
    assert response.status_code == 503
    assert bounds == [(0.0, c) for c in (0.5, 1.0, 2.0, 4.0, 8.0, 8.0)]
    assert sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


async def test_retry_after_wins_over_backoff() -> None:
    sleeps: list[float] = []
    answers = iter([httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200)])
    transport = httpx.MockTransport(lambda request: next(answers))
    pipeline = make_pipeline(RetryPolicy(backoff_base=0.01), transport, sleeps)
    assert (await pipeline.handle_async_request(httpx.Request("GET", "http://test/x"))).status_code == 200
    assert sleeps == [3.0]


def test_retry_after_parsing() -> None:
    assert retry_after_seconds("5", cap=60) == 5.0
    assert retry_after_seconds(" 2.5 ", cap=60) == 2.5
    assert retry_after_seconds("120", cap=60) == 60.0  # capped
    assert retry_after_seconds("-4", cap=60) == 0.0
    assert retry_after_seconds(None, cap=60) is None
    assert retry_after_seconds("", cap=60) is None
    assert retry_after_seconds("soon", cap=60) is None
    date = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 28.0 <= (retry_after_seconds(date, cap=60) or 0) <= 30.0
    past = email.utils.formatdate(time.time() - 30, usegmt=True)
    assert retry_after_seconds(past, cap=60) == 0.0


async def test_single_flight_cancelled_leader_hands_over() -> None:
    """If the caller leading a refresh is cancelled, a waiter leads a new one instead of failing."""
    flight: SingleFlight[str] = SingleFlight()
    calls: list[str] = []
    results: list[str] = []

    async def fetch() -> str:
        calls.append("x")
        await anyio.sleep(0.05)
        return f"token-{len(calls)}"

    async with anyio.create_task_group() as tg:
        leader_scope = anyio.CancelScope()

        async def leader() -> None:
            with leader_scope:
                await flight.run(fetch)

        async def waiter() -> None:
            results.append(await flight.run(fetch))

        tg.start_soon(leader)
        await anyio.sleep(0.01)
        tg.start_soon(waiter)
        await anyio.sleep(0.01)
        leader_scope.cancel()
    assert results == ["token-2"]
    assert len(calls) == 2
