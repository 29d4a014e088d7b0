from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """
    Attributes:
        id (int):  Example: 1.
        sku (str):  Example: ART2394871.
        manufacturer_id (int):  Example: 1.
        responsible_person_id (int):  Example: 1.
        is_active (bool):  Example: True.
        categories (list[CategoryReference]):
        name (str):  Example: Interdimensional goggles.
        description (str):
        short_description (str):  Example: The best goggles anyone can buy.
        identifiers (ItemIdentifiers):
        components (list[ItemComponent]):
        child_items (list[int]):
        parent_item_id (int):  Example: 2.
        item_price_data (ItemPrice):
        active_sales_channels (str):
        sort_number (int):  Example: 0.
        annotation (str):  Example: Some additional internal info about the item.
        added (datetime.datetime):  Example: 2023-01-15T13:00:00.0000000+00:00.
        changed (datetime.datetime):  Example: 2023-01-15T13:00:00.0000000+00:00.
        released_on_date (datetime.datetime):  Example: 2023-01-15T13:00:00.0000000+00:00.
        storage_options (ItemStorageOption):
        country_of_origin (str):  Example: DE.
        condition_id (int):  Example: 1.
        shipping_class_id (int):  Example: 4.
        product_group_id (int):  Example: 2.
        tax_class_id (int):  Example: 3.
        dimensions (Dimensions):
        weights (ItemWeights):
        allow_negative_stock (bool):  Example: False.
        quantities (ItemQuantities):
        dangerous_goods (ItemDangerousGoods):
        taric (str):  Example: 61071100.
        search_terms (str):  Example: goggles, magnification, lenses.
        price_list_active (bool):  Example: False.
        ignore_discounts (bool):  Example: False.
        availability_id (int):  Example: 2.
    """

    id: int
    sku: str
    manufacturer_id: int
    responsible_person_id: int
    is_active: bool
    categories: list[CategoryReference]
    name: str
    description: str
    short_description: str
    identifiers: ItemIdentifiers
    components: list[ItemComponent]
    child_items: list[int]
    parent_item_id: int
    item_price_data: ItemPrice
    active_sales_channels: str
    sort_number: int
    annotation: str
    added: datetime.datetime
    changed: datetime.datetime
    released_on_date: datetime.datetime
    storage_options: ItemStorageOption
    country_of_origin: str
    condition_id: int
    shipping_class_id: int
    product_group_id: int
    tax_class_id: int
    dimensions: Dimensions
    weights: ItemWeights
    allow_negative_stock: bool
    quantities: ItemQuantities
    dangerous_goods: ItemDangerousGoods
    taric: str
    search_terms: str
    price_list_active: bool
    ignore_discounts: bool
    availability_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sku = self.sku

        manufacturer_id = self.manufacturer_id

        responsible_person_id = self.responsible_person_id

        is_active = self.is_active

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        name = self.name

        description = self.description

        short_description = self.short_description

        identifiers = self.identifiers.to_dict()

        components = []
        for components_item_data in self.components:
            components_item = components_item_data.to_dict()
            components.append(components_item)

        child_items = self.child_items

        parent_item_id = self.parent_item_id

        item_price_data = self.item_price_data.to_dict()

        active_sales_channels = self.active_sales_channels

        sort_number = self.sort_number

        annotation = self.annotation

        added = self.added.isoformat()

        changed = self.changed.isoformat()

        released_on_date = self.released_on_date.isoformat()

        storage_options = self.storage_options.to_dict()

        country_of_origin = self.country_of_origin

        condition_id = self.condition_id

        shipping_class_id = self.shipping_class_id

        product_group_id = self.product_group_id

        tax_class_id = self.tax_class_id

        dimensions = self.dimensions.to_dict()

        weights = self.weights.to_dict()

        allow_negative_stock = self.allow_negative_stock

        quantities = self.quantities.to_dict()

        dangerous_goods = self.dangerous_goods.to_dict()

        taric = self.taric

        search_terms = self.search_terms

        price_list_active = self.price_list_active

        ignore_discounts = self.ignore_discounts

        availability_id = self.availability_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "SKU": sku,
                "ManufacturerId": manufacturer_id,
                "ResponsiblePersonId": responsible_person_id,
                "IsActive": is_active,
                "Categories": categories,
                "Name": name,
                "Description": description,
                "ShortDescription": short_description,
                "Identifiers": identifiers,
                "Components": components,
                "ChildItems": child_items,
                "ParentItemId": parent_item_id,
                "ItemPriceData": item_price_data,
                "ActiveSalesChannels": active_sales_channels,
                "SortNumber": sort_number,
                "Annotation": annotation,
                "Added": added,
                "Changed": changed,
                "ReleasedOnDate": released_on_date,
                "StorageOptions": storage_options,
                "CountryOfOrigin": country_of_origin,
                "ConditionId": condition_id,
                "ShippingClassId": shipping_class_id,
                "ProductGroupId": product_group_id,
                "TaxClassId": tax_class_id,
                "Dimensions": dimensions,
                "Weights": weights,
                "AllowNegativeStock": allow_negative_stock,
                "Quantities": quantities,
                "DangerousGoods": dangerous_goods,
                "Taric": taric,
                "SearchTerms": search_terms,
                "PriceListActive": price_list_active,
                "IgnoreDiscounts": ignore_discounts,
                "AvailabilityId": availability_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Id", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Id: expected int, got " + type(_v).__name__)
        id = _v

        _v = d.pop("SKU", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SKU: expected str, got " + type(_v).__name__)
        sku = _v

        _v = d.pop("ManufacturerId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ManufacturerId: expected int, got " + type(_v).__name__)
        manufacturer_id = _v

        _v = d.pop("ResponsiblePersonId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ResponsiblePersonId: expected int, got " + type(_v).__name__)
        responsible_person_id = _v

        _v = d.pop("IsActive", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsActive: expected bool, got " + type(_v).__name__)
        is_active = _v

        _v = d.pop("Categories", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("Categories: expected list, got " + type(_v).__name__)
        categories = []
        _categories = _v
        for categories_item_data in _categories:
            categories_item = CategoryReference.from_dict(categories_item_data)

            categories.append(categories_item)

        _v = d.pop("Name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("Description", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Description: expected str, got " + type(_v).__name__)
        description = _v

        _v = d.pop("ShortDescription", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("ShortDescription: expected str, got " + type(_v).__name__)
        short_description = _v

        identifiers = ItemIdentifiers.from_dict(d.pop("Identifiers"))

        _v = d.pop("Components", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("Components: expected list, got " + type(_v).__name__)
        components = []
        _components = _v
        for components_item_data in _components:
            components_item = ItemComponent.from_dict(components_item_data)

            components.append(components_item)

        _v = d.pop("ChildItems", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("ChildItems: expected list, got " + type(_v).__name__)
        child_items = cast(list[int], _v)

        _v = d.pop("ParentItemId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ParentItemId: expected int, got " + type(_v).__name__)
        parent_item_id = _v

        item_price_data = ItemPrice.from_dict(d.pop("ItemPriceData"))

        _v = d.pop("ActiveSalesChannels", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("ActiveSalesChannels: expected str, got " + type(_v).__name__)
        active_sales_channels = _v

        _v = d.pop("SortNumber", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("SortNumber: expected int, got " + type(_v).__name__)
        sort_number = _v

        _v = d.pop("Annotation", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Annotation: expected str, got " + type(_v).__name__)
        annotation = _v

        added = datetime.datetime.fromisoformat(d.pop("Added"))

        changed = datetime.datetime.fromisoformat(d.pop("Changed"))

        released_on_date = datetime.datetime.fromisoformat(d.pop("ReleasedOnDate"))

        storage_options = ItemStorageOption.from_dict(d.pop("StorageOptions"))

        _v = d.pop("CountryOfOrigin", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("CountryOfOrigin: expected str, got " + type(_v).__name__)
        country_of_origin = _v

        _v = d.pop("ConditionId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ConditionId: expected int, got " + type(_v).__name__)
        condition_id = _v

        _v = d.pop("ShippingClassId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ShippingClassId: expected int, got " + type(_v).__name__)
        shipping_class_id = _v

        _v = d.pop("ProductGroupId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ProductGroupId: expected int, got " + type(_v).__name__)
        product_group_id = _v

        _v = d.pop("TaxClassId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("TaxClassId: expected int, got " + type(_v).__name__)
        tax_class_id = _v

        dimensions = Dimensions.from_dict(d.pop("Dimensions"))

        weights = ItemWeights.from_dict(d.pop("Weights"))

        _v = d.pop("AllowNegativeStock", UNSET)
        if type(_v) is not bool:
            raise TypeError("AllowNegativeStock: expected bool, got " + type(_v).__name__)
        allow_negative_stock = _v

        quantities = ItemQuantities.from_dict(d.pop("Quantities"))

        dangerous_goods = ItemDangerousGoods.from_dict(d.pop("DangerousGoods"))

        _v = d.pop("Taric", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Taric: expected str, got " + type(_v).__name__)
        taric = _v

        _v = d.pop("SearchTerms", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SearchTerms: expected str, got " + type(_v).__name__)
        search_terms = _v

        _v = d.pop("PriceListActive", UNSET)
        if type(_v) is not bool:
            raise TypeError("PriceListActive: expected bool, got " + type(_v).__name__)
        price_list_active = _v

        _v = d.pop("IgnoreDiscounts", UNSET)
        if type(_v) is not bool:
            raise TypeError("IgnoreDiscounts: expected bool, got " + type(_v).__name__)
        ignore_discounts = _v

        _v = d.pop("AvailabilityId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("AvailabilityId: expected int, got " + type(_v).__name__)
        availability_id = _v

        item = cls(
            id=id,
            sku=sku,
            manufacturer_id=manufacturer_id,
            responsible_person_id=responsible_person_id,
            is_active=is_active,
            categories=categories,
            name=name,
            description=description,
            short_description=short_description,
            identifiers=identifiers,
            components=components,
            child_items=child_items,
            parent_item_id=parent_item_id,
            item_price_data=item_price_data,
            active_sales_channels=active_sales_channels,
            sort_number=sort_number,
            annotation=annotation,
            added=added,
            changed=changed,
            released_on_date=released_on_date,
            storage_options=storage_options,
            country_of_origin=country_of_origin,
            condition_id=condition_id,
            shipping_class_id=shipping_class_id,
            product_group_id=product_group_id,
            tax_class_id=tax_class_id,
            dimensions=dimensions,
            weights=weights,
            allow_negative_stock=allow_negative_stock,
            quantities=quantities,
            dangerous_goods=dangerous_goods,
            taric=taric,
            search_terms=search_terms,
            price_list_active=price_list_active,
            ignore_discounts=ignore_discounts,
            availability_id=availability_id,
        )

        item.additional_properties = d
        return item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.category_reference import CategoryReference
from ..models.dimensions import Dimensions
from ..models.item_component import ItemComponent
from ..models.item_dangerous_goods import ItemDangerousGoods
from ..models.item_identifiers import ItemIdentifiers
from ..models.item_price import ItemPrice
from ..models.item_quantities import ItemQuantities
from ..models.item_storage_option import ItemStorageOption
from ..models.item_weights import ItemWeights
