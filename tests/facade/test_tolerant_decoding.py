"""Tolerant decoding by default, strict on request (issue 12, point 2), on a real loopback server.

The body is JTL's own documented Get Item response (docs page *API reference*, copied to
data/jtl_get_item_example.json): `"Categories": ""`, `"Components": ""`, `"ChildItems": ""`,
`"MinimumPurchaseQuantityForCustomerGroup": ""` and `"Asins": "B071GVGFQF"` where the vendor's
own schema declares arrays, and date-times with seven fractional digits.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from commerce_sdk_clients.jtl_erp import Client, _decoding
from commerce_sdk_clients.jtl_erp.api.item import get_item, query_items
from commerce_sdk_clients.jtl_erp.models import Item

from commerce_sdk import DecodeError, RequestOptions

from .helpers import TENANT, jtl_client
from .server import LoopbackServer, Reply

EXAMPLE_FILE = Path(__file__).parent / "data" / "jtl_get_item_example.json"
EXAMPLE: dict[str, Any] = json.loads(EXAMPLE_FILE.read_text())
ARRAYS_SENT_AS_STRINGS = {
    "Categories",
    "Components",
    "ChildItems",
    "Identifiers.Asins",
    "Quantities.MinimumPurchaseQuantityForCustomerGroup",
}


@pytest.fixture(autouse=True)
def fresh_warnings() -> Iterator[None]:
    _decoding._WARNED.clear()  # one warning per (operation, field) per process: start clean
    yield
    _decoding._WARNED.clear()


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name.startswith("commerce_sdk") and r.levelno >= 30]


def assert_vendor_example(item: Any) -> None:
    assert isinstance(item, Item)
    assert (item.id, item.sku, item.name) == (1, "ART2394871", "Interdimensional goggles")
    assert (item.categories, item.components, item.child_items) == ([], [], [])
    assert item.identifiers.asins == ["B071GVGFQF"]
    assert item.quantities.minimum_purchase_quantity_for_customer_group == []
    assert item.added.isoformat() == "2023-01-15T13:00:00+00:00"  # seven fractional digits read
    assert item.item_price_data.sales_price_net == 125.21
    assert item.raw_values == {}  # everything could be coerced


async def test_vendor_example_parses_through_scope_call_with_one_request(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.on("GET", "/erp/items/{itemId}", Reply(json=EXAMPLE))
    caplog.set_level(logging.WARNING, logger="commerce_sdk")
    async with jtl_client(server) as jtl:
        shop = jtl.tenant(TENANT)
        assert_vendor_example(await shop.call(get_item, item_id=1))
        assert_vendor_example(await shop.call(get_item, item_id=1))  # the second logs nothing
    assert server.count("GET") == 2
    lines = warnings_of(caplog)
    # exactly one WARNING per (operation, field), each naming the operation and the field path
    assert len(lines) == len(ARRAYS_SENT_AS_STRINGS), lines
    named = {line.split(": field ")[1].split(":")[0] for line in lines}
    assert named == ARRAYS_SENT_AS_STRINGS
    assert all(line.startswith("item.get_item: field ") for line in lines)
    assert "B071GVGFQF" not in " ".join(lines)  # values are never logged (they may be secrets)


async def test_vendor_example_parses_through_the_generated_function(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.on("GET", "/erp/items/{itemId}", Reply(json=EXAMPLE))
    caplog.set_level(logging.WARNING, logger="commerce_sdk")
    async with jtl_client(server) as jtl:
        item = await get_item.asyncio(item_id=1, client=jtl.tenant(TENANT).client)
    assert_vendor_example(item)
    assert server.count("GET") == 1
    # the pipeline checks the body, the generated function reads it again: still one warning each
    lines = warnings_of(caplog)
    assert len(lines) == len(ARRAYS_SENT_AS_STRINGS), lines
    assert all(line.startswith("item.get_item: field ") for line in lines)


def test_generated_parser_alone_names_its_operation(caplog: pytest.LogCaptureFixture) -> None:
    """No facade at all: the generated `_parse_response` names the operation in its warnings."""
    caplog.set_level(logging.WARNING, logger="commerce_sdk")
    response = httpx.Response(200, json=EXAMPLE)
    item = get_item._parse_response(client=Client(base_url="http://x"), response=response)
    assert_vendor_example(item)
    assert {line.split(": field ")[0] for line in warnings_of(caplog)} == {"item.get_item"}


async def test_vendor_example_in_strict_mode_is_one_decode_error_naming_the_field(
    server: LoopbackServer,
) -> None:
    server.on("GET", "/erp/items/{itemId}", Reply(json=EXAMPLE))
    async with jtl_client(server, strict=True) as jtl:
        shop = jtl.tenant(TENANT)
        with pytest.raises(DecodeError) as info:
            await shop.call(get_item, item_id=1)
        assert info.value.field == "Categories" and not info.value.retryable
        assert "Categories: expected array" in str(info.value)
        assert server.count("GET") == 1  # not retried: the same request gets the same answer
        with pytest.raises(DecodeError) as info:  # the generated function over scope.client too
            await get_item.asyncio(item_id=1, client=shop.client)
        assert info.value.field == "Categories"
        assert server.count("GET") == 2
    async with jtl_client(server) as jtl:  # per call, on a tolerant client
        with pytest.raises(DecodeError):
            await jtl.tenant(TENANT).call(get_item, item_id=1, options=RequestOptions(strict=True))


async def test_nested_deviation_is_named_by_its_path_and_kept_raw(server: LoopbackServer) -> None:
    body = json.loads(json.dumps(EXAMPLE))
    body["Dimensions"]["Length"] = "10,5 cm"  # cannot be read as a number
    body["Weights"]["ShippingWeight"] = "5.5"  # can
    body["Categories"] = [{"CategoryId": 33, "Name": "House"}, "not an object"]
    server.on("GET", "/erp/items/{itemId}", Reply(json=body))
    async with jtl_client(server) as jtl:
        shop = jtl.tenant(TENANT)
        item = await shop.call(get_item, item_id=1)
        assert item.dimensions.raw_values == {"Length": "10,5 cm"}
        assert item.dimensions.width == 5.8
        assert item.weights.shipping_weight == 5.5
        assert [c.name for c in item.categories] == ["House"]  # the non-object element skipped...
        assert item.raw_values == {"Categories": body["Categories"]}  # ...and the array kept raw
        assert item.to_dict()["Dimensions"]["Length"] == "10,5 cm"  # to_dict gives back what was sent
        with pytest.raises(DecodeError) as info:
            await shop.call(get_item, item_id=1, options=RequestOptions(strict=True))
        assert info.value.field == "Categories[]"  # the first deviation in field order: an element


async def test_paging_tolerates_the_vendor_spelling_in_every_item(server: LoopbackServer) -> None:
    items = [{**EXAMPLE, "Id": n} for n in range(1, 6)]
    server.on(
        "GET",
        "/erp/items",
        Reply(json={"TotalItems": 5, "PageNumber": 1, "PageSize": 10, "Items": items}),
    )
    async with jtl_client(server) as jtl:
        got = [it async for it in jtl.tenant(TENANT).paginate(query_items, page_size=10)]
    assert [it.id for it in got] == [1, 2, 3, 4, 5]
    assert all(it.identifiers.asins == ["B071GVGFQF"] for it in got)


def test_strict_must_be_a_bool() -> None:
    from commerce_sdk import ConfigurationError

    with pytest.raises(ConfigurationError, match="strict must be True or False"):
        jtl_client(None, base_url="http://127.0.0.1:9/erp", strict="yes")
