"""2. Non-idempotent safety: POST/PATCH are never retried unless the caller opts in.

Every call carries its own `x-call-id` header; the sandbox logs every request it received,
so a resent request shows up as a second receipt of the same id.  Under 500s, dropped
connections, truncated bodies and undecodable 2xx answers (at every attempt), each POST and
PATCH must reach the server exactly once; with `retry_non_idempotent=True` they are retried.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterator

import pytest
from commerce_sdk_clients.jtl_erp.api.item import create_item, update_item
from commerce_sdk_clients.jtl_erp.models import CreateCategoryReference, CreateItem, UpdateItem

from commerce_sdk import CommerceError, JtlErp, RequestOptions, RetryPolicy
from commerce_sdk.sandbox import Fault, Sandbox, SandboxConfig

from ._support import figure

CALLS = 25  # per method and fault kind
MAX_RETRIES = 2
ROUTES = ("POST /erp/items", "PATCH /erp/items/*")
KINDS: dict[str, dict[str, object]] = {
    "error-500": {"kind": "error", "statuses": (500, 502, 503)},
    "drop": {"kind": "drop"},
    "truncated-body": {"kind": "truncate", "truncate": "length"},
    "truncated-json": {"kind": "truncate", "truncate": "json"},
    "html-200": {"kind": "html"},
}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(SandboxConfig(items_per_tenant=200)) as sb:
        yield sb


def faults(kind: str) -> list[Fault]:
    spec = KINDS[kind]
    return [Fault(route=route, rate=1.0, **spec) for route in ROUTES]  # type: ignore[arg-type]


async def run_calls(sb: Sandbox, transport: str, tag: str, opt_in: bool) -> tuple[int, Counter[str]]:
    """CALLS POSTs and CALLS PATCHes, concurrently; returns (typed errors, receipts per call id)."""
    creds = sb.credentials.jtl_erp
    policy = RetryPolicy(max_retries=MAX_RETRIES, backoff_base=0.01, backoff_max=0.02)
    started = time.time()
    async with JtlErp(
        creds.api_key,
        creds.app_id,
        creds.app_version,
        base_url=sb.urls.jtl_erp,
        transport=transport,
        retry=policy,
    ) as jtl:
        shop = jtl.tenant(creds.tenants[0])

        def options(call_id: str) -> RequestOptions:
            return RequestOptions(headers={"x-call-id": call_id}, retry_non_idempotent=opt_in)

        body = CreateItem(categories=[CreateCategoryReference(category_id=1)], name="reliability")
        calls = [
            shop.call(create_item, body=body, options=options(f"{tag}-post-{n}")) for n in range(CALLS)
        ] + [
            shop.call(
                update_item, item_id=n + 1, body=UpdateItem(name="x"), options=options(f"{tag}-patch-{n}")
            )
            for n in range(CALLS)
        ]
        results = await asyncio.gather(*calls, return_exceptions=True)
    untyped = [r for r in results if isinstance(r, BaseException) and not isinstance(r, CommerceError)]
    assert not untyped, untyped[:3]
    errors = sum(isinstance(r, CommerceError) for r in results)
    receipts = Counter(
        r.header("x-call-id") or "?"
        for r in sb.requests
        if r.time - r.duration >= started and (r.header("x-call-id") or "").startswith(tag + "-")
    )
    return errors, receipts


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
@pytest.mark.parametrize("kind", list(KINDS))
async def test_post_and_patch_are_sent_once_under_faults(sandbox: Sandbox, kind: str, transport: str) -> None:
    sandbox.set_faults(faults(kind))
    try:
        errors, receipts = await run_calls(sandbox, transport, f"{kind}-{transport}-plain", opt_in=False)
    finally:
        sandbox.set_faults([])
    duplicates = sum(n - 1 for n in receipts.values())
    figure(
        f"non-idempotent[{kind},{transport}]",
        "calls/receipts/duplicates/typed errors",
        f"{2 * CALLS}/{sum(receipts.values())}/{duplicates}/{errors}",
    )
    assert errors == 2 * CALLS  # every call failed (rate 1.0) with a typed error...
    assert len(receipts) == 2 * CALLS  # ...after reaching the server...
    assert duplicates == 0  # ...exactly once


@pytest.mark.parametrize("kind", list(KINDS))
async def test_opted_in_post_and_patch_are_retried(sandbox: Sandbox, kind: str) -> None:
    sandbox.set_faults(faults(kind))
    try:
        errors, receipts = await run_calls(sandbox, "auto", f"{kind}-optin", opt_in=True)
    finally:
        sandbox.set_faults([])
    figure(
        f"non-idempotent-opt-in[{kind}]",
        "calls/receipts",
        f"{2 * CALLS}/{sum(receipts.values())}",
    )
    assert errors == 2 * CALLS
    assert len(receipts) == 2 * CALLS
    # each call was sent 1 + MAX_RETRIES times (aiohttp may add one resend on a reset keep-alive)
    assert all(MAX_RETRIES + 1 <= n <= 2 * (MAX_RETRIES + 1) for n in receipts.values()), receipts
