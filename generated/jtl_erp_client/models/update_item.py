from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateItem")


@_attrs_define
class UpdateItem:
    """
    Attributes:
        sku (str | Unset):  Example: ART2394871.
        manufacturer_id (int | Unset):  Example: 1.
        responsible_person_id (int | Unset):  Example: 1.
        categories (list[UpdateCategoryReference] | Unset):
        name (str | Unset):  Example: Interdimensional goggles.
        description (str | Unset):
        short_description (str | Unset):  Example: The best goggles anyone can buy.
        identifiers (UpdateItemIdentifiers | Unset):
        components (list[UpdateItemComponent] | Unset):
        item_price_data (UpdateItemPrice | Unset):
        active_sales_channels (str | Unset):
        sort_number (int | Unset):  Example: 0.
        annotation (str | Unset):  Example: Some additional internal info about the item.
        released_on_date (datetime.datetime | Unset):  Example: 2023-01-15T13:00:00.0000000+00:00.
        storage_options (UpdateItemStorageOption | Unset):
        country_of_origin (str | Unset):  Example: DE.
        shipping_class_id (int | Unset):  Example: 4.
        product_group_id (int | Unset):  Example: 2.
        tax_class_id (int | Unset):  Example: 3.
        dimensions (UpdateDimensions | Unset):
        weights (UpdateItemWeights | Unset):
        allow_negative_stock (bool | Unset):  Example: False.
        quantities (UpdateItemQuantities | Unset):
        dangerous_goods (UpdateItemDangerousGoods | Unset):
        taric (str | Unset):  Example: 61071100.
        search_terms (str | Unset):  Example: goggles, magnification, lenses.
        price_list_active (bool | Unset):  Example: False.
        ignore_discounts (bool | Unset):  Example: False.
        availability_id (int | Unset):  Example: 2.
    """

    sku: str | Unset = UNSET
    manufacturer_id: int | Unset = UNSET
    responsible_person_id: int | Unset = UNSET
    categories: list[UpdateCategoryReference] | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    short_description: str | Unset = UNSET
    identifiers: UpdateItemIdentifiers | Unset = UNSET
    components: list[UpdateItemComponent] | Unset = UNSET
    item_price_data: UpdateItemPrice | Unset = UNSET
    active_sales_channels: str | Unset = UNSET
    sort_number: int | Unset = UNSET
    annotation: str | Unset = UNSET
    released_on_date: datetime.datetime | Unset = UNSET
    storage_options: UpdateItemStorageOption | Unset = UNSET
    country_of_origin: str | Unset = UNSET
    shipping_class_id: int | Unset = UNSET
    product_group_id: int | Unset = UNSET
    tax_class_id: int | Unset = UNSET
    dimensions: UpdateDimensions | Unset = UNSET
    weights: UpdateItemWeights | Unset = UNSET
    allow_negative_stock: bool | Unset = UNSET
    quantities: UpdateItemQuantities | Unset = UNSET
    dangerous_goods: UpdateItemDangerousGoods | Unset = UNSET
    taric: str | Unset = UNSET
    search_terms: str | Unset = UNSET
    price_list_active: bool | Unset = UNSET
    ignore_discounts: bool | Unset = UNSET
    availability_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        manufacturer_id = self.manufacturer_id

        responsible_person_id = self.responsible_person_id

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        name = self.name

        description = self.description

        short_description = self.short_description

        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        item_price_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_price_data, Unset):
            item_price_data = self.item_price_data.to_dict()

        active_sales_channels = self.active_sales_channels

        sort_number = self.sort_number

        annotation = self.annotation

        released_on_date: str | Unset = UNSET
        if not isinstance(self.released_on_date, Unset):
            released_on_date = self.released_on_date.isoformat()

        storage_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_options, Unset):
            storage_options = self.storage_options.to_dict()

        country_of_origin = self.country_of_origin

        shipping_class_id = self.shipping_class_id

        product_group_id = self.product_group_id

        tax_class_id = self.tax_class_id

        dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions.to_dict()

        weights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weights, Unset):
            weights = self.weights.to_dict()

        allow_negative_stock = self.allow_negative_stock

        quantities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quantities, Unset):
            quantities = self.quantities.to_dict()

        dangerous_goods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dangerous_goods, Unset):
            dangerous_goods = self.dangerous_goods.to_dict()

        taric = self.taric

        search_terms = self.search_terms

        price_list_active = self.price_list_active

        ignore_discounts = self.ignore_discounts

        availability_id = self.availability_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sku is not UNSET:
            field_dict["SKU"] = sku
        if manufacturer_id is not UNSET:
            field_dict["ManufacturerId"] = manufacturer_id
        if responsible_person_id is not UNSET:
            field_dict["ResponsiblePersonId"] = responsible_person_id
        if categories is not UNSET:
            field_dict["Categories"] = categories
        if name is not UNSET:
            field_dict["Name"] = name
        if description is not UNSET:
            field_dict["Description"] = description
        if short_description is not UNSET:
            field_dict["ShortDescription"] = short_description
        if identifiers is not UNSET:
            field_dict["Identifiers"] = identifiers
        if components is not UNSET:
            field_dict["Components"] = components
        if item_price_data is not UNSET:
            field_dict["ItemPriceData"] = item_price_data
        if active_sales_channels is not UNSET:
            field_dict["ActiveSalesChannels"] = active_sales_channels
        if sort_number is not UNSET:
            field_dict["SortNumber"] = sort_number
        if annotation is not UNSET:
            field_dict["Annotation"] = annotation
        if released_on_date is not UNSET:
            field_dict["ReleasedOnDate"] = released_on_date
        if storage_options is not UNSET:
            field_dict["StorageOptions"] = storage_options
        if country_of_origin is not UNSET:
            field_dict["CountryOfOrigin"] = country_of_origin
        if shipping_class_id is not UNSET:
            field_dict["ShippingClassId"] = shipping_class_id
        if product_group_id is not UNSET:
            field_dict["ProductGroupId"] = product_group_id
        if tax_class_id is not UNSET:
            field_dict["TaxClassId"] = tax_class_id
        if dimensions is not UNSET:
            field_dict["Dimensions"] = dimensions
        if weights is not UNSET:
            field_dict["Weights"] = weights
        if allow_negative_stock is not UNSET:
            field_dict["AllowNegativeStock"] = allow_negative_stock
        if quantities is not UNSET:
            field_dict["Quantities"] = quantities
        if dangerous_goods is not UNSET:
            field_dict["DangerousGoods"] = dangerous_goods
        if taric is not UNSET:
            field_dict["Taric"] = taric
        if search_terms is not UNSET:
            field_dict["SearchTerms"] = search_terms
        if price_list_active is not UNSET:
            field_dict["PriceListActive"] = price_list_active
        if ignore_discounts is not UNSET:
            field_dict["IgnoreDiscounts"] = ignore_discounts
        if availability_id is not UNSET:
            field_dict["AvailabilityId"] = availability_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("SKU", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("SKU: expected str, got " + type(_v).__name__)
        sku = _v

        _v = d.pop("ManufacturerId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("ManufacturerId: expected int, got " + type(_v).__name__)
        manufacturer_id = _v

        _v = d.pop("ResponsiblePersonId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("ResponsiblePersonId: expected int, got " + type(_v).__name__)
        responsible_person_id = _v

        _v = d.pop("Categories", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("Categories: expected list, got " + type(_v).__name__)
        _categories = _v
        categories: list[UpdateCategoryReference] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = UpdateCategoryReference.from_dict(categories_item_data)

                categories.append(categories_item)

        _v = d.pop("Name", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("Description", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Description: expected str, got " + type(_v).__name__)
        description = _v

        _v = d.pop("ShortDescription", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("ShortDescription: expected str, got " + type(_v).__name__)
        short_description = _v

        _identifiers = d.pop("Identifiers", UNSET)
        identifiers: UpdateItemIdentifiers | Unset
        if isinstance(_identifiers, Unset):
            identifiers = UNSET
        else:
            identifiers = UpdateItemIdentifiers.from_dict(_identifiers)

        _v = d.pop("Components", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("Components: expected list, got " + type(_v).__name__)
        _components = _v
        components: list[UpdateItemComponent] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = UpdateItemComponent.from_dict(components_item_data)

                components.append(components_item)

        _item_price_data = d.pop("ItemPriceData", UNSET)
        item_price_data: UpdateItemPrice | Unset
        if isinstance(_item_price_data, Unset):
            item_price_data = UNSET
        else:
            item_price_data = UpdateItemPrice.from_dict(_item_price_data)

        _v = d.pop("ActiveSalesChannels", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("ActiveSalesChannels: expected str, got " + type(_v).__name__)
        active_sales_channels = _v

        _v = d.pop("SortNumber", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("SortNumber: expected int, got " + type(_v).__name__)
        sort_number = _v

        _v = d.pop("Annotation", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Annotation: expected str, got " + type(_v).__name__)
        annotation = _v

        _released_on_date = d.pop("ReleasedOnDate", UNSET)
        released_on_date: datetime.datetime | Unset
        if isinstance(_released_on_date, Unset):
            released_on_date = UNSET
        else:
            released_on_date = datetime.datetime.fromisoformat(_released_on_date)

        _storage_options = d.pop("StorageOptions", UNSET)
        storage_options: UpdateItemStorageOption | Unset
        if isinstance(_storage_options, Unset):
            storage_options = UNSET
        else:
            storage_options = UpdateItemStorageOption.from_dict(_storage_options)

        _v = d.pop("CountryOfOrigin", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("CountryOfOrigin: expected str, got " + type(_v).__name__)
        country_of_origin = _v

        _v = d.pop("ShippingClassId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("ShippingClassId: expected int, got " + type(_v).__name__)
        shipping_class_id = _v

        _v = d.pop("ProductGroupId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("ProductGroupId: expected int, got " + type(_v).__name__)
        product_group_id = _v

        _v = d.pop("TaxClassId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("TaxClassId: expected int, got " + type(_v).__name__)
        tax_class_id = _v

        _dimensions = d.pop("Dimensions", UNSET)
        dimensions: UpdateDimensions | Unset
        if isinstance(_dimensions, Unset):
            dimensions = UNSET
        else:
            dimensions = UpdateDimensions.from_dict(_dimensions)

        _weights = d.pop("Weights", UNSET)
        weights: UpdateItemWeights | Unset
        if isinstance(_weights, Unset):
            weights = UNSET
        else:
            weights = UpdateItemWeights.from_dict(_weights)

        _v = d.pop("AllowNegativeStock", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("AllowNegativeStock: expected bool, got " + type(_v).__name__)
        allow_negative_stock = _v

        _quantities = d.pop("Quantities", UNSET)
        quantities: UpdateItemQuantities | Unset
        if isinstance(_quantities, Unset):
            quantities = UNSET
        else:
            quantities = UpdateItemQuantities.from_dict(_quantities)

        _dangerous_goods = d.pop("DangerousGoods", UNSET)
        dangerous_goods: UpdateItemDangerousGoods | Unset
        if isinstance(_dangerous_goods, Unset):
            dangerous_goods = UNSET
        else:
            dangerous_goods = UpdateItemDangerousGoods.from_dict(_dangerous_goods)

        _v = d.pop("Taric", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Taric: expected str, got " + type(_v).__name__)
        taric = _v

        _v = d.pop("SearchTerms", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("SearchTerms: expected str, got " + type(_v).__name__)
        search_terms = _v

        _v = d.pop("PriceListActive", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("PriceListActive: expected bool, got " + type(_v).__name__)
        price_list_active = _v

        _v = d.pop("IgnoreDiscounts", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("IgnoreDiscounts: expected bool, got " + type(_v).__name__)
        ignore_discounts = _v

        _v = d.pop("AvailabilityId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("AvailabilityId: expected int, got " + type(_v).__name__)
        availability_id = _v

        update_item = cls(
            sku=sku,
            manufacturer_id=manufacturer_id,
            responsible_person_id=responsible_person_id,
            categories=categories,
            name=name,
            description=description,
            short_description=short_description,
            identifiers=identifiers,
            components=components,
            item_price_data=item_price_data,
            active_sales_channels=active_sales_channels,
            sort_number=sort_number,
            annotation=annotation,
            released_on_date=released_on_date,
            storage_options=storage_options,
            country_of_origin=country_of_origin,
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

        update_item.additional_properties = d
        return update_item

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


from ..models.update_category_reference import UpdateCategoryReference
from ..models.update_dimensions import UpdateDimensions
from ..models.update_item_component import UpdateItemComponent
from ..models.update_item_dangerous_goods import UpdateItemDangerousGoods
from ..models.update_item_identifiers import UpdateItemIdentifiers
from ..models.update_item_price import UpdateItemPrice
from ..models.update_item_quantities import UpdateItemQuantities
from ..models.update_item_storage_option import UpdateItemStorageOption
from ..models.update_item_weights import UpdateItemWeights
