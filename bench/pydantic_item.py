"""The bench `Item` as pydantic v2 models: the baseline for model decoding (issue 18).

The same fields and types as the generated `Item` (spec names as attribute names, unknown
keys kept, like `additional_properties`), validated by pydantic-core from JSON bytes.
Benchmark only: pydantic is a dev extra, the SDK does not use it.
"""

from __future__ import annotations

import datetime

from pydantic import BaseModel, ConfigDict


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow")


class CategoryReference(_Model):
    CategoryId: int
    Name: str


class ItemIdentifiers(_Model):
    Gtin: str
    ManufacturerNumber: str
    ISBN: str
    UPC: str
    AmazonFnsku: str
    Asins: list[str]
    OwnIdentifier: str


class ItemComponent(_Model):
    ItemId: int
    Quantity: float
    SortNumber: int


class ItemPrice(_Model):
    SalesPriceNet: float
    SuggestedRetailPrice: float
    PurchasePriceNet: float
    EbayPrice: float
    AmazonPrice: float


class ItemStorageOption(_Model):
    InventoryManagementActive: bool
    SplitQuantity: bool
    GlobalMinimumStockLevel: float
    Buffer: int
    SerialNumberItem: bool
    SerialNumberTracking: bool
    SubjectToShelfLifeExpirationDate: bool
    SubjectToBatchItem: bool
    ProcurementTime: int
    DetermineProcurementTimeAutomatically: bool
    AdditionalHandlingTime: int


class Dimensions(_Model):
    Length: float
    Width: float
    Height: float


class ItemWeights(_Model):
    ItemWeigth: float
    ShippingWeight: float


class ItemMinimumPurchaseQuantityForCustomerGroup(_Model):
    CustomerGroupId: int
    PermissibleOrderQuantity: float
    MinimumPurchaseQuantity: float
    IsActive: bool


class ItemQuantities(_Model):
    MinimumOrderQuantity: float
    MinimumPurchaseQuantityForCustomerGroup: list[ItemMinimumPurchaseQuantityForCustomerGroup]
    PermissibleOrderQuantity: float


class ItemDangerousGoods(_Model):
    UnNumber: str
    HazardNo: str


class Item(_Model):
    Id: int
    SKU: str
    ManufacturerId: int
    ResponsiblePersonId: int
    IsActive: bool
    Categories: list[CategoryReference]
    Name: str
    Description: str
    ShortDescription: str
    Identifiers: ItemIdentifiers
    Components: list[ItemComponent]
    ChildItems: list[int]
    ParentItemId: int
    ItemPriceData: ItemPrice
    ActiveSalesChannels: str
    SortNumber: int
    Annotation: str
    Added: datetime.datetime
    Changed: datetime.datetime
    ReleasedOnDate: datetime.datetime
    StorageOptions: ItemStorageOption
    CountryOfOrigin: str
    ConditionId: int
    ShippingClassId: int
    ProductGroupId: int
    TaxClassId: int
    Dimensions: Dimensions
    Weights: ItemWeights
    AllowNegativeStock: bool
    Quantities: ItemQuantities
    DangerousGoods: ItemDangerousGoods
    Taric: str
    SearchTerms: str
    PriceListActive: bool
    IgnoreDiscounts: bool
    AvailabilityId: int


class PagedListOfItem(_Model):
    TotalItems: int
    PageNumber: int
    PageSize: int
    TotalPages: int
    HasPreviousPage: bool
    HasNextPage: bool
    Items: list[Item]
