from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.pos_line_item_type import POSLineItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PMSOrderLineItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "quantity",
        "unit_price",
        "total",
        "tax_amount",
        "type",
        "menu_id",
        "tax_rate",
        "tax_id",
        "description",
        "discounts",
        "product_id",
        "accounting_category_id",
    }
)


@_attrs_define
class PMSOrderLineItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        quantity (float):
        unit_price (float):
        total (float):
        tax_amount (float):
        type_ (None | POSLineItemType | Unset):
        menu_id (None | str | Unset):
        tax_rate (float | None | Unset):
        tax_id (None | str | Unset):
        description (None | str | Unset):
        discounts (list[DiscountItem] | None | Unset):
        product_id (None | str | Unset):
        accounting_category_id (None | str | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    source_ref: Ref
    quantity: float
    unit_price: float
    total: float
    tax_amount: float
    type_: None | POSLineItemType | Unset = UNSET
    menu_id: None | str | Unset = UNSET
    tax_rate: float | None | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    discounts: list[DiscountItem] | None | Unset = UNSET
    product_id: None | str | Unset = UNSET
    accounting_category_id: None | str | Unset = UNSET
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

        quantity = self.quantity

        unit_price = self.unit_price

        total = self.total

        tax_amount = self.tax_amount

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, POSLineItemType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        menu_id: None | str | Unset
        if isinstance(self.menu_id, Unset):
            menu_id = UNSET
        else:
            menu_id = self.menu_id

        tax_rate: float | None | Unset
        if isinstance(self.tax_rate, Unset):
            tax_rate = UNSET
        else:
            tax_rate = self.tax_rate

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        discounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.discounts, Unset):
            discounts = UNSET
        elif isinstance(self.discounts, list):
            discounts = []
            for discounts_type_0_item_data in self.discounts:
                discounts_type_0_item = discounts_type_0_item_data.to_dict()
                discounts.append(discounts_type_0_item)

        else:
            discounts = self.discounts

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        accounting_category_id: None | str | Unset
        if isinstance(self.accounting_category_id, Unset):
            accounting_category_id = UNSET
        else:
            accounting_category_id = self.accounting_category_id

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "quantity": quantity,
                "unit_price": unit_price,
                "total": total,
                "tax_amount": tax_amount,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if menu_id is not UNSET:
            field_dict["menu_id"] = menu_id
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if description is not UNSET:
            field_dict["description"] = description
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if accounting_category_id is not UNSET:
            field_dict["accounting_category_id"] = accounting_category_id
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
        _lazy = not _m.strict and cls is PMSOrderLineItem
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
            quantity = _src["quantity"]
        except KeyError:
            quantity = UNSET
        if quantity.__class__ is not float and quantity.__class__ is not int:
            quantity, _raw = _decoding.scalar(quantity, "float", _path, "quantity", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            unit_price = _src["unit_price"]
        except KeyError:
            unit_price = UNSET
        if unit_price.__class__ is not float and unit_price.__class__ is not int:
            unit_price, _raw = _decoding.scalar(unit_price, "float", _path, "unit_price", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total = _src["total"]
        except KeyError:
            total = UNSET
        if total.__class__ is not float and total.__class__ is not int:
            total, _raw = _decoding.scalar(total, "float", _path, "total", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_amount = _src["tax_amount"]
        except KeyError:
            tax_amount = UNSET
        if tax_amount.__class__ is not float and tax_amount.__class__ is not int:
            tax_amount, _raw = _decoding.scalar(tax_amount, "float", _path, "tax_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["type"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_type_(data: object) -> None | POSLineItemType | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_type_0 = POSLineItemType(data)

                    return type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | POSLineItemType | Unset, data)

            type_ = _parse_type_(_v)

        except Exception as _e:
            _decoding.leave(_t)
            type_, _raw = _decoding.failed(_v, _e, _path, "type", "None | POSLineItemType", _raw)
        else:
            _decoding.leave(_t)
            if type_ is _v and (_v.__class__ is list or _v.__class__ is dict):
                type_, _raw = _decoding.failed(_v, None, _path, "type", "None | POSLineItemType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["menu_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_menu_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            menu_id = _parse_menu_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            menu_id, _raw = _decoding.failed(_v, _e, _path, "menu_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if menu_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                menu_id, _raw = _decoding.failed(_v, None, _path, "menu_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["tax_rate"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_tax_rate(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            tax_rate = _parse_tax_rate(_v)

        except Exception as _e:
            _decoding.leave(_t)
            tax_rate, _raw = _decoding.failed(_v, _e, _path, "tax_rate", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if tax_rate is _v and (_v.__class__ is list or _v.__class__ is dict):
                tax_rate, _raw = _decoding.failed(_v, None, _path, "tax_rate", "float | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["tax_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_tax_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            tax_id = _parse_tax_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            tax_id, _raw = _decoding.failed(_v, _e, _path, "tax_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if tax_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                tax_id, _raw = _decoding.failed(_v, None, _path, "tax_id", "None | str", _raw)

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
            _v = _src["discounts"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "discounts", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            discounts = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                discounts = _v
                _pending |= 2
            else:
                discounts = []
                _at = _path + "discounts[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        discounts.append(_DiscountItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, DiscountItem, _path, "discounts", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["product_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_product_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            product_id = _parse_product_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            product_id, _raw = _decoding.failed(_v, _e, _path, "product_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if product_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                product_id, _raw = _decoding.failed(_v, None, _path, "product_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["accounting_category_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_accounting_category_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            accounting_category_id = _parse_accounting_category_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            accounting_category_id, _raw = _decoding.failed(
                _v, _e, _path, "accounting_category_id", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if accounting_category_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                accounting_category_id, _raw = _decoding.failed(
                    _v, None, _path, "accounting_category_id", "None | str", _raw
                )

        if cls is PMSOrderLineItem:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.quantity = quantity
            _obj.unit_price = unit_price
            _obj.total = total
            _obj.tax_amount = tax_amount
            _obj.type_ = type_
            _obj.menu_id = menu_id
            _obj.tax_rate = tax_rate
            _obj.tax_id = tax_id
            _obj.description = description
            _set_discounts(_obj, discounts)
            _obj.product_id = product_id
            _obj.accounting_category_id = accounting_category_id
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                source_ref,
                quantity,
                unit_price,
                total,
                tax_amount,
                type_,
                menu_id,
                tax_rate,
                tax_id,
                description,
                discounts,
                product_id,
                accounting_category_id,
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


from ..models.discount_item import DiscountItem
from ..models.ref import Ref

_DiscountItem_from_dict = DiscountItem.from_dict
_Ref_from_dict = Ref.from_dict

_set_source_ref = _decoding.lazy(PMSOrderLineItem, "source_ref", "source_ref", 1, Ref.from_dict, False)
_set_discounts = _decoding.lazy(PMSOrderLineItem, "discounts", "discounts", 2, DiscountItem.from_dict, True)
