"""The benchmark's data: one full JTL-Wawi `Item` (1.9-2 kB of JSON), as the API documents it.

Everything the server answers is built from this: `GET /erp/items/{id}` returns it as is,
and a page of the item list repeats it with distinct `Id`s.
"""

from __future__ import annotations

import json
from typing import Any

ITEM: dict[str, Any] = {
    "Id": 1,
    "SKU": "ART2394871",
    "ManufacturerId": 1,
    "ResponsiblePersonId": 1,
    "IsActive": True,
    "Categories": [{"CategoryId": 33, "Name": "House and Garden"}],
    "Name": "Interdimensional goggles",
    "Description": "These goggles are a must have product. Everyone needs them. Buy them.",
    "ShortDescription": "The best goggles anyone can buy",
    "Identifiers": {
        "Gtin": "8896982295860",
        "ManufacturerNumber": "75",
        "ISBN": "978-3-86680-192-9",
        "UPC": "889698229586",
        "AmazonFnsku": "FN813S88A43",
        "Asins": ["x"],
        "OwnIdentifier": "P446853",
    },
    "Components": [{"ItemId": 12345, "Quantity": 2, "SortNumber": 1}],
    "ChildItems": [1],
    "ParentItemId": 2,
    "ItemPriceData": {
        "SalesPriceNet": 125.21,
        "SuggestedRetailPrice": 159.99,
        "PurchasePriceNet": 99.73,
        "EbayPrice": 149.99,
        "AmazonPrice": 149.99,
    },
    "ActiveSalesChannels": "",
    "SortNumber": 0,
    "Annotation": "Some additional internal info about the item",
    "Added": "2023-01-15T13:00:00+00:00",
    "Changed": "2023-01-15T13:00:00+00:00",
    "ReleasedOnDate": "2023-01-15T13:00:00+00:00",
    "StorageOptions": {
        "InventoryManagementActive": True,
        "SplitQuantity": False,
        "GlobalMinimumStockLevel": 15,
        "Buffer": 5,
        "SerialNumberItem": False,
        "SerialNumberTracking": False,
        "SubjectToShelfLifeExpirationDate": False,
        "SubjectToBatchItem": False,
        "ProcurementTime": 3,
        "DetermineProcurementTimeAutomatically": False,
        "AdditionalHandlingTime": 3,
    },
    "CountryOfOrigin": "DE",
    "ConditionId": 1,
    "ShippingClassId": 4,
    "ProductGroupId": 2,
    "TaxClassId": 3,
    "Dimensions": {"Length": 10.5, "Width": 5.8, "Height": 3},
    "Weights": {"ItemWeigth": 5, "ShippingWeight": 5.5},
    "AllowNegativeStock": False,
    "Quantities": {
        "MinimumOrderQuantity": 0,
        "MinimumPurchaseQuantityForCustomerGroup": [
            {
                "CustomerGroupId": 3,
                "PermissibleOrderQuantity": 149.99,
                "MinimumPurchaseQuantity": 1,
                "IsActive": True,
            }
        ],
        "PermissibleOrderQuantity": 0,
    },
    "DangerousGoods": {"UnNumber": "0070", "HazardNo": "Class1 explosives"},
    "Taric": "61071100",
    "SearchTerms": "goggles, magnification, lenses",
    "PriceListActive": False,
    "IgnoreDiscounts": False,
    "AvailabilityId": 2,
}

ITEM_BYTES = json.dumps(ITEM, separators=(",", ":")).encode()


def item_bytes(item_id: int) -> bytes:
    """`ITEM` with another Id, serialised without re-encoding the whole object."""
    return b'{"Id":%d,' % item_id + _ITEM_REST


_ITEM_REST = json.dumps({k: v for k, v in ITEM.items() if k != "Id"}, separators=(",", ":")).encode()[1:]


def page_bytes(number: int, size: int, total: int) -> bytes:
    """One JTL `PagedListOfItem` page (pageNumber is 1-based)."""
    start = (number - 1) * size
    ids = range(start + 1, min(start + size, total) + 1) if start < total else range(0)
    items = b",".join(item_bytes(i) for i in ids)
    last = max(1, -(-total // size))
    head = b'{"TotalItems":%d,"PageNumber":%d,"PageSize":%d,"TotalPages":%d,' % (total, number, size, last)
    flags = b'"HasPreviousPage":%s,"HasNextPage":%s,' % (
        b"true" if number > 1 else b"false",
        b"true" if number < last else b"false",
    )
    return head + flags + b'"Items":[' + items + b"]}"
