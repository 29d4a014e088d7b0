"""A 2xx the spec does not declare (200 where it says 201) still yields the parsed body."""

from __future__ import annotations

import gzip
import json

from commerce_sdk_clients.jtl_erp.api.item import update_item
from commerce_sdk_clients.jtl_erp.models import Item, UpdateItem

from .helpers import TENANT, item, jtl_client
from .server import LoopbackServer, Reply


async def test_update_answered_with_200_instead_of_201_is_parsed(server: LoopbackServer) -> None:
    server.on("PATCH", "/erp/items/{itemId}", Reply(status=200, json=item(7)))
    async with jtl_client(server) as jtl:
        result = await jtl.tenant(TENANT).call(update_item, item_id=7, body=UpdateItem(name="x"))
    assert isinstance(result, Item) and result.id == 7


async def test_gzip_body_on_an_undeclared_2xx_is_decoded_once(server: LoopbackServer) -> None:
    body = gzip.compress(json.dumps(item(8)).encode())
    server.on(
        "PATCH", "/erp/items/{itemId}", Reply(status=200, body=body, headers={"Content-Encoding": "gzip"})
    )
    async with jtl_client(server) as jtl:
        result = await jtl.tenant(TENANT).call(update_item, item_id=8, body=UpdateItem(name="x"))
    assert isinstance(result, Item) and result.id == 8


async def test_wrongly_typed_scalars_in_a_2xx_body_are_a_decode_error_in_strict_mode(
    server: LoopbackServer,
) -> None:
    """strict=True: generated models check scalar and list types (our model template), so a
    body that does not match the spec is a DecodeError naming the field, sent once."""
    from commerce_sdk_clients.jtl_erp.api.item import get_item

    from commerce_sdk import DecodeError

    for field, bad in (
        ("Id", "7"),
        ("IsActive", "yes"),
        ("SKU", 12),
        ("Categories", "none"),
        ("SortNumber", True),
    ):
        server.clear()
        server.on("GET", "/erp/items/{itemId}", Reply(json={**item(7), field: bad}))
        async with jtl_client(server, strict=True) as jtl:
            try:
                await jtl.tenant(TENANT).call(get_item, item_id=7)
            except DecodeError as exc:
                assert exc.field == field and field in str(exc)
            else:
                raise AssertionError(f"{field}={bad!r} was accepted")
        assert server.count("GET") == 1


async def test_wrongly_typed_scalars_in_default_mode_are_coerced_or_kept_raw(server: LoopbackServer) -> None:
    """Default (tolerant): a number spelt as a string is read as the number, a number where a
    string is declared as its text; what cannot be read (yes for a bool, a str for an array
    of objects, a bool for an int) is left unset and kept in raw_values."""
    from commerce_sdk_clients.jtl_erp.api.item import get_item
    from commerce_sdk_clients.jtl_erp.types import UNSET

    cases = (
        ("Id", "7", "id", 7, {}),
        ("SKU", 12, "sku", "12", {}),
        ("IsActive", "false", "is_active", False, {}),
        ("IsActive", "yes", "is_active", UNSET, {"IsActive": "yes"}),
        ("Categories", "none", "categories", UNSET, {"Categories": "none"}),
        ("SortNumber", True, "sort_number", UNSET, {"SortNumber": True}),
        ("ChildItems", 5, "child_items", [5], {}),
    )
    for field, bad, attr, expected, raw in cases:
        server.clear()
        server.on("GET", "/erp/items/{itemId}", Reply(json={**item(7), field: bad}))
        async with jtl_client(server) as jtl:
            model = await jtl.tenant(TENANT).call(get_item, item_id=7)
        assert (getattr(model, attr), model.raw_values) == (expected, raw), field
        assert server.count("GET") == 1
