"""Lines a type checker must refuse: each `# expect-error` line must be reported, and no other.

Not collected by pytest: `test_type_checkers.py` runs mypy --strict and pyright strict on it.
"""

from __future__ import annotations

from commerce_sdk_clients.jtl_erp.models.item import Item

from commerce_sdk import JtlErp


async def mistakes(jtl: JtlErp) -> None:
    shop = jtl.tenant("3fa85f64-5717-4562-b3fc-2c963f66afa6")
    await shop.item.get_item(itme_id=1)  # expect-error: misspelt parameter
    await shop.item.get_item(item_id="1")  # expect-error: wrong parameter type
    wrong: str = await shop.item.get_item(item_id=1)  # expect-error: wrong result annotation
    item = await shop.item.get_item(item_id=1)
    print(item.nonexistent)  # expect-error: no such attribute on the model
    await shop.itemz.get_item(item_id=1)  # expect-error: no such tag
    shop.item.query_items.paginate(page_sise=10)  # expect-error: misspelt paging argument
    async for one in shop.item.query_items.paginate():
        text: str = one  # expect-error: items are Item, not str
        print(text)
    names: list[Item] = [p async for p in shop.item.query_items.pages()]  # expect-error: pages, not items
    count: int = await shop.customer.delete_customer_note(customer_id=1, note_id=2)  # expect-error: None
    print(wrong, names, count)
