"""A user's integration: every line must type-check under mypy --strict and pyright strict.

Not collected by pytest (no test_ prefix): `test_type_checkers.py` runs the type checkers on it.
"""

from __future__ import annotations

from typing import Any, assert_type

from commerce_sdk_clients.chift.models.commerce_product_item import CommerceProductItem
from commerce_sdk_clients.jtl_erp.api.item import get_item
from commerce_sdk_clients.jtl_erp.client import AuthenticatedClient
from commerce_sdk_clients.jtl_erp.models.error_response import ErrorResponse
from commerce_sdk_clients.jtl_erp.models.item import Item
from commerce_sdk_clients.jtl_erp.models.paged_list_of_item import PagedListOfItem
from commerce_sdk_clients.jtl_erp.models.update_item import UpdateItem
from commerce_sdk_clients.packcloud.models.integration import Integration

from commerce_sdk import (
    ApiResponse,
    APIStatusError,
    Chift,
    ChiftScope,
    JtlErp,
    JtlErpScope,
    NotFoundError,
    PackCloud,
    PackCloudScope,
    Page,
)


async def jtl_integration(jtl: JtlErp) -> None:
    shop = jtl.tenant("3fa85f64-5717-4562-b3fc-2c963f66afa6")
    assert_type(shop, JtlErpScope)
    assert_type(jtl.untenanted, JtlErpScope)

    item = await shop.item.get_item(item_id=1)  # a model, never None or an error model
    assert_type(item, Item)
    assert_type(item.sku, str)
    updated = await shop.item.update_item(item_id=1, body=UpdateItem())
    assert_type(updated, Item)
    await shop.customer.delete_customer_note(customer_id=1, note_id=2)  # no content: returns None

    first = await shop.item.query_items(page_size=10)
    assert_type(first, PagedListOfItem)
    async for one in shop.item.query_items.paginate(page_size=100, search_key_word="goggles"):
        assert_type(one, Item)
    async for page in shop.item.query_items.pages(page_size=100, start_page=2):
        assert_type(page, Page[Item])
        assert_type(page.items, list[Item])
        assert_type(page.total, int | None)

    raw = await shop.call_raw(get_item, item_id=1)  # the generic path stays available
    assert_type(raw, ApiResponse[Any])
    assert_type(raw.status_code, int)
    assert_type(shop.client, AuthenticatedClient)
    direct = await get_item.asyncio(item_id=1, client=shop.client)  # raises typed errors too
    assert_type(direct, Any | ErrorResponse | Item | None)

    try:
        await shop.item.get_item(item_id=404)
    except NotFoundError as exc:
        assert_type(exc.status_code, int)
        assert_type(exc.request_id, str | None)
    except APIStatusError as exc:
        assert_type(exc.body, str)


async def chift_integration(chift: Chift) -> None:
    acme = chift.consumer("consumer-uuid")
    assert_type(acme, ChiftScope)
    async for product in acme.e_commerce.ecommerce_get_products.paginate(page_size=50):
        assert_type(product, CommerceProductItem)


async def pack_integration(pack: PackCloud) -> None:
    org = pack.organization("org-1")
    assert_type(org, PackCloudScope)
    got = await org.integrations.get_integration(integration_id="i-1")
    assert_type(got, Integration)
    async for integration in org.integrations.list_integrations.paginate():
        assert_type(integration, Integration)
