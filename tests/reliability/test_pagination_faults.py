"""1. Faults during pagination: 5,000 JTL items through every injected fault kind.

At ~10% of page requests the sandbox resets the connection, answers 500/502/503, answers
429 with Retry-After, answers slower than the read timeout, cuts the body short of its
Content-Length, cuts the JSON in half, or serves an HTML error page with status 200.
Retries must hide all of it: every item exactly once.  When every attempt fails (rate 1.0)
the caller gets a typed SDK error, never a KeyError/JSONDecodeError/httpx error.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterator

import pytest
from commerce_sdk_clients.jtl_erp.api.item import query_items

from commerce_sdk import (
    APIConnectionError,
    APITimeoutError,
    CommerceError,
    DecodeError,
    JtlErp,
    RateLimitError,
    RetryPolicy,
    ServerError,
    Timeouts,
)
from commerce_sdk.sandbox import Fault, RequestRecord, Sandbox, SandboxConfig

from ._support import figure

ITEMS = 5000
PAGE = 100
ROUTE = "GET /erp/items"
READ_TIMEOUT = 0.25

# kind label -> the fault at ~10% and the typed error expected when it hits every attempt
FAULTS: dict[str, tuple[Fault, type[CommerceError]]] = {
    "drop": (Fault("drop", route=ROUTE, rate=0.1), APIConnectionError),
    "error-5xx": (Fault("error", route=ROUTE, rate=0.1, statuses=(500, 502, 503)), ServerError),
    "429-retry-after": (Fault("rate_limit", route=ROUTE, rate=0.1, retry_after=1), RateLimitError),
    "slow": (Fault("latency", route=ROUTE, rate=0.1, latency=READ_TIMEOUT + 0.35), APITimeoutError),
    "truncated-body": (Fault("truncate", route=ROUTE, rate=0.1, truncate="length"), APIConnectionError),
    "truncated-json": (Fault("truncate", route=ROUTE, rate=0.1, truncate="json"), DecodeError),
    "html-200": (Fault("html", route=ROUTE, rate=0.1), DecodeError),
}

# Generous retries, tiny backoff, Retry-After honoured but capped small: fast and certain.
PATIENT = RetryPolicy(max_retries=12, backoff_base=0.01, backoff_max=0.05, retry_after_cap=0.05)
IMPATIENT = RetryPolicy(max_retries=2, backoff_base=0.01, backoff_max=0.05, retry_after_cap=0.05)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(SandboxConfig(items_per_tenant=ITEMS, validate_responses=False)) as sb:
        yield sb


def client(sb: Sandbox, transport: str, retry: RetryPolicy) -> JtlErp:
    creds = sb.credentials.jtl_erp
    return JtlErp(
        creds.api_key,
        creds.app_id,
        creds.app_version,
        base_url=sb.urls.jtl_erp,
        transport=transport,
        retry=retry,
        timeout=Timeouts(read=READ_TIMEOUT, total=60),
    )


async def page_all(sb: Sandbox, transport: str, retry: RetryPolicy) -> list[int]:
    ids: list[int] = []
    async with client(sb, transport, retry) as jtl:
        shop = jtl.tenant(sb.credentials.jtl_erp.tenants[0])
        async for item in shop.paginate(query_items, page_size=PAGE):
            ids.append(item.id)
    return ids


def page_requests(sb: Sandbox, since: float) -> list[RequestRecord]:
    """Page requests that *arrived* after `since` (a slow one from an earlier test is logged late)."""
    return [r for r in sb.requests if r.route == ROUTE and r.time - r.duration >= since]


def check_exactly_once(test: str, ids: list[int], sb: Sandbox, started: float, wall: float) -> None:
    expected = list(range(1, ITEMS + 1))
    counts = Counter(ids)
    lost = len(set(expected) - set(ids))
    duplicated = sum(n - 1 for n in counts.values() if n > 1)
    records = page_requests(sb, wall)
    requests = len(records)
    injected = sum(1 for r in records if r.fault)
    figure(test, "items/lost/duplicated", f"{len(ids)}/{lost}/{duplicated}")
    figure(test, "page requests/faults injected", f"{requests}/{injected}")
    figure(test, "seconds", time.perf_counter() - started)
    assert injected > 0, "no fault was injected: the test proves nothing"
    assert (lost, duplicated) == (0, 0)
    assert ids == expected  # and in order


@pytest.mark.parametrize("kind", list(FAULTS))
async def test_every_item_exactly_once_through_faults(sandbox: Sandbox, kind: str) -> None:
    fault, _ = FAULTS[kind]
    sandbox.set_faults([fault])
    started, wall = time.perf_counter(), time.time()
    try:
        ids = await page_all(sandbox, "auto", PATIENT)
    finally:
        sandbox.set_faults([])
    check_exactly_once(f"pagination[{kind}]", ids, sandbox, started, wall)


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_every_item_exactly_once_through_all_faults_at_once(sandbox: Sandbox, transport: str) -> None:
    """Every kind at ~1.5% each (~10% of page requests in all), on both transports."""
    mixed = [
        Fault(
            f.kind,
            route=f.route,
            rate=0.015,
            latency=f.latency,
            retry_after=f.retry_after,
            truncate=f.truncate,
        )
        for f, _ in FAULTS.values()
    ]
    sandbox.set_faults(mixed)
    started, wall = time.perf_counter(), time.time()
    try:
        ids = await page_all(sandbox, transport, PATIENT)
    finally:
        sandbox.set_faults([])
    check_exactly_once(f"pagination[mixed,{transport}]", ids, sandbox, started, wall)


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
@pytest.mark.parametrize("kind", list(FAULTS))
async def test_fault_on_every_attempt_is_a_typed_error(sandbox: Sandbox, kind: str, transport: str) -> None:
    fault, expected = FAULTS[kind]
    always = Fault(
        fault.kind,
        route=fault.route,
        rate=1.0,
        latency=fault.latency,
        retry_after=fault.retry_after,
        truncate=fault.truncate,
        statuses=fault.statuses,
    )
    sandbox.set_faults([always])
    wall = time.time()
    seen: list[int] = []
    try:
        with pytest.raises(CommerceError) as info:
            async with client(sandbox, transport, IMPATIENT) as jtl:
                shop = jtl.tenant(sandbox.credentials.jtl_erp.tenants[0])
                async for item in shop.paginate(query_items, page_size=PAGE):
                    seen.append(item.id)
    finally:
        sandbox.set_faults([])
    if fault.latency:
        await asyncio.sleep(fault.latency + 0.1)  # the sandbox logs a slow request once it answers
    error = info.value
    attempts = len(page_requests(sandbox, wall))
    figure(f"pagination-fails[{kind},{transport}]", "error/attempts", f"{type(error).__name__}/{attempts}")
    assert isinstance(error, expected), repr(error)
    assert seen == []
    # the SDK's own retries: 1 + max_retries (aiohttp may resend once more on a reset keep-alive)
    assert 3 <= attempts <= 6
    # nothing of the cause leaks: no chained KeyError/JSONDecodeError/httpx error to catch by accident
    assert error.__cause__ is None or isinstance(error.__cause__, CommerceError)
