"""Payloads, credentials and route sets shared by the facade tests (no fixtures here)."""

from __future__ import annotations

import itertools
import time
from pathlib import Path
from typing import Any

from commerce_sdk import Chift, JtlErp, PackCloud, RetryPolicy

from .server import LoopbackServer, Reply, Seen

ROOT = Path(__file__).resolve().parents[2]

# Credentials that look like the real thing and are easy to grep for.
API_KEY = "5e1f0c2a-7d41-4b8e-9c3f-a11b2c3d4e5f"
APP_ID = "facade-tests/1"
APP_VERSION = "1.2.3"
TENANT = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
OTHER_TENANT = "9b2e4c1d-0000-4f6a-8e2b-7c5d3a1f0e99"
JTL_CLIENT_ID = "jtl-oauth-client"
JTL_CLIENT_SECRET = "jtl-oauth-secret-Zq83xv"
JTL_TOKEN = "jtl-bearer-Kd93ncP0qq"
CHIFT_CLIENT_ID = "chift-client-1"
CHIFT_SECRET = "chift-client-secret-Tn4p9Wq"
CHIFT_ACCOUNT = "6f1c3a2e-1b2d-4c5e-8f90-a1b2c3d4e5f6"
CHIFT_TOKEN_PREFIX = "chift-access-token-"
PACK_TOKEN = "pack-static-token-Hy72mmR"

# Fast backoff so retry tests do not sleep for real unless they measure a delay.
FAST_RETRY = RetryPolicy(max_retries=2, backoff_base=0.01, backoff_max=0.05)

ITEM: dict[str, Any] = {
    "Id": 1,
    "SKU": "ART2394871",
    "ManufacturerId": 1,
    "ResponsiblePersonId": 1,
    "IsActive": True,
    "Categories": [{"CategoryId": 33, "Name": "House and Garden"}],
    "Name": "Interdimensional goggles",
    "Description": "These goggles are a must have product.",
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

WORKER_SYNC = {
    "Identifier": "0b6f6a2e-4c1d-4e2a-9f3b-5d6c7e8f9a0b",
    "SyncName": "orders",
    "SalesChannelName": "shop",
    "SalesChannelId": "sc-1",
    "ReportProgress": True,
    "Configurations": [],
}


def item(item_id: int) -> dict[str, Any]:
    return {**ITEM, "Id": item_id}


def chift_product(n: int) -> dict[str, Any]:
    return {"id": f"p{n}", "source_ref": {"id": f"src-{n}", "model": "product"}, "name": f"Product {n}"}


def chift_consumer(consumer_id: str) -> dict[str, Any]:
    return {"consumerid": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "name": f"consumer {consumer_id}"}


def pack_integration(ident: str, pad: int = 0) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": ident,
        "category": "shop",
        "name": "Shopify",
        "created_at": "2024-07-30T12:00:00+00:00",
        "updated_at": "2024-08-01T09:15:00+00:00",
    }
    if pad:
        out["note"] = "x" * pad  # kept by the model's additional_properties: makes pages heavy
    return out


# --------------------------------------------------------------------------- route sets


def jtl_items(server: LoopbackServer) -> None:
    """GET /erp/items/{itemId} answers the item with that id."""
    server.on("GET", "/erp/items/{itemId}", lambda r: Reply(json=item(int(r.params["itemId"]))))


def jtl_list(server: LoopbackServer, *, total: int, reported_total: int | None = None) -> None:
    """GET /erp/items: `total` items, paged by pageNumber/pageSize; `reported_total` lies about it."""

    def page(r: Seen) -> Reply:
        number, size = int(r.query.get("pageNumber", 1)), int(r.query.get("pageSize", 100))
        ids = range((number - 1) * size, min(number * size, total))
        return Reply(
            json={
                "TotalItems": total if reported_total is None else reported_total,
                "PageNumber": number,
                "PageSize": size,
                "Items": [item(i) for i in ids],
            }
        )

    server.on("GET", "/erp/items", page)


def chift_token(server: LoopbackServer, *, lifetime: float = 1800.0, delay: float = 0.0) -> None:
    """POST /chift/token: a new token each time (chift-access-token-1, -2, ...)."""
    counter = itertools.count(1)

    def token(r: Seen) -> Reply:
        n = next(counter)
        return Reply(
            json={
                "access_token": f"{CHIFT_TOKEN_PREFIX}{n}",
                "token_type": "bearer",
                "expires_in": int(lifetime),
                "expires_on": time.time() + lifetime,
            },
            delay=delay,
        )

    server.on("POST", "/chift/token", token)


def chift_consumers(server: LoopbackServer) -> None:
    server.on(
        "GET",
        "/chift/consumers/{consumer_id}",
        lambda r: Reply(json=chift_consumer(r.params["consumer_id"])),
    )


def chift_products(server: LoopbackServer, *, total: int, reported_total: int | None = None) -> None:
    def page(r: Seen) -> Reply:
        number, size = int(r.query.get("page", 1)), int(r.query.get("size", 50))
        ids = range((number - 1) * size, min(number * size, total))
        return Reply(
            json={
                "items": [chift_product(i) for i in ids],
                "total": total if reported_total is None else reported_total,
                "page": number,
                "size": size,
            }
        )

    server.on("GET", "/chift/consumers/{consumer_id}/commerce/products", page)


def pack_integrations(
    server: LoopbackServer,
    *,
    total: int,
    reported_total: int | None = None,
    last_page: int | None = None,
    pad: int = 0,
    delay: float = 0.0,
) -> None:
    def page(r: Seen) -> Reply:
        number, size = int(r.query.get("page", 1)), int(r.query.get("per_page", 25))
        ids = range((number - 1) * size, min(number * size, total))
        return Reply(
            json={
                "data": [pack_integration(f"int-{i}", pad) for i in ids],
                "meta": {
                    "current_page": number,
                    "per_page": size,
                    "total": total if reported_total is None else reported_total,
                    "last_page": last_page if last_page is not None else max(1, -(-total // size)),
                },
            },
            delay=delay,
        )

    server.on("GET", "/pack/organizations/{organizationId}/integrations", page)


def pack_get(server: LoopbackServer) -> None:
    server.on(
        "GET",
        "/pack/organizations/{organizationId}/integrations/{integrationId}",
        lambda r: Reply(json=pack_integration(r.params["integrationId"])),
    )


# --------------------------------------------------------------------------- clients


def jtl_client(server: LoopbackServer | None, **options: Any) -> JtlErp:
    """A JTL client for `server` (or for `base_url=`), with fast backoff unless told otherwise."""
    options.setdefault("retry", FAST_RETRY)
    return JtlErp(
        api_key=options.pop("api_key", API_KEY),
        app_id=APP_ID,
        app_version=APP_VERSION,
        base_url=options.pop("base_url", None) or f"{server.url}/erp",
        **options,
    )


def chift_client(server: LoopbackServer | None, **options: Any) -> Chift:
    options.setdefault("retry", FAST_RETRY)
    return Chift(
        client_id=CHIFT_CLIENT_ID,
        client_secret=CHIFT_SECRET,
        account_id=CHIFT_ACCOUNT,
        base_url=options.pop("base_url", None) or f"{server.url}/chift",
        **options,
    )


def pack_client(server: LoopbackServer | None, token: Any = PACK_TOKEN, **options: Any) -> PackCloud:
    options.setdefault("retry", FAST_RETRY)
    return PackCloud(token=token, base_url=options.pop("base_url", None) or f"{server.url}/pack", **options)
