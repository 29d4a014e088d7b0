"""Model parsing: JTL `Item`s into generated models, vs `json.loads` alone and vs pydantic-core.

All timings are interleaved rounds (each candidate once per round, best round kept), so the
ratios compare figures taken under the same machine load.
"""

from __future__ import annotations

import json
import re
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .data import page_bytes


def _interleaved(fns: dict[str, Callable[[], Any]], number: int, repeat: int) -> dict[str, float]:
    """Seconds per call of each, the best of `repeat` rounds (timeit's advice for noisy
    machines); every round runs every candidate, so they share the machine's load."""
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(repeat):
        for name, fn in fns.items():
            best[name] = min(best[name], timeit.timeit(fn, number=number) / number)
    return best


def hoisted_item_class() -> Any:
    """`Item` compiled with its function-level (lazy) imports moved to module level.

    openapi-python-client imports the nested models inside every `from_dict` (to survive
    circular references); this measures what those import statements cost per call.
    """
    import commerce_sdk_clients.jtl_erp.models.item as module

    source = Path(module.__file__ or "").read_text()
    # inside a method body: eight spaces (the TYPE_CHECKING block at module level has four)
    lazy = re.findall(r"^ {8}(from \.\.models\.\S+ import \w+)$", source, flags=re.M)
    body = re.sub(r"^ {8}from \.\.models\.\S+ import \w+\n", "", source, flags=re.M)
    namespace: dict[str, Any] = {"__name__": module.__name__ + "_hoisted", "__package__": module.__package__}
    exec(compile(body, module.__file__ or "item.py", "exec"), namespace)
    for line in lazy:
        exec(line.replace("from ..models.", "from commerce_sdk_clients.jtl_erp.models."), namespace)
    return namespace["Item"], len(lazy)


def read_every_nested(item: Any) -> Any:
    """Reads each nested object of a JTL `Item` once: a tolerant decode builds them on first
    read (`_decoding.lazy`), so this is the cost for a consumer that uses all of them."""
    _ = (
        item.identifiers,
        item.item_price_data,
        item.storage_options,
        item.dimensions,
        item.weights,
        item.dangerous_goods,
        item.categories,
        item.components,
        item.quantities.minimum_purchase_quantity_for_customer_group,
    )
    return item


def run(*, number: int, repeat: int) -> dict[str, Any]:
    from commerce_sdk_clients.jtl_erp.models import Item, PagedListOfItem

    page = page_bytes(1, 100, 100)
    decoded = json.loads(page)
    items = decoded["Items"]
    n = len(items)
    assert n == 100 and PagedListOfItem.from_dict(decoded).items[99].id == 100
    hoisted, lazy_imports = hoisted_item_class()
    assert hoisted.from_dict(items[0]).to_dict() == Item.from_dict(items[0]).to_dict()
    from commerce_sdk._wire import loads  # what the SDK decodes bodies with (orjson, json's results)

    from . import pydantic_item
    from .data import ITEM_BYTES

    ours, theirs = Item.from_dict(loads(ITEM_BYTES)), pydantic_item.Item.model_validate_json(ITEM_BYTES)
    assert (ours.id, ours.added, ours.quantities.minimum_order_quantity) == (
        theirs.Id,
        theirs.Added,
        theirs.Quantities.MinimumOrderQuantity,
    )
    page_timings = _interleaved(
        {
            "json.loads": lambda: json.loads(page),
            "json.loads + PagedListOfItem.from_dict": lambda: PagedListOfItem.from_dict(json.loads(page)),
            "SDK loads (orjson) + PagedListOfItem.from_dict": lambda: PagedListOfItem.from_dict(loads(page)),
            "SDK loads + PagedListOfItem.from_dict, every nested object read": lambda: [
                read_every_nested(it) for it in PagedListOfItem.from_dict(loads(page)).items
            ],
            "pydantic-core PagedListOfItem.model_validate_json": lambda: (
                pydantic_item.PagedListOfItem.model_validate_json(page)
            ),
            "Item.from_dict (100 decoded dicts)": lambda: [Item.from_dict(d) for d in items],
            "Item.from_dict, lazy imports hoisted (experiment)": lambda: [
                hoisted.from_dict(d) for d in items
            ],
        },
        number,
        repeat,
    )
    one = _interleaved(
        {
            "SDK loads + Item.from_dict": lambda: Item.from_dict(loads(ITEM_BYTES)),
            "SDK loads + Item.from_dict, every nested object read": lambda: read_every_nested(
                Item.from_dict(loads(ITEM_BYTES))
            ),
            "pydantic-core Item.model_validate_json": lambda: pydantic_item.Item.model_validate_json(
                ITEM_BYTES
            ),
            "json.loads alone": lambda: json.loads(ITEM_BYTES),
        },
        number * 100,
        repeat,
    )
    timings = page_timings
    return {
        "page_bytes": len(page),
        "items_per_page": n,
        "lazy_imports_in_item_from_dict": lazy_imports,
        "items_per_second": {name: n / seconds for name, seconds in timings.items()},
        "one_item_bytes": len(ITEM_BYTES),
        "one_item_us": {name: seconds * 1e6 for name, seconds in one.items()},
    }
