"""3. Token storm: 1,000 concurrent Chift calls with an expired token -> exactly 1 token request.

The sandbox issues Chift tokens that really expire (the server refuses them afterwards).
After the first token has expired, 1,000 calls start at once: they must share one refresh.
When the token endpoint fails, every waiter gets the very same authentication error, and
the next call tries again.
"""

from __future__ import annotations

import asyncio
import time
import traceback
from collections.abc import Iterator

import pytest
from commerce_sdk_clients.chift.api.consumers import consumers_get_consumer

from commerce_sdk import AuthenticationError, Chift, RetryPolicy, TokenRequestError
from commerce_sdk.sandbox import Fault, Sandbox, SandboxConfig

from ._support import figure

STORM = 1000
LIFETIME = 3.0  # seconds; the storm must finish well inside one lifetime (checked below)
TOKEN_ROUTE = "POST /chift/token"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(SandboxConfig(chift_token_lifetime=LIFETIME, tenants=10)) as sb:
        yield sb


def chift(sb: Sandbox) -> Chift:
    creds = sb.credentials.chift
    return Chift(
        creds.client_id,
        creds.client_secret,
        creds.account_id,
        base_url=sb.urls.chift,
        retry=RetryPolicy(max_retries=2, backoff_base=0.01, backoff_max=0.05),
    )


def token_requests(sb: Sandbox) -> int:
    return sum(1 for r in sb.requests if r.route == TOKEN_ROUTE)


async def test_one_token_request_for_1000_concurrent_calls_after_expiry(sandbox: Sandbox) -> None:
    consumers = sandbox.credentials.chift.consumers
    async with chift(sandbox) as client:
        scopes = [client.consumer(c) for c in consumers]
        await scopes[0].call(consumers_get_consumer)  # the first token
        first = [r.header("authorization") for r in sandbox.requests if r.route != TOKEN_ROUTE]
        await asyncio.sleep(LIFETIME + 0.2)  # now expired for the client *and* the server
        sandbox.reset_log()
        started = time.perf_counter()
        results = await asyncio.gather(
            *(scopes[i % len(scopes)].call(consumers_get_consumer) for i in range(STORM)),
            return_exceptions=True,
        )
        storm_seconds = time.perf_counter() - started
    failures = [r for r in results if isinstance(r, BaseException)]
    records = sandbox.requests
    calls = [r for r in records if r.route != TOKEN_ROUTE]
    used = {r.header("authorization") for r in calls}
    figure("token-storm", "concurrent calls/failures", f"{STORM}/{len(failures)}")
    figure("token-storm", "token requests", token_requests(sandbox))
    figure("token-storm", "401 answers", sum(1 for r in calls if r.status == 401))
    figure("token-storm", "storm seconds", storm_seconds)
    assert storm_seconds < LIFETIME, "the storm outlived the token: the figure would not be meaningful"
    assert failures == []
    assert token_requests(sandbox) == 1
    assert len(calls) == STORM and all(r.status == 200 for r in calls)
    assert len(used) == 1 and used.isdisjoint(first)  # everyone used the one fresh token


async def test_failing_token_endpoint_one_error_for_every_waiter_then_retry(sandbox: Sandbox) -> None:
    consumers = sandbox.credentials.chift.consumers
    sandbox.set_faults(
        [
            Fault("latency", route=TOKEN_ROUTE, latency=0.3),  # everyone arrives while it is in flight
            Fault("error", route=TOKEN_ROUTE, statuses=(503,)),
        ]
    )
    async with chift(sandbox) as client:
        scopes = [client.consumer(c) for c in consumers]
        errors = await asyncio.gather(
            *(scopes[i % len(scopes)].call(consumers_get_consumer) for i in range(STORM)),
            return_exceptions=True,
        )
        failed_requests = token_requests(sandbox)
        api_requests = sum(1 for r in sandbox.requests if r.route != TOKEN_ROUTE)
        kinds = {type(e).__name__ for e in errors}
        distinct = len({id(e) for e in errors})
        shared = errors[0]
        assert isinstance(shared, BaseException)
        frames = len(traceback.extract_tb(shared.__traceback__))
        sandbox.set_faults([])
        recovered = await scopes[0].call(consumers_get_consumer)  # the next call tries again
    figure("token-failure", "waiters/distinct errors/error type", f"{STORM}/{distinct}/{'+'.join(kinds)}")
    figure(
        "token-failure", "token requests/API requests during the storm", f"{failed_requests}/{api_requests}"
    )
    figure("token-failure", "traceback frames of the shared error", frames)
    figure("token-failure", "token requests after recovery", token_requests(sandbox))
    assert all(isinstance(e, TokenRequestError) for e in errors), kinds
    assert isinstance(shared, AuthenticationError)
    assert distinct == 1  # the very same error object for every waiter
    assert failed_requests == 1
    assert frames < 50  # re-raising it 1,000 times did not grow its traceback
    assert recovered is not None
    assert token_requests(sandbox) == 2
    assert api_requests == 0  # no API request went out without a token
