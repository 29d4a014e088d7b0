from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Categories",
        "Name",
        "SKU",
        "ManufacturerId",
        "ResponsiblePersonId",
        "Description",
        "ShortDescription",
        "Identifiers",
        "Components",
        "ItemPriceData",
        "ActiveSalesChannels",
        "SortNumber",
        "Annotation",
        "ReleasedOnDate",
        "StorageOptions",
        "CountryOfOrigin",
        "ConditionId",
        "ShippingClassId",
        "ProductGroupId",
        "TaxClassId",
        "Dimensions",
        "Weights",
        "AllowNegativeStock",
        "Quantities",
        "DangerousGoods",
        "Taric",
        "SearchTerms",
        "PriceListActive",
        "IgnoreDiscounts",
        "AvailabilityId",
    }
)


@_attrs_define
class CreateItem:
    """
    Attributes:
        categories (list[CreateCategoryReference]):
        name (str):  Example: Interdimensional goggles.
        sku (str | Unset):  Example: ART2394871.
        manufacturer_id (int | Unset):  Example: 1.
        responsible_person_id (int | Unset):  Example: 1.
        description (str | Unset):
        short_description (str | Unset):  Example: The best goggles anyone can buy.
        identifiers (CreateItemIdentifiers | Unset):
        components (list[CreateItemComponent] | Unset):
        item_price_data (CreateItemPrice | Unset):
        active_sales_channels (str | Unset):
        sort_number (int | Unset):  Example: 0.
        annotation (str | Unset):  Example: Some additional internal info about the item.
        released_on_date (datetime.datetime | Unset):  Example: 2023-01-15T13:00:00.0000000+00:00.
        storage_options (CreateItemStorageOption | Unset):
        country_of_origin (str | Unset):  Example: DE.
        condition_id (int | Unset):  Example: 1.
        shipping_class_id (int | Unset):  Example: 4.
        product_group_id (int | Unset):  Example: 2.
        tax_class_id (int | Unset):  Example: 3.
        dimensions (CreateDimensions | Unset):
        weights (CreateItemWeights | Unset):
        allow_negative_stock (bool | Unset):  Example: False.
        quantities (CreateItemQuantities | Unset):
        dangerous_goods (CreateItemDangerousGoods | Unset):
        taric (str | Unset):  Example: 61071100.
        search_terms (str | Unset):  Example: goggles, magnification, lenses.
        price_list_active (bool | Unset):  Example: False.
        ignore_discounts (bool | Unset):  Example: False.
        availability_id (int | Unset):  Example: 2.
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    categories: list[CreateCategoryReference]
    name: str
    sku: str | Unset = UNSET
    manufacturer_id: int | Unset = UNSET
    responsible_person_id: int | Unset = UNSET
    description: str | Unset = UNSET
    short_description: str | Unset = UNSET
    identifiers: CreateItemIdentifiers | Unset = UNSET
    components: list[CreateItemComponent] | Unset = UNSET
    item_price_data: CreateItemPrice | Unset = UNSET
    active_sales_channels: str | Unset = UNSET
    sort_number: int | Unset = UNSET
    annotation: str | Unset = UNSET
    released_on_date: datetime.datetime | Unset = UNSET
    storage_options: CreateItemStorageOption | Unset = UNSET
    country_of_origin: str | Unset = UNSET
    condition_id: int | Unset = UNSET
    shipping_class_id: int | Unset = UNSET
    product_group_id: int | Unset = UNSET
    tax_class_id: int | Unset = UNSET
    dimensions: CreateDimensions | Unset = UNSET
    weights: CreateItemWeights | Unset = UNSET
    allow_negative_stock: bool | Unset = UNSET
    quantities: CreateItemQuantities | Unset = UNSET
    dangerous_goods: CreateItemDangerousGoods | Unset = UNSET
    taric: str | Unset = UNSET
    search_terms: str | Unset = UNSET
    price_list_active: bool | Unset = UNSET
    ignore_discounts: bool | Unset = UNSET
    availability_id: int | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.categories is None or isinstance(self.categories, Unset):
            categories = self.categories
        else:
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        name = self.name

        sku = self.sku

        manufacturer_id = self.manufacturer_id

        responsible_person_id = self.responsible_person_id

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

        condition_id = self.condition_id

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Categories": categories,
                "Name": name,
            }
        )
        if sku is not UNSET:
            field_dict["SKU"] = sku
        if manufacturer_id is not UNSET:
            field_dict["ManufacturerId"] = manufacturer_id
        if responsible_person_id is not UNSET:
            field_dict["ResponsiblePersonId"] = responsible_person_id
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
        if condition_id is not UNSET:
            field_dict["ConditionId"] = condition_id
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
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages.
        Tolerant mode keeps nested objects as they are in `src_dict` and builds them on first
        read (`_decoding.lazy`): do not change `src_dict` afterwards."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        _m = _decoding.MODE.get()
        _lazy = not _m.strict and cls is CreateItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Categories"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "Categories", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            categories = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                categories = _v
                _pending |= 1
            else:
                categories = []
                _at = _path + "Categories[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        categories.append(_CreateCategoryReference_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, CreateCategoryReference, _path, "Categories", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["Name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "Name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sku = _src["SKU"]
        except KeyError:
            sku = UNSET
        if sku.__class__ is not str and sku is not UNSET:
            sku, _raw = _decoding.scalar(sku, "str", _path, "SKU", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            manufacturer_id = _src["ManufacturerId"]
        except KeyError:
            manufacturer_id = UNSET
        if manufacturer_id.__class__ is not int and manufacturer_id is not UNSET:
            manufacturer_id, _raw = _decoding.scalar(manufacturer_id, "int", _path, "ManufacturerId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            responsible_person_id = _src["ResponsiblePersonId"]
        except KeyError:
            responsible_person_id = UNSET
        if responsible_person_id.__class__ is not int and responsible_person_id is not UNSET:
            responsible_person_id, _raw = _decoding.scalar(
                responsible_person_id, "int", _path, "ResponsiblePersonId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            description = _src["Description"]
        except KeyError:
            description = UNSET
        if description.__class__ is not str and description is not UNSET:
            description, _raw = _decoding.scalar(description, "str", _path, "Description", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            short_description = _src["ShortDescription"]
        except KeyError:
            short_description = UNSET
        if short_description.__class__ is not str and short_description is not UNSET:
            short_description, _raw = _decoding.scalar(
                short_description, "str", _path, "ShortDescription", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Identifiers"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                identifiers = _v
                _pending |= 2
            else:
                identifiers = _CreateItemIdentifiers_from_dict(_v, _path + "Identifiers.")
        elif _v is UNSET:
            identifiers = UNSET
        else:
            identifiers, _raw = _decoding.as_model(_v, CreateItemIdentifiers, _path, "Identifiers", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Components"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "Components", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            components = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                components = _v
                _pending |= 4
            else:
                components = []
                _at = _path + "Components[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        components.append(_CreateItemComponent_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, CreateItemComponent, _path, "Components", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ItemPriceData"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                item_price_data = _v
                _pending |= 8
            else:
                item_price_data = _CreateItemPrice_from_dict(_v, _path + "ItemPriceData.")
        elif _v is UNSET:
            item_price_data = UNSET
        else:
            item_price_data, _raw = _decoding.as_model(_v, CreateItemPrice, _path, "ItemPriceData", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            active_sales_channels = _src["ActiveSalesChannels"]
        except KeyError:
            active_sales_channels = UNSET
        if active_sales_channels.__class__ is not str and active_sales_channels is not UNSET:
            active_sales_channels, _raw = _decoding.scalar(
                active_sales_channels, "str", _path, "ActiveSalesChannels", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sort_number = _src["SortNumber"]
        except KeyError:
            sort_number = UNSET
        if sort_number.__class__ is not int and sort_number is not UNSET:
            sort_number, _raw = _decoding.scalar(sort_number, "int", _path, "SortNumber", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            annotation = _src["Annotation"]
        except KeyError:
            annotation = UNSET
        if annotation.__class__ is not str and annotation is not UNSET:
            annotation, _raw = _decoding.scalar(annotation, "str", _path, "Annotation", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ReleasedOnDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                released_on_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                released_on_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "ReleasedOnDate", _raw)
        elif _v is UNSET:
            released_on_date = UNSET
        else:
            released_on_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "ReleasedOnDate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["StorageOptions"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                storage_options = _v
                _pending |= 16
            else:
                storage_options = _CreateItemStorageOption_from_dict(_v, _path + "StorageOptions.")
        elif _v is UNSET:
            storage_options = UNSET
        else:
            storage_options, _raw = _decoding.as_model(
                _v, CreateItemStorageOption, _path, "StorageOptions", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            country_of_origin = _src["CountryOfOrigin"]
        except KeyError:
            country_of_origin = UNSET
        if country_of_origin.__class__ is not str and country_of_origin is not UNSET:
            country_of_origin, _raw = _decoding.scalar(
                country_of_origin, "str", _path, "CountryOfOrigin", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            condition_id = _src["ConditionId"]
        except KeyError:
            condition_id = UNSET
        if condition_id.__class__ is not int and condition_id is not UNSET:
            condition_id, _raw = _decoding.scalar(condition_id, "int", _path, "ConditionId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            shipping_class_id = _src["ShippingClassId"]
        except KeyError:
            shipping_class_id = UNSET
        if shipping_class_id.__class__ is not int and shipping_class_id is not UNSET:
            shipping_class_id, _raw = _decoding.scalar(
                shipping_class_id, "int", _path, "ShippingClassId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            product_group_id = _src["ProductGroupId"]
        except KeyError:
            product_group_id = UNSET
        if product_group_id.__class__ is not int and product_group_id is not UNSET:
            product_group_id, _raw = _decoding.scalar(product_group_id, "int", _path, "ProductGroupId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_class_id = _src["TaxClassId"]
        except KeyError:
            tax_class_id = UNSET
        if tax_class_id.__class__ is not int and tax_class_id is not UNSET:
            tax_class_id, _raw = _decoding.scalar(tax_class_id, "int", _path, "TaxClassId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Dimensions"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                dimensions = _v
                _pending |= 32
            else:
                dimensions = _CreateDimensions_from_dict(_v, _path + "Dimensions.")
        elif _v is UNSET:
            dimensions = UNSET
        else:
            dimensions, _raw = _decoding.as_model(_v, CreateDimensions, _path, "Dimensions", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Weights"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                weights = _v
                _pending |= 64
            else:
                weights = _CreateItemWeights_from_dict(_v, _path + "Weights.")
        elif _v is UNSET:
            weights = UNSET
        else:
            weights, _raw = _decoding.as_model(_v, CreateItemWeights, _path, "Weights", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            allow_negative_stock = _src["AllowNegativeStock"]
        except KeyError:
            allow_negative_stock = UNSET
        if allow_negative_stock.__class__ is not bool and allow_negative_stock is not UNSET:
            allow_negative_stock, _raw = _decoding.scalar(
                allow_negative_stock, "bool", _path, "AllowNegativeStock", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Quantities"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                quantities = _v
                _pending |= 128
            else:
                quantities = _CreateItemQuantities_from_dict(_v, _path + "Quantities.")
        elif _v is UNSET:
            quantities = UNSET
        else:
            quantities, _raw = _decoding.as_model(_v, CreateItemQuantities, _path, "Quantities", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["DangerousGoods"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                dangerous_goods = _v
                _pending |= 256
            else:
                dangerous_goods = _CreateItemDangerousGoods_from_dict(_v, _path + "DangerousGoods.")
        elif _v is UNSET:
            dangerous_goods = UNSET
        else:
            dangerous_goods, _raw = _decoding.as_model(
                _v, CreateItemDangerousGoods, _path, "DangerousGoods", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            taric = _src["Taric"]
        except KeyError:
            taric = UNSET
        if taric.__class__ is not str and taric is not UNSET:
            taric, _raw = _decoding.scalar(taric, "str", _path, "Taric", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            search_terms = _src["SearchTerms"]
        except KeyError:
            search_terms = UNSET
        if search_terms.__class__ is not str and search_terms is not UNSET:
            search_terms, _raw = _decoding.scalar(search_terms, "str", _path, "SearchTerms", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            price_list_active = _src["PriceListActive"]
        except KeyError:
            price_list_active = UNSET
        if price_list_active.__class__ is not bool and price_list_active is not UNSET:
            price_list_active, _raw = _decoding.scalar(
                price_list_active, "bool", _path, "PriceListActive", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            ignore_discounts = _src["IgnoreDiscounts"]
        except KeyError:
            ignore_discounts = UNSET
        if ignore_discounts.__class__ is not bool and ignore_discounts is not UNSET:
            ignore_discounts, _raw = _decoding.scalar(
                ignore_discounts, "bool", _path, "IgnoreDiscounts", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            availability_id = _src["AvailabilityId"]
        except KeyError:
            availability_id = UNSET
        if availability_id.__class__ is not int and availability_id is not UNSET:
            availability_id, _raw = _decoding.scalar(availability_id, "int", _path, "AvailabilityId", _raw)

        if cls is CreateItem:
            _obj = _new(cls)
            _set_categories(_obj, categories)
            _obj.name = name
            _obj.sku = sku
            _obj.manufacturer_id = manufacturer_id
            _obj.responsible_person_id = responsible_person_id
            _obj.description = description
            _obj.short_description = short_description
            _set_identifiers(_obj, identifiers)
            _set_components(_obj, components)
            _set_item_price_data(_obj, item_price_data)
            _obj.active_sales_channels = active_sales_channels
            _obj.sort_number = sort_number
            _obj.annotation = annotation
            _obj.released_on_date = released_on_date
            _set_storage_options(_obj, storage_options)
            _obj.country_of_origin = country_of_origin
            _obj.condition_id = condition_id
            _obj.shipping_class_id = shipping_class_id
            _obj.product_group_id = product_group_id
            _obj.tax_class_id = tax_class_id
            _set_dimensions(_obj, dimensions)
            _set_weights(_obj, weights)
            _obj.allow_negative_stock = allow_negative_stock
            _set_quantities(_obj, quantities)
            _set_dangerous_goods(_obj, dangerous_goods)
            _obj.taric = taric
            _obj.search_terms = search_terms
            _obj.price_list_active = price_list_active
            _obj.ignore_discounts = ignore_discounts
            _obj.availability_id = availability_id
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                categories,
                name,
                sku,
                manufacturer_id,
                responsible_person_id,
                description,
                short_description,
                identifiers,
                components,
                item_price_data,
                active_sales_channels,
                sort_number,
                annotation,
                released_on_date,
                storage_options,
                country_of_origin,
                condition_id,
                shipping_class_id,
                product_group_id,
                tax_class_id,
                dimensions,
                weights,
                allow_negative_stock,
                quantities,
                dangerous_goods,
                taric,
                search_terms,
                price_list_active,
                ignore_discounts,
                availability_id,
            )

        if not _KNOWN_KEYS.issuperset(_src):
            _obj._additional_properties = {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        if _raw is not None:
            _obj._raw_values = _raw
        return _obj

    @property
    def raw_values(self) -> dict[str, Any]:
        """Values from the response that could not be read as the spec says, by field name
        (tolerant decoding left those fields unset); empty when the body matched the spec."""
        return self._raw_values if self._raw_values is not None else {}

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys of the body the spec does not declare, with their values."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

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


from ..models.create_category_reference import CreateCategoryReference
from ..models.create_dimensions import CreateDimensions
from ..models.create_item_component import CreateItemComponent
from ..models.create_item_dangerous_goods import CreateItemDangerousGoods
from ..models.create_item_identifiers import CreateItemIdentifiers
from ..models.create_item_price import CreateItemPrice
from ..models.create_item_quantities import CreateItemQuantities
from ..models.create_item_storage_option import CreateItemStorageOption
from ..models.create_item_weights import CreateItemWeights

_CreateCategoryReference_from_dict = CreateCategoryReference.from_dict
_CreateDimensions_from_dict = CreateDimensions.from_dict
_CreateItemComponent_from_dict = CreateItemComponent.from_dict
_CreateItemDangerousGoods_from_dict = CreateItemDangerousGoods.from_dict
_CreateItemIdentifiers_from_dict = CreateItemIdentifiers.from_dict
_CreateItemPrice_from_dict = CreateItemPrice.from_dict
_CreateItemQuantities_from_dict = CreateItemQuantities.from_dict
_CreateItemStorageOption_from_dict = CreateItemStorageOption.from_dict
_CreateItemWeights_from_dict = CreateItemWeights.from_dict

_set_categories = _decoding.lazy(
    CreateItem, "categories", "Categories", 1, CreateCategoryReference.from_dict, True
)
_set_identifiers = _decoding.lazy(
    CreateItem, "identifiers", "Identifiers", 2, CreateItemIdentifiers.from_dict, False
)
_set_components = _decoding.lazy(
    CreateItem, "components", "Components", 4, CreateItemComponent.from_dict, True
)
_set_item_price_data = _decoding.lazy(
    CreateItem, "item_price_data", "ItemPriceData", 8, CreateItemPrice.from_dict, False
)
_set_storage_options = _decoding.lazy(
    CreateItem, "storage_options", "StorageOptions", 16, CreateItemStorageOption.from_dict, False
)
_set_dimensions = _decoding.lazy(
    CreateItem, "dimensions", "Dimensions", 32, CreateDimensions.from_dict, False
)
_set_weights = _decoding.lazy(CreateItem, "weights", "Weights", 64, CreateItemWeights.from_dict, False)
_set_quantities = _decoding.lazy(
    CreateItem, "quantities", "Quantities", 128, CreateItemQuantities.from_dict, False
)
_set_dangerous_goods = _decoding.lazy(
    CreateItem, "dangerous_goods", "DangerousGoods", 256, CreateItemDangerousGoods.from_dict, False
)
