"""The typed surface against the sandbox: `scope.<tag>.<operation>()` returns the success model,
pages and items are typed models, errors raise the facade's typed errors, misuse is explained."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from commerce_sdk_clients.chift.api.e_commerce import ecommerce_get_products
from commerce_sdk_clients.jtl_erp.api.item import get_item, query_items
from commerce_sdk_clients.jtl_erp.models.item import Item
from commerce_sdk_clients.jtl_erp.models.paged_list_of_item import PagedListOfItem
from commerce_sdk_clients.packcloud.models.integration import Integration

from commerce_sdk import ConfigurationError, NotFoundError, Page
from commerce_sdk.sandbox import Sandbox

from .conftest import chift, jtl, pack


def _tenant(sb: Sandbox) -> str:
    return sb.credentials.jtl_erp.tenants[0]


async def test_typed_method_returns_the_model_the_generic_call_returns(sandbox: Sandbox) -> None:
    async with jtl(sandbox) as client:
        shop = client.tenant(_tenant(sandbox))
        typed = await shop.item.get_item(item_id=3)
        generic = await shop.call(get_item, item_id=3)
        assert isinstance(typed, Item) and typed.id == 3
        assert typed.to_dict() == generic.to_dict()
        first = await shop.item.query_items(page_size=7)
        assert isinstance(first, PagedListOfItem) and len(first.items) == 7


async def test_typed_error_status_raises_the_typed_error(sandbox: Sandbox) -> None:
    async with jtl(sandbox) as client:
        shop = client.tenant(_tenant(sandbox))
        with pytest.raises(NotFoundError) as info:
            await shop.item.get_item(item_id=987654)
    assert info.value.status_code == 404 and "/items/987654" in info.value.url


async def test_paginate_and_pages_are_every_item_once(sandbox: Sandbox) -> None:
    async with jtl(sandbox) as client:
        shop = client.tenant(_tenant(sandbox))
        ids = [it.id async for it in shop.item.query_items.paginate(page_size=100)]
        expected = [it.id async for it in shop.paginate(query_items, page_size=100)]
        numbers = [(p.number, len(p.items)) async for p in shop.item.query_items.pages(page_size=100)]
    assert len(ids) == 250 and ids == expected and len(set(ids)) == 250
    assert numbers == [(1, 100), (2, 100), (3, 50)]


async def test_start_page_by_its_own_name_is_honoured(sandbox: Sandbox) -> None:
    """`paginate(page_number=3)` used to be overwritten with 1 and restart from the first page."""
    async with jtl(sandbox) as client:
        shop = client.tenant(_tenant(sandbox))
        sandbox.reset_log()
        ids = [it.id async for it in shop.paginate(query_items, page_size=100, page_number=3)]
        pages = [p.number async for p in shop.item.query_items.pages(page_size=100, start_page=2)]
        with pytest.raises(ConfigurationError, match="page_number=2 and start_page=3 disagree"):
            async for _ in shop.pages(query_items, page_number=2, start_page=3):
                pass
    assert len(ids) == 50
    assert pages == [2, 3]
    queries = [r.query for r in sandbox.requests if r.route == "GET /erp/items"]
    assert "pageNumber=3" in queries[0] and not any("pageNumber=1&" in q for q in queries)


async def test_chift_and_packcloud_typed_pages(sandbox: Sandbox) -> None:
    async with chift(sandbox) as c, pack(sandbox) as p:
        acme = c.consumer(sandbox.credentials.chift.consumers[0])
        typed = [x.id async for x in acme.e_commerce.ecommerce_get_products.paginate(page_size=50)]
        generic = [x.id async for x in acme.paginate(ecommerce_get_products, page_size=50)]
        org = p.organization(sandbox.credentials.packcloud.organizations[0])
        page = await anext(org.integrations.list_integrations.pages(page_size=2))
        assert isinstance(page, Page) and all(isinstance(i, Integration) for i in page.items)
    assert typed == generic and len(typed) > 50


async def test_misspelt_parameter_names_the_operation_and_the_closest(sandbox: Sandbox) -> None:
    async with jtl(sandbox) as client:
        shop = client.tenant(_tenant(sandbox))
        with pytest.raises(ConfigurationError) as info:
            await shop.call(get_item, itme_id=1)
    message = str(info.value)
    assert message.startswith("item.get_item: unknown parameter 'itme_id'; did you mean 'item_id'?")
    assert "_get_kwargs" not in message


async def test_untenanted_consumer_operation_says_which_scope(sandbox: Sandbox) -> None:
    async with chift(sandbox) as c, pack(sandbox) as p:
        sandbox.reset_log()
        with pytest.raises(ConfigurationError, match=r"call it on chift\.consumer\(id\)"):
            await c.untenanted.e_commerce.ecommerce_get_products()
        with pytest.raises(ConfigurationError, match=r"call it on pack\.organization\(id\)"):
            await p.untenanted.integrations.get_integration(integration_id="i-1")
    assert [r for r in sandbox.requests if r.route and "/token" not in r.path] == []  # nothing sent


async def test_none_for_a_path_parameter_is_refused_before_sending(sandbox: Sandbox) -> None:
    async with jtl(sandbox) as client:
        shop = client.tenant(_tenant(sandbox))
        sandbox.reset_log()
        with pytest.raises(ConfigurationError, match=r"item.get_item: path parameter item_id \(itemId\)"):
            await shop.call(get_item, item_id=None)
    assert sandbox.requests == []


async def test_dict_body_becomes_the_model_or_is_refused_naming_it(sandbox: Sandbox) -> None:
    from commerce_sdk_clients.jtl_erp.api.item import update_item

    async with jtl(sandbox) as client:
        shop = client.tenant(_tenant(sandbox))
        updated = await shop.call(update_item, item_id=4, body={"Name": "Renamed by dict"})
        assert isinstance(updated, Item)
        assert (await shop.item.get_item(item_id=4)).name == "Renamed by dict"
        sandbox.reset_log()
        with pytest.raises(ConfigurationError, match="not a valid UpdateItem"):
            await shop.call(update_item, item_id=4, body={"SortNumber": "not a number"})
    assert sandbox.requests == []


async def test_generated_function_with_scope_client_raises_typed_errors(sandbox: Sandbox) -> None:
    async with jtl(sandbox) as client:
        shop = client.tenant(_tenant(sandbox))
        assert (await get_item.asyncio(item_id=2, client=shop.client)).id == 2  # type: ignore[union-attr]
        with pytest.raises(NotFoundError) as info:
            await get_item.asyncio(item_id=987654, client=shop.client)
    assert info.value.parsed is not None  # the vendor's ErrorResponse, parsed


def test_touching_a_tag_imports_only_that_tag() -> None:
    script = (
        "import sys, json\n"
        "from commerce_sdk import JtlErp\n"
        "before = {m for m in sys.modules if m.startswith('commerce_sdk_clients.jtl_erp.api.')}\n"
        "jtl = JtlErp(api_key='k', app_id='a', app_version='1')\n"
        "shop = jtl.tenant('3fa85f64-5717-4562-b3fc-2c963f66afa6')\n"
        "shop.item\n"
        "after = {m for m in sys.modules if m.startswith('commerce_sdk_clients.jtl_erp.api.')}\n"
        "print(json.dumps([sorted(before), sorted(after)]))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    before, after = json.loads(out)
    assert before == []
    tags = {name.split(".")[3] for name in after}
    assert tags == {"item"}, tags
    assert "commerce_sdk_clients.jtl_erp.api.item.get_item" in after


async def test_packcloud_page_by_its_own_name_is_the_start_page(sandbox: Sandbox) -> None:
    from commerce_sdk_clients.packcloud.api.integrations import list_integrations

    async with pack(sandbox) as p:
        org = p.organization(sandbox.credentials.packcloud.organizations[0])
        everything = [i.id async for i in org.paginate(list_integrations, per_page=2)]
        from_two = [i.id async for i in org.paginate(list_integrations, page=2, per_page=2)]
    assert len(everything) > 2 and from_two == everything[2:]
