from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="Item")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "SKU",
        "ManufacturerId",
        "ResponsiblePersonId",
        "IsActive",
        "Categories",
        "Name",
        "Description",
        "ShortDescription",
        "Identifiers",
        "Components",
        "ChildItems",
        "ParentItemId",
        "ItemPriceData",
        "ActiveSalesChannels",
        "SortNumber",
        "Annotation",
        "Added",
        "Changed",
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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sku = self.sku

        manufacturer_id = self.manufacturer_id

        responsible_person_id = self.responsible_person_id

        is_active = self.is_active

        if self.categories is None or isinstance(self.categories, Unset):
            categories = self.categories
        else:
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        name = self.name

        description = self.description

        short_description = self.short_description

        if self.identifiers is None or isinstance(self.identifiers, Unset):
            identifiers = self.identifiers
        else:
            identifiers = self.identifiers.to_dict()

        if self.components is None or isinstance(self.components, Unset):
            components = self.components
        else:
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        if self.child_items is None or isinstance(self.child_items, Unset):
            child_items = self.child_items
        else:
            child_items = self.child_items

        parent_item_id = self.parent_item_id

        if self.item_price_data is None or isinstance(self.item_price_data, Unset):
            item_price_data = self.item_price_data
        else:
            item_price_data = self.item_price_data.to_dict()

        active_sales_channels = self.active_sales_channels

        sort_number = self.sort_number

        annotation = self.annotation

        if self.added is None or isinstance(self.added, Unset):
            added = self.added
        else:
            added = self.added.isoformat()

        if self.changed is None or isinstance(self.changed, Unset):
            changed = self.changed
        else:
            changed = self.changed.isoformat()

        if self.released_on_date is None or isinstance(self.released_on_date, Unset):
            released_on_date = self.released_on_date
        else:
            released_on_date = self.released_on_date.isoformat()

        if self.storage_options is None or isinstance(self.storage_options, Unset):
            storage_options = self.storage_options
        else:
            storage_options = self.storage_options.to_dict()

        country_of_origin = self.country_of_origin

        condition_id = self.condition_id

        shipping_class_id = self.shipping_class_id

        product_group_id = self.product_group_id

        tax_class_id = self.tax_class_id

        if self.dimensions is None or isinstance(self.dimensions, Unset):
            dimensions = self.dimensions
        else:
            dimensions = self.dimensions.to_dict()

        if self.weights is None or isinstance(self.weights, Unset):
            weights = self.weights
        else:
            weights = self.weights.to_dict()

        allow_negative_stock = self.allow_negative_stock

        if self.quantities is None or isinstance(self.quantities, Unset):
            quantities = self.quantities
        else:
            quantities = self.quantities.to_dict()

        if self.dangerous_goods is None or isinstance(self.dangerous_goods, Unset):
            dangerous_goods = self.dangerous_goods
        else:
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
        _lazy = not _m.strict and cls is Item
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["Id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not int:
            id, _raw = _decoding.scalar(id, "int", _path, "Id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sku = _src["SKU"]
        except KeyError:
            sku = UNSET
        if sku.__class__ is not str:
            sku, _raw = _decoding.scalar(sku, "str", _path, "SKU", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            manufacturer_id = _src["ManufacturerId"]
        except KeyError:
            manufacturer_id = UNSET
        if manufacturer_id.__class__ is not int:
            manufacturer_id, _raw = _decoding.scalar(manufacturer_id, "int", _path, "ManufacturerId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            responsible_person_id = _src["ResponsiblePersonId"]
        except KeyError:
            responsible_person_id = UNSET
        if responsible_person_id.__class__ is not int:
            responsible_person_id, _raw = _decoding.scalar(
                responsible_person_id, "int", _path, "ResponsiblePersonId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_active = _src["IsActive"]
        except KeyError:
            is_active = UNSET
        if is_active.__class__ is not bool:
            is_active, _raw = _decoding.scalar(is_active, "bool", _path, "IsActive", _raw)

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
                        categories.append(_CategoryReference_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, CategoryReference, _path, "Categories", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["Name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "Name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            description = _src["Description"]
        except KeyError:
            description = UNSET
        if description.__class__ is not str:
            description, _raw = _decoding.scalar(description, "str", _path, "Description", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            short_description = _src["ShortDescription"]
        except KeyError:
            short_description = UNSET
        if short_description.__class__ is not str:
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
                identifiers = _ItemIdentifiers_from_dict(_v, _path + "Identifiers.")
        else:
            identifiers, _raw = _decoding.as_model(_v, ItemIdentifiers, _path, "Identifiers", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Components"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
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
                        components.append(_ItemComponent_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ItemComponent, _path, "Components", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            child_items = _src["ChildItems"]
        except KeyError:
            child_items = UNSET
        if child_items.__class__ is not list:
            child_items, _raw = _decoding.as_list(child_items, "scalar", _path, "ChildItems", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            parent_item_id = _src["ParentItemId"]
        except KeyError:
            parent_item_id = UNSET
        if parent_item_id.__class__ is not int:
            parent_item_id, _raw = _decoding.scalar(parent_item_id, "int", _path, "ParentItemId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ItemPriceData"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                item_price_data = _v
                _pending |= 8
            else:
                item_price_data = _ItemPrice_from_dict(_v, _path + "ItemPriceData.")
        else:
            item_price_data, _raw = _decoding.as_model(_v, ItemPrice, _path, "ItemPriceData", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            active_sales_channels = _src["ActiveSalesChannels"]
        except KeyError:
            active_sales_channels = UNSET
        if active_sales_channels.__class__ is not str:
            active_sales_channels, _raw = _decoding.scalar(
                active_sales_channels, "str", _path, "ActiveSalesChannels", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sort_number = _src["SortNumber"]
        except KeyError:
            sort_number = UNSET
        if sort_number.__class__ is not int:
            sort_number, _raw = _decoding.scalar(sort_number, "int", _path, "SortNumber", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            annotation = _src["Annotation"]
        except KeyError:
            annotation = UNSET
        if annotation.__class__ is not str:
            annotation, _raw = _decoding.scalar(annotation, "str", _path, "Annotation", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Added"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                added = datetime.datetime.fromisoformat(_v)
            except ValueError:
                added, _raw = _decoding.as_datetime(_v, "date-time", _path, "Added", _raw)
        else:
            added, _raw = _decoding.as_datetime(_v, "date-time", _path, "Added", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Changed"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                changed = datetime.datetime.fromisoformat(_v)
            except ValueError:
                changed, _raw = _decoding.as_datetime(_v, "date-time", _path, "Changed", _raw)
        else:
            changed, _raw = _decoding.as_datetime(_v, "date-time", _path, "Changed", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ReleasedOnDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                released_on_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                released_on_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "ReleasedOnDate", _raw)
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
                storage_options = _ItemStorageOption_from_dict(_v, _path + "StorageOptions.")
        else:
            storage_options, _raw = _decoding.as_model(_v, ItemStorageOption, _path, "StorageOptions", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            country_of_origin = _src["CountryOfOrigin"]
        except KeyError:
            country_of_origin = UNSET
        if country_of_origin.__class__ is not str:
            country_of_origin, _raw = _decoding.scalar(
                country_of_origin, "str", _path, "CountryOfOrigin", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            condition_id = _src["ConditionId"]
        except KeyError:
            condition_id = UNSET
        if condition_id.__class__ is not int:
            condition_id, _raw = _decoding.scalar(condition_id, "int", _path, "ConditionId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            shipping_class_id = _src["ShippingClassId"]
        except KeyError:
            shipping_class_id = UNSET
        if shipping_class_id.__class__ is not int:
            shipping_class_id, _raw = _decoding.scalar(
                shipping_class_id, "int", _path, "ShippingClassId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            product_group_id = _src["ProductGroupId"]
        except KeyError:
            product_group_id = UNSET
        if product_group_id.__class__ is not int:
            product_group_id, _raw = _decoding.scalar(product_group_id, "int", _path, "ProductGroupId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_class_id = _src["TaxClassId"]
        except KeyError:
            tax_class_id = UNSET
        if tax_class_id.__class__ is not int:
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
                dimensions = _Dimensions_from_dict(_v, _path + "Dimensions.")
        else:
            dimensions, _raw = _decoding.as_model(_v, Dimensions, _path, "Dimensions", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Weights"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                weights = _v
                _pending |= 64
            else:
                weights = _ItemWeights_from_dict(_v, _path + "Weights.")
        else:
            weights, _raw = _decoding.as_model(_v, ItemWeights, _path, "Weights", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            allow_negative_stock = _src["AllowNegativeStock"]
        except KeyError:
            allow_negative_stock = UNSET
        if allow_negative_stock.__class__ is not bool:
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
                quantities = _ItemQuantities_from_dict(_v, _path + "Quantities.")
        else:
            quantities, _raw = _decoding.as_model(_v, ItemQuantities, _path, "Quantities", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["DangerousGoods"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                dangerous_goods = _v
                _pending |= 256
            else:
                dangerous_goods = _ItemDangerousGoods_from_dict(_v, _path + "DangerousGoods.")
        else:
            dangerous_goods, _raw = _decoding.as_model(_v, ItemDangerousGoods, _path, "DangerousGoods", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            taric = _src["Taric"]
        except KeyError:
            taric = UNSET
        if taric.__class__ is not str:
            taric, _raw = _decoding.scalar(taric, "str", _path, "Taric", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            search_terms = _src["SearchTerms"]
        except KeyError:
            search_terms = UNSET
        if search_terms.__class__ is not str:
            search_terms, _raw = _decoding.scalar(search_terms, "str", _path, "SearchTerms", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            price_list_active = _src["PriceListActive"]
        except KeyError:
            price_list_active = UNSET
        if price_list_active.__class__ is not bool:
            price_list_active, _raw = _decoding.scalar(
                price_list_active, "bool", _path, "PriceListActive", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            ignore_discounts = _src["IgnoreDiscounts"]
        except KeyError:
            ignore_discounts = UNSET
        if ignore_discounts.__class__ is not bool:
            ignore_discounts, _raw = _decoding.scalar(
                ignore_discounts, "bool", _path, "IgnoreDiscounts", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            availability_id = _src["AvailabilityId"]
        except KeyError:
            availability_id = UNSET
        if availability_id.__class__ is not int:
            availability_id, _raw = _decoding.scalar(availability_id, "int", _path, "AvailabilityId", _raw)

        if cls is Item:
            _obj = _new(cls)
            _obj.id = id
            _obj.sku = sku
            _obj.manufacturer_id = manufacturer_id
            _obj.responsible_person_id = responsible_person_id
            _obj.is_active = is_active
            _set_categories(_obj, categories)
            _obj.name = name
            _obj.description = description
            _obj.short_description = short_description
            _set_identifiers(_obj, identifiers)
            _set_components(_obj, components)
            _obj.child_items = child_items
            _obj.parent_item_id = parent_item_id
            _set_item_price_data(_obj, item_price_data)
            _obj.active_sales_channels = active_sales_channels
            _obj.sort_number = sort_number
            _obj.annotation = annotation
            _obj.added = added
            _obj.changed = changed
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
                id,
                sku,
                manufacturer_id,
                responsible_person_id,
                is_active,
                categories,
                name,
                description,
                short_description,
                identifiers,
                components,
                child_items,
                parent_item_id,
                item_price_data,
                active_sales_channels,
                sort_number,
                annotation,
                added,
                changed,
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

        if len(_src) != 36 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.category_reference import CategoryReference
from ..models.dimensions import Dimensions
from ..models.item_component import ItemComponent
from ..models.item_dangerous_goods import ItemDangerousGoods
from ..models.item_identifiers import ItemIdentifiers
from ..models.item_price import ItemPrice
from ..models.item_quantities import ItemQuantities
from ..models.item_storage_option import ItemStorageOption
from ..models.item_weights import ItemWeights

_CategoryReference_from_dict = CategoryReference.from_dict
_Dimensions_from_dict = Dimensions.from_dict
_ItemComponent_from_dict = ItemComponent.from_dict
_ItemDangerousGoods_from_dict = ItemDangerousGoods.from_dict
_ItemIdentifiers_from_dict = ItemIdentifiers.from_dict
_ItemPrice_from_dict = ItemPrice.from_dict
_ItemQuantities_from_dict = ItemQuantities.from_dict
_ItemStorageOption_from_dict = ItemStorageOption.from_dict
_ItemWeights_from_dict = ItemWeights.from_dict

_set_categories = _decoding.lazy(Item, "categories", "Categories", 1, CategoryReference.from_dict, True)
_set_identifiers = _decoding.lazy(Item, "identifiers", "Identifiers", 2, ItemIdentifiers.from_dict, False)
_set_components = _decoding.lazy(Item, "components", "Components", 4, ItemComponent.from_dict, True)
_set_item_price_data = _decoding.lazy(Item, "item_price_data", "ItemPriceData", 8, ItemPrice.from_dict, False)
_set_storage_options = _decoding.lazy(
    Item, "storage_options", "StorageOptions", 16, ItemStorageOption.from_dict, False
)
_set_dimensions = _decoding.lazy(Item, "dimensions", "Dimensions", 32, Dimensions.from_dict, False)
_set_weights = _decoding.lazy(Item, "weights", "Weights", 64, ItemWeights.from_dict, False)
_set_quantities = _decoding.lazy(Item, "quantities", "Quantities", 128, ItemQuantities.from_dict, False)
_set_dangerous_goods = _decoding.lazy(
    Item, "dangerous_goods", "DangerousGoods", 256, ItemDangerousGoods.from_dict, False
)
