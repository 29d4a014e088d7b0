"""`make demo`: a back-office run across JTL-Wawi, Chift and Pack.cloud on the embedded sandbox.

Starts the sandbox on 127.0.0.1, then: registers a JTL app and receives its key; pages
through a tenant's items with a progress line; updates an item's price and reads it
back; configures a worker sync; creates a sales order with two line items and reads
them back (an operation only the full vendor spec has); gets a Chift token and reads sync
info for two consumers; registers a local Chift webhook receiver, makes the sandbox send a
signed event to it and prints the verified event; lists Pack.cloud integrations and
triggers a product and a stock sync.
No credentials, no network beyond 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import secrets
import socket
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import uvicorn
from commerce_sdk_clients.chift.api.connections import connections_create_connection
from commerce_sdk_clients.chift.api.consumers import syncs_get_syncconsumer
from commerce_sdk_clients.chift.api.syncs import syncs_get_syncs
from commerce_sdk_clients.chift.api.webhooks import (
    webhooks_create_webhook,
    webhooks_delete_webhook,
    webhooks_get_webhook_logs,
)
from commerce_sdk_clients.chift.models import PostConnectionItem, WebhookInstancePostItem
from commerce_sdk_clients.jtl_erp.api.item import get_item, query_items, update_item
from commerce_sdk_clients.jtl_erp.api.salesorder import (
    create_sales_order,
    create_sales_order_line_item,
    query_sales_order_line_items,
)
from commerce_sdk_clients.jtl_erp.api.worker import configure_sync
from commerce_sdk_clients.jtl_erp.models import (
    CreateAppRegistrationRequest,
    CreateSalesOrder,
    CreateSalesOrderLineItem,
    CreateWorkerSyncConfiguration,
    UpdateItem,
    UpdateItemPrice,
)
from commerce_sdk_clients.packcloud.api.integrations import (
    list_integrations,
    sync_integration_product_stocks,
    sync_integration_products,
)

from commerce_sdk import Chift, JtlErp, PackCloud, register_app
from commerce_sdk.sandbox import Sandbox, SandboxConfig
from commerce_sdk.webhooks import ChiftWebhookEvent, chift_webhook_app

timings: list[tuple[str, float, str]] = []


@contextmanager
def step(name: str) -> Iterator[list[str]]:
    note: list[str] = []
    started = time.perf_counter()
    print(f"- {name} ...", flush=True)
    yield note
    elapsed = time.perf_counter() - started
    timings.append((name, elapsed, note[0] if note else ""))


@asynccontextmanager
async def local_receiver(app: Any) -> AsyncIterator[str]:
    """Serve an ASGI app on 127.0.0.1 (a free port) on this event loop; yields its URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, log_level="warning", lifespan="off"))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        await asyncio.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/chift-webhooks"
    finally:
        server.should_exit = True
        await task
        sock.close()


async def main() -> int:
    async with Sandbox(SandboxConfig(seed=7)) as sb:
        creds = sb.credentials
        tenant = creds.jtl_erp.tenants[0]
        print(f"sandbox on {sb.base_url}")

        with step("JTL: register app and receive its API key") as note:
            request = CreateAppRegistrationRequest(
                app_id="commerce-sdk-demo/1.0.0",
                display_name="commerce-sdk demo",
                description="Back-office demo",
                version="1.0.0",
                provider_name="commerce-sdk",
                provider_website="https://example.invalid",
                mandatory_api_scopes=["all.read", "item.updateitem"],
                app_icon="aWNvbg==",
            )
            app = await register_app(
                request,
                tenant_id=tenant,
                challenge_code="demo-challenge",
                poll_interval=0.1,
                wait_timeout=30,
                on_pending=lambda message: print(f"    {message}"),
                base_url=sb.urls.jtl_erp,
            )
            note.append(f"key received for {app.app_id} ({app.api_key!r})")

        async with JtlErp(
            api_key=app.api_key.reveal(),
            app_id=app.app_id,
            app_version="1.0.0",
            base_url=sb.urls.jtl_erp,
        ) as jtl:
            shop = jtl.tenant(tenant)
            with step("JTL: page through the tenant's items") as note:
                count = 0
                total = None
                async for page in shop.pages(query_items, page_size=100):
                    count += len(page.items)
                    total = page.total
                    if page.number % 5 == 0 or not page.has_next:
                        bar = "#" * (20 * count // max(total or count, 1))
                        print(f"    [{bar:<20}] {count}/{total} items", flush=True)
                note.append(f"{count} items in {-(-count // 100)} pages")
            first_id = 1
            with step("JTL: update an item's price and read it back") as note:
                before = await shop.call(get_item, item_id=first_id)
                new_price = round(before.item_price_data.sales_price_net + 1.5, 2)
                await shop.call(
                    update_item,
                    item_id=first_id,
                    body=UpdateItem(item_price_data=UpdateItemPrice(sales_price_net=new_price)),
                )
                after = await shop.call(get_item, item_id=first_id)
                assert after.item_price_data.sales_price_net == new_price, "price did not change"
                note.append(f"item {first_id}: {before.item_price_data.sales_price_net} -> {new_price}")
            with step("JTL: configure a worker sync") as note:
                sync = await shop.call(
                    configure_sync,
                    sync_id=1,
                    body=CreateWorkerSyncConfiguration(interval="00:10:00"),
                )
                note.append(f"{sync.sync_name}: interval {sync.interval}")
            with step("JTL: create a sales order with two line items and read them back") as note:
                order = await shop.call(
                    create_sales_order,
                    body=CreateSalesOrder(company_id=1, customer_id=1, external_number="DEMO-1001"),
                )
                lines_sent = [
                    CreateSalesOrderLineItem(
                        quantity=2, item_id=first_id, name="Travel mug", sales_price_net=12.5
                    ),
                    CreateSalesOrderLineItem(quantity=1, item_id=2, name="Kettle", sales_price_net=39.0),
                ]
                await shop.call(create_sales_order_line_item, sales_order_id=order.id, body=lines_sent)
                read_back = await shop.call(query_sales_order_line_items, sales_order_id=order.id)
                got = [(line.name, line.quantity) for line in read_back]
                assert got == [("Travel mug", 2), ("Kettle", 1)], f"line items read back: {got}"
                note.append(
                    f"order {order.id} ({order.external_number}): " + ", ".join(f"{q} x {n}" for n, q in got)
                )

        async with Chift(
            client_id=creds.chift.client_id,
            client_secret=creds.chift.client_secret,
            account_id=creds.chift.account_id,
            base_url=sb.urls.chift,
        ) as chift:
            with step("Chift: token, then sync info for two consumers") as note:
                syncs = await chift.untenanted.call(syncs_get_syncs)
                sync_id = syncs[0].syncid
                lines = []
                for consumer_id in creds.chift.consumers[:2]:
                    info = await chift.consumer(consumer_id).call(syncs_get_syncconsumer, syncid=sync_id)
                    lines.append(f"{consumer_id[:8]}: {info.status}")
                note.append(f"{chift.token_auth.requests} token request(s); " + ", ".join(lines))
            with step("Chift: receive a signed webhook on a local receiver") as note:
                received: asyncio.Queue[ChiftWebhookEvent] = asyncio.Queue()
                signing_secret = secrets.token_hex(16)  # never printed
                receiver = chift_webhook_app(signing_secret, received.put, tolerance=300)
                async with local_receiver(receiver) as url:
                    hook = await chift.untenanted.call(
                        webhooks_create_webhook,
                        body=WebhookInstancePostItem(
                            event="account.connection.created", url=url, signingsecret=signing_secret
                        ),
                    )
                    consumer = chift.consumer(creds.chift.consumers[0])
                    await consumer.call(
                        connections_create_connection,
                        body=PostConnectionItem(integrationid=2001, name="Odoo (demo)"),
                    )
                    event = await asyncio.wait_for(received.get(), timeout=10)
                    print(
                        f"    verified {event.event} for consumer {event.consumer_id[:8]} at "
                        f"{event.created.isoformat()}: connection {event.payload['data']['name']!r}"
                    )
                    logs = await chift.untenanted.call(webhooks_get_webhook_logs, webhookid=hook.webhookid)
                    while not logs:  # logged once the receiver's answer is in
                        await asyncio.sleep(0.02)
                        logs = await chift.untenanted.call(
                            webhooks_get_webhook_logs, webhookid=hook.webhookid
                        )
                    await chift.untenanted.call(webhooks_delete_webhook, webhookid=hook.webhookid)
                note.append(f"{event.event} verified; delivery logged with HTTP {logs[0].httpstatus}")

        async with PackCloud(token=creds.packcloud.token, base_url=sb.urls.packcloud) as pack:
            org = pack.organization(creds.packcloud.organizations[0])
            with step("Pack.cloud: list integrations, trigger product and stock syncs") as note:
                integrations = [i async for i in org.paginate(list_integrations)]
                shop_integration = next(
                    (i for i in integrations if str(i.category) == "shop"), integrations[0]
                )
                products = await org.call(sync_integration_products, integration_id=shop_integration.id)
                stocks = await org.call(sync_integration_product_stocks, integration_id=shop_integration.id)
                note.append(
                    f"{len(integrations)} integrations; products sync {products.status}, "
                    f"stock sync {stocks.status}"
                )

    print("\nSummary")
    for name, elapsed, note_text in timings:
        print(f"  {elapsed * 1000:8.1f} ms  {name}: {note_text}")
    print(f"  total {sum(t for _, t, _ in timings):.2f}s; sandbox stopped")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
