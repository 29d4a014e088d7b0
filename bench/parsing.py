"""Model parsing: a page of 100 full JTL `Item`s into generated models, vs `json.loads` alone."""

from __future__ import annotations

import json
import re
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .data import page_bytes


def _best(fn: Callable[[], Any], number: int, repeat: int) -> float:
    """Seconds per call: the best of `repeat` runs (timeit's advice for noisy machines)."""
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number


def hoisted_item_class() -> Any:
    """`Item` compiled with its function-level (lazy) imports moved to module level.

    openapi-python-client imports the nested models inside every `from_dict` (to survive
    circular references); this measures what those import statements cost per call.
    """
    import jtl_erp_client.models.item as module

    source = Path(module.__file__ or "").read_text()
    # inside a method body: eight spaces (the TYPE_CHECKING block at module level has four)
    lazy = re.findall(r"^ {8}(from \.\.models\.\S+ import \w+)$", source, flags=re.M)
    body = re.sub(r"^ {8}from \.\.models\.\S+ import \w+\n", "", source, flags=re.M)
    namespace: dict[str, Any] = {"__name__": module.__name__ + "_hoisted", "__package__": module.__package__}
    exec(compile(body, module.__file__ or "item.py", "exec"), namespace)
    for line in lazy:
        exec(line.replace("from ..models.", "from jtl_erp_client.models."), namespace)
    return namespace["Item"], len(lazy)


def run(*, number: int, repeat: int) -> dict[str, Any]:
    from jtl_erp_client.models import Item, PagedListOfItem

    page = page_bytes(1, 100, 100)
    decoded = json.loads(page)
    items = decoded["Items"]
    n = len(items)
    assert n == 100 and PagedListOfItem.from_dict(decoded).items[99].id == 100
    hoisted, lazy_imports = hoisted_item_class()
    assert hoisted.from_dict(items[0]).to_dict() == Item.from_dict(items[0]).to_dict()
    timings = {
        "json.loads": _best(lambda: json.loads(page), number, repeat),
        "json.loads + PagedListOfItem.from_dict": _best(
            lambda: PagedListOfItem.from_dict(json.loads(page)), number, repeat
        ),
        "Item.from_dict (100 decoded dicts)": _best(
            lambda: [Item.from_dict(d) for d in items], number, repeat
        ),
        "Item.from_dict, lazy imports hoisted (experiment)": _best(
            lambda: [hoisted.from_dict(d) for d in items], number, repeat
        ),
    }
    return {
        "page_bytes": len(page),
        "items_per_page": n,
        "lazy_imports_in_item_from_dict": lazy_imports,
        "items_per_second": {name: n / seconds for name, seconds in timings.items()},
    }
