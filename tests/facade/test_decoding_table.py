"""Every row of README's decoding table, on the generated JTL `Item` (the model layer alone).

The end-to-end proof (a real loopback server, scope.call and the generated function) is
test_tolerant_decoding.py; this checks each coercion and its strict-mode refusal in memory.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from commerce_sdk_clients.jtl_erp import _decoding
from commerce_sdk_clients.jtl_erp.models import Item
from commerce_sdk_clients.jtl_erp.types import UNSET

BODY: dict[str, Any] = json.loads((Path(__file__).parent / "data" / "jtl_get_item_example.json").read_text())


# The vendor example with its own deviations put right: what strict mode accepts.
CLEAN: dict[str, Any] = {**BODY, "Categories": [], "Components": [], "ChildItems": []}
CLEAN["Identifiers"] = {**BODY["Identifiers"], "Asins": ["B071GVGFQF"]}
CLEAN["Quantities"] = {**BODY["Quantities"], "MinimumPurchaseQuantityForCustomerGroup": []}


def body_with(path: str, value: Any, base: dict[str, Any] = BODY) -> dict[str, Any]:
    body = json.loads(json.dumps(base))
    node = body
    *parents, last = path.split(".")
    for key in parents:
        node = node[key]
    if value is _MISSING:
        del node[last]
    else:
        node[last] = value
    return body


_MISSING = object()

CASES = [  # (spec path, value sent, attribute path, what the model gets, raw_values of its model)
    ("Categories", "", "categories", [], {}),
    ("Categories", None, "categories", [], {}),
    ("Categories", {"CategoryId": 3, "Name": "x"}, "categories.0.category_id", 3, {}),
    ("ChildItems", 5, "child_items", [5], {}),
    ("Identifiers", "", "identifiers", UNSET, {}),
    ("Identifiers", None, "identifiers", UNSET, {}),
    ("Id", "7", "id", 7, {}),
    ("Id", 7.0, "id", 7, {}),
    ("Dimensions.Length", "12.5", "dimensions.length", 12.5, {}),
    ("Dimensions.Height", 3, "dimensions.height", 3, {}),  # an int where a number is declared: no deviation
    ("SKU", 12, "sku", "12", {}),
    ("SKU", 12.5, "sku", "12.5", {}),
    ("IsActive", "true", "is_active", True, {}),
    ("IsActive", 0, "is_active", False, {}),
    ("SortNumber", "", "sort_number", None, {}),
    ("IsActive", None, "is_active", None, {}),
    ("Added", "2023-015T13:00:00", "added", datetime.datetime(2023, 1, 15, 13, 0), {}),  # ISO ordinal date
    ("SortNumber", _MISSING, "sort_number", UNSET, {}),
    ("IsActive", "yes", "is_active", UNSET, {"IsActive": "yes"}),
    ("Dimensions.Length", "10,5 cm", "dimensions.length", UNSET, {"Length": "10,5 cm"}),
    ("Identifiers", "none", "identifiers", UNSET, {"Identifiers": "none"}),
    ("Added", "yesterday", "added", UNSET, {"Added": "yesterday"}),
]
NO_DEVIATION = [("Dimensions.Height", 3), ("Added", "2023-015T13:00:00")]


@pytest.fixture(autouse=True)
def fresh_warnings() -> Iterator[None]:
    _decoding._WARNED.clear()
    yield
    _decoding._WARNED.clear()


def attribute(model: Any, path: str) -> Any:
    for part in path.split("."):
        model = model[int(part)] if part.isdigit() else getattr(model, part)
    return model


def owner_of(model: Any, spec_path: str) -> Any:
    """The model that holds the field: the Item, or the nested model for `Dimensions.Length`."""
    if "." in spec_path:
        return getattr(model, {"Dimensions": "dimensions"}[spec_path.split(".")[0]])
    return model


@pytest.mark.parametrize(("path", "sent", "attr", "expected", "raw"), CASES)
def test_default_mode_row(path: str, sent: Any, attr: str, expected: Any, raw: dict[str, Any]) -> None:
    item = Item.from_dict(body_with(path, sent))
    assert attribute(item, attr) == expected if expected is not UNSET else attribute(item, attr) is UNSET
    assert owner_of(item, path).raw_values == raw
    item.to_dict()  # works on whatever tolerant decoding made


@pytest.mark.parametrize(("path", "sent", "attr", "expected", "raw"), CASES)
def test_strict_mode_row(path: str, sent: Any, attr: str, expected: Any, raw: dict[str, Any]) -> None:
    token = _decoding.MODE.set(_decoding.Mode(True, "item.get_item"))
    try:
        body = body_with(path, sent, CLEAN)
        Item.from_dict(CLEAN)  # the clean body itself is accepted
        if any(path == p and sent == v for p, v in NO_DEVIATION):
            assert attribute(Item.from_dict(body), attr) == expected
            return
        with pytest.raises(_decoding.Mismatch) as info:
            Item.from_dict(body)
        assert info.value.field == path
    finally:
        _decoding.MODE.reset(token)


def test_one_warning_per_operation_and_field(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("WARNING", logger="commerce_sdk")
    token = _decoding.MODE.set(_decoding.Mode(False, "item.get_item"))
    try:
        for _ in range(3):
            Item.from_dict(body_with("IsActive", "yes"))
    finally:
        _decoding.MODE.reset(token)
    Item.from_dict(body_with("IsActive", "yes"))  # another operation (none): its own warning
    lines = [r.getMessage() for r in caplog.records if "IsActive" in r.getMessage()]
    assert len(lines) == 2, lines
    assert lines[0].startswith("item.get_item: field IsActive: expected bool, got str")
    assert all("yes" not in line.split("got")[1] for line in lines)  # the value is never logged


# -- nested objects built on first read (tolerant mode; bench/RESULTS.md, issue 18) ------------


def _eager(body: dict[str, Any]) -> Item:
    token = _decoding.MODE.set(_decoding.Mode(True, None))  # strict builds everything at once
    try:
        return Item.from_dict(body)
    finally:
        _decoding.MODE.reset(token)


def test_nested_objects_wait_for_their_first_read_and_then_match_an_eager_build() -> None:
    import copy
    import pickle

    import attrs

    item = Item.from_dict(json.loads(json.dumps(CLEAN)))
    eager = _eager(CLEAN)
    assert item._lazy_pending and not eager._lazy_pending
    assert item == eager and repr(item) == repr(eager)  # equality and repr read through
    assert item.to_dict() == eager.to_dict() == Item.from_dict(CLEAN).to_dict()
    assert not item._lazy_pending  # all built by now
    for other in (Item.from_dict(CLEAN), Item.from_dict(CLEAN)):  # each way of reading builds
        assert pickle.loads(pickle.dumps(other)) == eager
    assert copy.deepcopy(Item.from_dict(CLEAN)) == eager
    assert attrs.evolve(Item.from_dict(CLEAN), id=5) == attrs.evolve(eager, id=5)

    def public(a: Any, _v: Any) -> bool:  # the lazy bookkeeping aside
        return not a.name.startswith("_lazy")

    assert attrs.asdict(Item.from_dict(CLEAN), filter=public) == attrs.asdict(eager, filter=public)
    fresh = Item.from_dict(CLEAN)
    assert type(fresh.dimensions).__name__ == "Dimensions" and fresh.dimensions is fresh.dimensions
    assert [
        type(c).__name__ for c in Item.from_dict({**CLEAN, "Categories": [{"CategoryId": 1}]}).categories
    ] == ["CategoryReference"]


def test_an_assignment_before_the_first_read_wins() -> None:
    item = Item.from_dict(CLEAN)
    replacement = _eager(CLEAN).dimensions
    item.dimensions = replacement
    assert item.dimensions is replacement
    item.quantities = UNSET
    assert item.quantities is UNSET
    del item.weights
    with pytest.raises(AttributeError):
        _ = item.weights


def test_a_nested_deviation_is_noted_on_first_read_under_the_decoding_operation(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level("WARNING", logger="commerce_sdk")
    token = _decoding.MODE.set(_decoding.Mode(False, "item.query_items"))
    try:
        item = Item.from_dict(body_with("Dimensions.Length", "10,5 cm", CLEAN))
    finally:
        _decoding.MODE.reset(token)
    assert item.dimensions.raw_values == {"Length": "10,5 cm"}  # read outside the decode
    lines = [r.getMessage() for r in caplog.records if "Length" in r.getMessage()]
    assert lines == [
        "item.query_items: field Dimensions.Length: expected float, got str; left unset, the value "
        "kept in raw_values (further deviations of this field are not logged)"
    ]
    assert _decoding.MODE.get() is _decoding.TOLERANT  # the decode's mode lent for the build only
