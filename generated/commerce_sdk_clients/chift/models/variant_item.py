from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.product_status import ProductStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="VariantItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "parent_id",
        "name",
        "description",
        "description_html",
        "categories",
        "created_on",
        "sku",
        "taxable",
        "barcode",
        "available_quantity",
        "prices",
        "unit_cost",
        "unit_of_measure",
        "weight",
        "weight_unit",
        "status",
        "inventory_details",
        "common_attributes",
        "variant_attributes",
        "common_images",
        "variant_images",
    }
)


@_attrs_define
class VariantItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        parent_id (str):
        name (str):
        description (None | str | Unset):
        description_html (None | str | Unset):
        categories (list[CommerceProductCategoryItem] | None | Unset):
        created_on (datetime.datetime | None | Unset):
        sku (None | str | Unset):
        taxable (bool | None | Unset):
        barcode (None | str | Unset):
        available_quantity (float | None | Unset):  Default: 0.0.
        prices (list[CommerceProductPriceItem] | None | Unset):
        unit_cost (None | ProductCostItem | Unset):
        unit_of_measure (None | str | Unset):
        weight (float | None | Unset):  Default: 0.0.
        weight_unit (None | str | Unset):
        status (None | ProductStatus | Unset):
        inventory_details (list[InventoryDetailsItem] | None | Unset):
        common_attributes (list[CommonAttributeItem] | None | Unset):
        variant_attributes (list[VariantAttributeItem] | None | Unset):
        common_images (list[ImageItem] | None | Unset):
        variant_images (list[ImageItem] | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    source_ref: Ref
    parent_id: str
    name: str
    description: None | str | Unset = UNSET
    description_html: None | str | Unset = UNSET
    categories: list[CommerceProductCategoryItem] | None | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    sku: None | str | Unset = UNSET
    taxable: bool | None | Unset = UNSET
    barcode: None | str | Unset = UNSET
    available_quantity: float | None | Unset = 0.0
    prices: list[CommerceProductPriceItem] | None | Unset = UNSET
    unit_cost: None | ProductCostItem | Unset = UNSET
    unit_of_measure: None | str | Unset = UNSET
    weight: float | None | Unset = 0.0
    weight_unit: None | str | Unset = UNSET
    status: None | ProductStatus | Unset = UNSET
    inventory_details: list[InventoryDetailsItem] | None | Unset = UNSET
    common_attributes: list[CommonAttributeItem] | None | Unset = UNSET
    variant_attributes: list[VariantAttributeItem] | None | Unset = UNSET
    common_images: list[ImageItem] | None | Unset = UNSET
    variant_images: list[ImageItem] | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        if self.source_ref is None or isinstance(self.source_ref, Unset):
            source_ref = self.source_ref
        else:
            source_ref = self.source_ref.to_dict()

        parent_id = self.parent_id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        description_html: None | str | Unset
        if isinstance(self.description_html, Unset):
            description_html = UNSET
        else:
            description_html = self.description_html

        categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = []
            for categories_type_0_item_data in self.categories:
                categories_type_0_item = categories_type_0_item_data.to_dict()
                categories.append(categories_type_0_item)

        else:
            categories = self.categories

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        taxable: bool | None | Unset
        if isinstance(self.taxable, Unset):
            taxable = UNSET
        else:
            taxable = self.taxable

        barcode: None | str | Unset
        if isinstance(self.barcode, Unset):
            barcode = UNSET
        else:
            barcode = self.barcode

        available_quantity: float | None | Unset
        if isinstance(self.available_quantity, Unset):
            available_quantity = UNSET
        else:
            available_quantity = self.available_quantity

        prices: list[dict[str, Any]] | None | Unset
        if isinstance(self.prices, Unset):
            prices = UNSET
        elif isinstance(self.prices, list):
            prices = []
            for prices_type_0_item_data in self.prices:
                prices_type_0_item = prices_type_0_item_data.to_dict()
                prices.append(prices_type_0_item)

        else:
            prices = self.prices

        unit_cost: dict[str, Any] | None | Unset
        if isinstance(self.unit_cost, Unset):
            unit_cost = UNSET
        elif isinstance(self.unit_cost, ProductCostItem):
            unit_cost = self.unit_cost.to_dict()
        else:
            unit_cost = self.unit_cost

        unit_of_measure: None | str | Unset
        if isinstance(self.unit_of_measure, Unset):
            unit_of_measure = UNSET
        else:
            unit_of_measure = self.unit_of_measure

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        weight_unit: None | str | Unset
        if isinstance(self.weight_unit, Unset):
            weight_unit = UNSET
        else:
            weight_unit = self.weight_unit

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ProductStatus):
            status = self.status.value
        else:
            status = self.status

        inventory_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.inventory_details, Unset):
            inventory_details = UNSET
        elif isinstance(self.inventory_details, list):
            inventory_details = []
            for inventory_details_type_0_item_data in self.inventory_details:
                inventory_details_type_0_item = inventory_details_type_0_item_data.to_dict()
                inventory_details.append(inventory_details_type_0_item)

        else:
            inventory_details = self.inventory_details

        common_attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.common_attributes, Unset):
            common_attributes = UNSET
        elif isinstance(self.common_attributes, list):
            common_attributes = []
            for common_attributes_type_0_item_data in self.common_attributes:
                common_attributes_type_0_item = common_attributes_type_0_item_data.to_dict()
                common_attributes.append(common_attributes_type_0_item)

        else:
            common_attributes = self.common_attributes

        variant_attributes: list[dict[str, Any]] | None | Unset
        if isinstance(self.variant_attributes, Unset):
            variant_attributes = UNSET
        elif isinstance(self.variant_attributes, list):
            variant_attributes = []
            for variant_attributes_type_0_item_data in self.variant_attributes:
                variant_attributes_type_0_item = variant_attributes_type_0_item_data.to_dict()
                variant_attributes.append(variant_attributes_type_0_item)

        else:
            variant_attributes = self.variant_attributes

        common_images: list[dict[str, Any]] | None | Unset
        if isinstance(self.common_images, Unset):
            common_images = UNSET
        elif isinstance(self.common_images, list):
            common_images = []
            for common_images_type_0_item_data in self.common_images:
                common_images_type_0_item = common_images_type_0_item_data.to_dict()
                common_images.append(common_images_type_0_item)

        else:
            common_images = self.common_images

        variant_images: list[dict[str, Any]] | None | Unset
        if isinstance(self.variant_images, Unset):
            variant_images = UNSET
        elif isinstance(self.variant_images, list):
            variant_images = []
            for variant_images_type_0_item_data in self.variant_images:
                variant_images_type_0_item = variant_images_type_0_item_data.to_dict()
                variant_images.append(variant_images_type_0_item)

        else:
            variant_images = self.variant_images

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "parent_id": parent_id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if description_html is not UNSET:
            field_dict["description_html"] = description_html
        if categories is not UNSET:
            field_dict["categories"] = categories
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if sku is not UNSET:
            field_dict["sku"] = sku
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if available_quantity is not UNSET:
            field_dict["available_quantity"] = available_quantity
        if prices is not UNSET:
            field_dict["prices"] = prices
        if unit_cost is not UNSET:
            field_dict["unit_cost"] = unit_cost
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure
        if weight is not UNSET:
            field_dict["weight"] = weight
        if weight_unit is not UNSET:
            field_dict["weight_unit"] = weight_unit
        if status is not UNSET:
            field_dict["status"] = status
        if inventory_details is not UNSET:
            field_dict["inventory_details"] = inventory_details
        if common_attributes is not UNSET:
            field_dict["common_attributes"] = common_attributes
        if variant_attributes is not UNSET:
            field_dict["variant_attributes"] = variant_attributes
        if common_images is not UNSET:
            field_dict["common_images"] = common_images
        if variant_images is not UNSET:
            field_dict["variant_images"] = variant_images
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
        _lazy = not _m.strict and cls is VariantItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["source_ref"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                source_ref = _v
                _pending |= 1
            else:
                source_ref = _Ref_from_dict(_v, _path + "source_ref.")
        else:
            source_ref, _raw = _decoding.as_model(_v, Ref, _path, "source_ref", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            parent_id = _src["parent_id"]
        except KeyError:
            parent_id = UNSET
        if parent_id.__class__ is not str:
            parent_id, _raw = _decoding.scalar(parent_id, "str", _path, "parent_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["description"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            description = _parse_description(_v)

        except Exception as _e:
            _decoding.leave(_t)
            description, _raw = _decoding.failed(_v, _e, _path, "description", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if description is _v and (_v.__class__ is list or _v.__class__ is dict):
                description, _raw = _decoding.failed(_v, None, _path, "description", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["description_html"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_description_html(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            description_html = _parse_description_html(_v)

        except Exception as _e:
            _decoding.leave(_t)
            description_html, _raw = _decoding.failed(_v, _e, _path, "description_html", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if description_html is _v and (_v.__class__ is list or _v.__class__ is dict):
                description_html, _raw = _decoding.failed(
                    _v, None, _path, "description_html", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["categories"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "categories", _raw)
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
                _pending |= 2
            else:
                categories = []
                _at = _path + "categories[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        categories.append(_CommerceProductCategoryItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, CommerceProductCategoryItem, _path, "categories", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["created_on"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_created_on(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_on_type_0 = datetime.datetime.fromisoformat(data)

                    return created_on_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            created_on = _parse_created_on(_v)

        except Exception as _e:
            _decoding.leave(_t)
            created_on, _raw = _decoding.failed(_v, _e, _path, "created_on", "datetime.datetime | None", _raw)
        else:
            _decoding.leave(_t)
            if created_on is _v and (_v.__class__ is list or _v.__class__ is dict):
                created_on, _raw = _decoding.failed(
                    _v, None, _path, "created_on", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["sku"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_sku(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            sku = _parse_sku(_v)

        except Exception as _e:
            _decoding.leave(_t)
            sku, _raw = _decoding.failed(_v, _e, _path, "sku", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if sku is _v and (_v.__class__ is list or _v.__class__ is dict):
                sku, _raw = _decoding.failed(_v, None, _path, "sku", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["taxable"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_taxable(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            taxable = _parse_taxable(_v)

        except Exception as _e:
            _decoding.leave(_t)
            taxable, _raw = _decoding.failed(_v, _e, _path, "taxable", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if taxable is _v and (_v.__class__ is list or _v.__class__ is dict):
                taxable, _raw = _decoding.failed(_v, None, _path, "taxable", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["barcode"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_barcode(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            barcode = _parse_barcode(_v)

        except Exception as _e:
            _decoding.leave(_t)
            barcode, _raw = _decoding.failed(_v, _e, _path, "barcode", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if barcode is _v and (_v.__class__ is list or _v.__class__ is dict):
                barcode, _raw = _decoding.failed(_v, None, _path, "barcode", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["available_quantity"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_available_quantity(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            available_quantity = _parse_available_quantity(_v)

        except Exception as _e:
            _decoding.leave(_t)
            available_quantity, _raw = _decoding.failed(
                _v, _e, _path, "available_quantity", "float | None", _raw
            )
        else:
            _decoding.leave(_t)
            if available_quantity is _v and (_v.__class__ is list or _v.__class__ is dict):
                available_quantity, _raw = _decoding.failed(
                    _v, None, _path, "available_quantity", "float | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["prices"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "prices", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            prices = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                prices = _v
                _pending |= 4
            else:
                prices = []
                _at = _path + "prices[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        prices.append(_CommerceProductPriceItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, CommerceProductPriceItem, _path, "prices", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["unit_cost"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                unit_cost = _v
                _pending |= 8
            else:
                unit_cost = _ProductCostItem_from_dict(_v, _path + "unit_cost.")
        elif _v is None:
            unit_cost = None
        elif _v is UNSET:
            unit_cost = UNSET
        else:
            unit_cost, _raw = _decoding.as_model(_v, ProductCostItem, _path, "unit_cost", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["unit_of_measure"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_unit_of_measure(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            unit_of_measure = _parse_unit_of_measure(_v)

        except Exception as _e:
            _decoding.leave(_t)
            unit_of_measure, _raw = _decoding.failed(_v, _e, _path, "unit_of_measure", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if unit_of_measure is _v and (_v.__class__ is list or _v.__class__ is dict):
                unit_of_measure, _raw = _decoding.failed(
                    _v, None, _path, "unit_of_measure", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["weight"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_weight(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            weight = _parse_weight(_v)

        except Exception as _e:
            _decoding.leave(_t)
            weight, _raw = _decoding.failed(_v, _e, _path, "weight", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if weight is _v and (_v.__class__ is list or _v.__class__ is dict):
                weight, _raw = _decoding.failed(_v, None, _path, "weight", "float | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["weight_unit"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_weight_unit(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            weight_unit = _parse_weight_unit(_v)

        except Exception as _e:
            _decoding.leave(_t)
            weight_unit, _raw = _decoding.failed(_v, _e, _path, "weight_unit", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if weight_unit is _v and (_v.__class__ is list or _v.__class__ is dict):
                weight_unit, _raw = _decoding.failed(_v, None, _path, "weight_unit", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["status"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_status(data: object) -> None | ProductStatus | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = ProductStatus(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ProductStatus | Unset, data)

            status = _parse_status(_v)

        except Exception as _e:
            _decoding.leave(_t)
            status, _raw = _decoding.failed(_v, _e, _path, "status", "None | ProductStatus", _raw)
        else:
            _decoding.leave(_t)
            if status is _v and (_v.__class__ is list or _v.__class__ is dict):
                status, _raw = _decoding.failed(_v, None, _path, "status", "None | ProductStatus", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["inventory_details"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "inventory_details", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            inventory_details = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                inventory_details = _v
                _pending |= 16
            else:
                inventory_details = []
                _at = _path + "inventory_details[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        inventory_details.append(_InventoryDetailsItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, InventoryDetailsItem, _path, "inventory_details", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["common_attributes"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "common_attributes", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            common_attributes = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                common_attributes = _v
                _pending |= 32
            else:
                common_attributes = []
                _at = _path + "common_attributes[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        common_attributes.append(_CommonAttributeItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, CommonAttributeItem, _path, "common_attributes", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["variant_attributes"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "variant_attributes", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            variant_attributes = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                variant_attributes = _v
                _pending |= 64
            else:
                variant_attributes = []
                _at = _path + "variant_attributes[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        variant_attributes.append(_VariantAttributeItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, VariantAttributeItem, _path, "variant_attributes", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["common_images"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "common_images", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            common_images = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                common_images = _v
                _pending |= 128
            else:
                common_images = []
                _at = _path + "common_images[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        common_images.append(_ImageItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ImageItem, _path, "common_images", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["variant_images"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "variant_images", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            variant_images = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                variant_images = _v
                _pending |= 256
            else:
                variant_images = []
                _at = _path + "variant_images[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        variant_images.append(_ImageItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ImageItem, _path, "variant_images", _raw)

        if cls is VariantItem:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.parent_id = parent_id
            _obj.name = name
            _obj.description = description
            _obj.description_html = description_html
            _set_categories(_obj, categories)
            _obj.created_on = created_on
            _obj.sku = sku
            _obj.taxable = taxable
            _obj.barcode = barcode
            _obj.available_quantity = available_quantity
            _set_prices(_obj, prices)
            _set_unit_cost(_obj, unit_cost)
            _obj.unit_of_measure = unit_of_measure
            _obj.weight = weight
            _obj.weight_unit = weight_unit
            _obj.status = status
            _set_inventory_details(_obj, inventory_details)
            _set_common_attributes(_obj, common_attributes)
            _set_variant_attributes(_obj, variant_attributes)
            _set_common_images(_obj, common_images)
            _set_variant_images(_obj, variant_images)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                source_ref,
                parent_id,
                name,
                description,
                description_html,
                categories,
                created_on,
                sku,
                taxable,
                barcode,
                available_quantity,
                prices,
                unit_cost,
                unit_of_measure,
                weight,
                weight_unit,
                status,
                inventory_details,
                common_attributes,
                variant_attributes,
                common_images,
                variant_images,
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


from ..models.commerce_product_category_item import CommerceProductCategoryItem
from ..models.commerce_product_price_item import CommerceProductPriceItem
from ..models.common_attribute_item import CommonAttributeItem
from ..models.image_item import ImageItem
from ..models.inventory_details_item import InventoryDetailsItem
from ..models.product_cost_item import ProductCostItem
from ..models.ref import Ref
from ..models.variant_attribute_item import VariantAttributeItem

_CommerceProductCategoryItem_from_dict = CommerceProductCategoryItem.from_dict
_CommerceProductPriceItem_from_dict = CommerceProductPriceItem.from_dict
_CommonAttributeItem_from_dict = CommonAttributeItem.from_dict
_ImageItem_from_dict = ImageItem.from_dict
_InventoryDetailsItem_from_dict = InventoryDetailsItem.from_dict
_ProductCostItem_from_dict = ProductCostItem.from_dict
_Ref_from_dict = Ref.from_dict
_VariantAttributeItem_from_dict = VariantAttributeItem.from_dict

_set_source_ref = _decoding.lazy(VariantItem, "source_ref", "source_ref", 1, Ref.from_dict, False)
_set_categories = _decoding.lazy(
    VariantItem, "categories", "categories", 2, CommerceProductCategoryItem.from_dict, True
)
_set_prices = _decoding.lazy(VariantItem, "prices", "prices", 4, CommerceProductPriceItem.from_dict, True)
_set_unit_cost = _decoding.lazy(VariantItem, "unit_cost", "unit_cost", 8, ProductCostItem.from_dict, False)
_set_inventory_details = _decoding.lazy(
    VariantItem, "inventory_details", "inventory_details", 16, InventoryDetailsItem.from_dict, True
)
_set_common_attributes = _decoding.lazy(
    VariantItem, "common_attributes", "common_attributes", 32, CommonAttributeItem.from_dict, True
)
_set_variant_attributes = _decoding.lazy(
    VariantItem, "variant_attributes", "variant_attributes", 64, VariantAttributeItem.from_dict, True
)
_set_common_images = _decoding.lazy(
    VariantItem, "common_images", "common_images", 128, ImageItem.from_dict, True
)
_set_variant_images = _decoding.lazy(
    VariantItem, "variant_images", "variant_images", 256, ImageItem.from_dict, True
)
