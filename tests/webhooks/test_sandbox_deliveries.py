"""The sandbox's real Chift webhook deliveries, received by chift_webhook_app over loopback HTTP.

Webhook instances are made through the SDK and the generated webhook operations; events are
caused through the SDK (connection created/updated/deleted, a flow execution); the receiver
is the ASGI helper on uvicorn; delivery logs are read back through the spec's log operation.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field

import anyio.to_thread
import pytest
from commerce_sdk_clients.chift.api.connections import (
    connections_create_connection,
    connections_update_connection,
)
from commerce_sdk_clients.chift.api.syncs import syncs_execute_flow, syncs_get_syncs
from commerce_sdk_clients.chift.api.webhooks import (
    webhooks_create_webhook,
    webhooks_delete_webhook,
    webhooks_get_webhook_logs,
    webhooks_get_webhook_types,
    webhooks_get_webhooks,
    webhooks_update_webhook,
)
from commerce_sdk_clients.chift.models import (
    ExecuteFlowRequest,
    PatchConnectionItem,
    PostConnectionItem,
    WebhookInstancePatchItem,
    WebhookInstancePostItem,
)

from commerce_sdk import BadRequestError, Chift
from commerce_sdk.sandbox import Sandbox, SandboxConfig
from commerce_sdk.webhooks import ChiftWebhookEvent, chift_webhook_app

from .receiver import serve_asgi

SIGNING_SECRET = "sandbox-signing-secret-4d1c"


@dataclass
class Inbox:
    events: list[ChiftWebhookEvent] = field(default_factory=list)

    async def __call__(self, event: ChiftWebhookEvent) -> None:
        self.events.append(event)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(SandboxConfig(seed=11, tenants=2, items_per_tenant=5, chift_rows_per_list=5)) as sb:
        yield sb
        assert not sb.violations and not sb.app.internal_errors


@pytest.fixture
def inbox() -> Iterator[tuple[str, Inbox]]:
    received = Inbox()
    with serve_asgi(chift_webhook_app(SIGNING_SECRET, received, tolerance=60)) as url:
        yield f"{url}/chift", received


@pytest.fixture
async def chift(sandbox: Sandbox) -> AsyncIterator[Chift]:
    creds = sandbox.credentials.chift
    async with Chift(
        client_id=creds.client_id,
        client_secret=creds.client_secret,
        account_id=creds.account_id,
        base_url=sandbox.urls.chift,
    ) as client:
        yield client
        for hook in await client.untenanted.call(webhooks_get_webhooks):  # leave no instance behind
            await client.untenanted.call(webhooks_delete_webhook, webhookid=hook.webhookid)


async def subscribe(chift: Chift, event: str, url: str, secret: str | None = SIGNING_SECRET) -> str:
    body = WebhookInstancePostItem(event=event, url=url, signingsecret=secret)
    created = await chift.untenanted.call(webhooks_create_webhook, body=body)
    assert created.event == event and created.url == url and created.status == "active"
    return str(created.webhookid)


async def settle(sandbox: Sandbox) -> None:
    assert await anyio.to_thread.run_sync(sandbox.wait_webhooks, 10.0), "deliveries still in flight"


async def test_connection_events_are_delivered_signed_verified_and_logged(
    sandbox: Sandbox, chift: Chift, inbox: tuple[str, Inbox]
) -> None:
    url, received = inbox
    types = {t.event for t in await chift.untenanted.call(webhooks_get_webhook_types)}
    assert {"account.connection.created", "account.connection.updated"} <= types
    created_hook = await subscribe(chift, "account.connection.created", url)
    updated_hook = await subscribe(chift, "account.connection.updated", url)
    consumer_id = sandbox.credentials.chift.consumers[0]
    scope = chift.consumer(consumer_id)

    await scope.call(
        connections_create_connection, body=PostConnectionItem(integrationid=2001, name="Odoo Café")
    )
    await settle(sandbox)
    [event] = received.events
    assert event.event == "account.connection.created"
    assert event.account_id == sandbox.credentials.chift.account_id
    assert event.consumer_id == consumer_id
    assert event.payload["data"]["name"] == "Odoo Café" and event.payload["data"]["integrationid"] == 2001
    assert abs((event.created.timestamp()) - sandbox.app.runtime.clock()) < 60

    connection_id = event.payload["data"]["connectionid"]
    await scope.call(
        connections_update_connection,
        connectionid=connection_id,
        body=PatchConnectionItem(name="Odoo (renamed)"),
    )
    await settle(sandbox)
    assert [e.event for e in received.events] == ["account.connection.created", "account.connection.updated"]
    assert received.events[1].payload["data"]["name"] == "Odoo (renamed)"

    for hook in (created_hook, updated_hook):
        [log] = await chift.untenanted.call(webhooks_get_webhook_logs, webhookid=hook)
        assert log.httpstatus == 200 and log.url == url and str(log.webhookid) == hook


async def test_a_finished_flow_execution_is_delivered_per_consumer(
    sandbox: Sandbox, chift: Chift, inbox: tuple[str, Inbox]
) -> None:
    url, received = inbox
    hook = await subscribe(chift, "account.sync.flow.execution.finished", url)
    [sync, *_] = await chift.untenanted.call(syncs_get_syncs)
    flow = sync.flows[0]
    consumers = sandbox.credentials.chift.consumers
    answer = await chift.untenanted.call(
        syncs_execute_flow, syncid=sync.syncid, flowid=flow.id, body=ExecuteFlowRequest(consumers=consumers)
    )
    assert {c.status for c in answer.consumers} == {"started"}
    await settle(sandbox)
    assert sorted(e.consumer_id for e in received.events) == sorted(consumers)
    for event in received.events:
        assert event.event == "account.sync.flow.execution.finished"
        assert event.payload["data"]["executionid"] == answer.chainexecutionid
        assert event.payload["data"]["status"] == "success"
    logs = await chift.untenanted.call(webhooks_get_webhook_logs, webhookid=hook)
    assert [log.httpstatus for log in logs] == [200] * len(consumers)


async def test_bad_signature_fault_is_refused_by_the_receiver_and_logged_401(
    sandbox: Sandbox, chift: Chift, inbox: tuple[str, Inbox]
) -> None:
    url, received = inbox
    hook = await subscribe(chift, "account.connection.created", url)
    sandbox.set_webhook_bad_signature(True)
    try:
        await chift.consumer(sandbox.credentials.chift.consumers[1]).call(
            connections_create_connection, body=PostConnectionItem(integrationid=1001)
        )
        await settle(sandbox)
    finally:
        sandbox.set_webhook_bad_signature(False)
    assert received.events == []
    [log] = await chift.untenanted.call(webhooks_get_webhook_logs, webhookid=hook)
    assert log.httpstatus == 401


async def test_unsigned_inactive_and_unreachable_instances(
    sandbox: Sandbox, chift: Chift, inbox: tuple[str, Inbox]
) -> None:
    url, received = inbox
    unsigned = await subscribe(chift, "account.connection.created", f"{url}?unsigned", secret=None)
    paused = await subscribe(chift, "account.connection.created", f"{url}?paused")
    dead = await subscribe(chift, "account.connection.created", "http://127.0.0.1:9/nobody-listens")
    await chift.untenanted.call(
        webhooks_update_webhook, webhookid=paused, body=WebhookInstancePatchItem(status="inactive")
    )
    with pytest.raises(BadRequestError, match="same url and type"):
        await subscribe(chift, "account.connection.created", f"{url}?paused")
    await chift.consumer(sandbox.credentials.chift.consumers[0]).call(
        connections_create_connection, body=PostConnectionItem(integrationid=1002)
    )
    await settle(sandbox)
    assert received.events == []
    statuses = {
        hook: [
            log.httpstatus for log in await chift.untenanted.call(webhooks_get_webhook_logs, webhookid=hook)
        ]
        for hook in (unsigned, paused, dead)
    }
    assert statuses == {unsigned: [401], paused: [], dead: [0]}  # no secret: no signature header


async def test_deliveries_do_not_hold_up_the_api(sandbox: Sandbox, chift: Chift) -> None:
    """A receiver that never answers in time does not slow the triggering call."""

    async def slow(scope: object, receive: object, send: object) -> None:
        await asyncio.sleep(3)

    with serve_asgi(slow) as url:
        await subscribe(chift, "account.connection.created", url)
        started = asyncio.get_running_loop().time()
        await chift.consumer(sandbox.credentials.chift.consumers[0]).call(
            connections_create_connection, body=PostConnectionItem(integrationid=1001)
        )
        assert asyncio.get_running_loop().time() - started < 1.0
        await settle(sandbox)
