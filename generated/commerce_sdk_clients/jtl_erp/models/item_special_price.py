from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemSpecialPrice")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "ItemId",
        "SpecialPrice",
        "IsActive",
        "StartDate",
        "EndDateActive",
        "EndDate",
        "TillAmountActive",
        "TillAmountInStockSmallerThan",
    }
)


@_attrs_define
class ItemSpecialPrice:
    """
    Attributes:
        item_id (int):  Example: 1.
        special_price (list[SpecialPrice]):
        is_active (bool):  Example: True.
        start_date (datetime.datetime):  Example: 2023-02-01T13:00:00.0000000+00:00.
        end_date_active (bool):  Example: False.
        end_date (datetime.datetime):  Example: 2023-02-01T13:00:00.0000000+00:00.
        till_amount_active (bool):  Example: False.
        till_amount_in_stock_smaller_than (int):  Example: 15.
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    item_id: int
    special_price: list[SpecialPrice]
    is_active: bool
    start_date: datetime.datetime
    end_date_active: bool
    end_date: datetime.datetime
    till_amount_active: bool
    till_amount_in_stock_smaller_than: int
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        if self.special_price is None or isinstance(self.special_price, Unset):
            special_price = self.special_price
        else:
            special_price = []
            for special_price_item_data in self.special_price:
                special_price_item = special_price_item_data.to_dict()
                special_price.append(special_price_item)

        is_active = self.is_active

        if self.start_date is None or isinstance(self.start_date, Unset):
            start_date = self.start_date
        else:
            start_date = self.start_date.isoformat()

        end_date_active = self.end_date_active

        if self.end_date is None or isinstance(self.end_date, Unset):
            end_date = self.end_date
        else:
            end_date = self.end_date.isoformat()

        till_amount_active = self.till_amount_active

        till_amount_in_stock_smaller_than = self.till_amount_in_stock_smaller_than

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "ItemId": item_id,
                "SpecialPrice": special_price,
                "IsActive": is_active,
                "StartDate": start_date,
                "EndDateActive": end_date_active,
                "EndDate": end_date,
                "TillAmountActive": till_amount_active,
                "TillAmountInStockSmallerThan": till_amount_in_stock_smaller_than,
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
        _lazy = not _m.strict and cls is ItemSpecialPrice
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            item_id = _src["ItemId"]
        except KeyError:
            item_id = UNSET
        if item_id.__class__ is not int:
            item_id, _raw = _decoding.scalar(item_id, "int", _path, "ItemId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["SpecialPrice"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "SpecialPrice", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            special_price = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                special_price = _v
                _pending |= 1
            else:
                special_price = []
                _at = _path + "SpecialPrice[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        special_price.append(_SpecialPrice_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, SpecialPrice, _path, "SpecialPrice", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_active = _src["IsActive"]
        except KeyError:
            is_active = UNSET
        if is_active.__class__ is not bool:
            is_active, _raw = _decoding.scalar(is_active, "bool", _path, "IsActive", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["StartDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                start_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                start_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "StartDate", _raw)
        else:
            start_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "StartDate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            end_date_active = _src["EndDateActive"]
        except KeyError:
            end_date_active = UNSET
        if end_date_active.__class__ is not bool:
            end_date_active, _raw = _decoding.scalar(end_date_active, "bool", _path, "EndDateActive", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["EndDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                end_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                end_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "EndDate", _raw)
        else:
            end_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "EndDate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            till_amount_active = _src["TillAmountActive"]
        except KeyError:
            till_amount_active = UNSET
        if till_amount_active.__class__ is not bool:
            till_amount_active, _raw = _decoding.scalar(
                till_amount_active, "bool", _path, "TillAmountActive", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            till_amount_in_stock_smaller_than = _src["TillAmountInStockSmallerThan"]
        except KeyError:
            till_amount_in_stock_smaller_than = UNSET
        if till_amount_in_stock_smaller_than.__class__ is not int:
            till_amount_in_stock_smaller_than, _raw = _decoding.scalar(
                till_amount_in_stock_smaller_than, "int", _path, "TillAmountInStockSmallerThan", _raw
            )

        if cls is ItemSpecialPrice:
            _obj = _new(cls)
            _obj.item_id = item_id
            _set_special_price(_obj, special_price)
            _obj.is_active = is_active
            _obj.start_date = start_date
            _obj.end_date_active = end_date_active
            _obj.end_date = end_date
            _obj.till_amount_active = till_amount_active
            _obj.till_amount_in_stock_smaller_than = till_amount_in_stock_smaller_than
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                item_id,
                special_price,
                is_active,
                start_date,
                end_date_active,
                end_date,
                till_amount_active,
                till_amount_in_stock_smaller_than,
            )

        if len(_src) != 8 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.special_price import SpecialPrice

_SpecialPrice_from_dict = SpecialPrice.from_dict

_set_special_price = _decoding.lazy(
    ItemSpecialPrice, "special_price", "SpecialPrice", 1, SpecialPrice.from_dict, True
)
