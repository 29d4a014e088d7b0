from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "date",
        "location_id",
        "orders",
        "payments",
    }
)


@_attrs_define
class ReportItem:
    """
    Attributes:
        date (datetime.date):
        location_id (str):
        orders (list[ReportOrders] | None | Unset):
        payments (list[ReportPayments] | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    date: datetime.date
    location_id: str
    orders: list[ReportOrders] | None | Unset = UNSET
    payments: list[ReportPayments] | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.date is None or isinstance(self.date, Unset):
            date = self.date
        else:
            date = self.date.isoformat()

        location_id = self.location_id

        orders: list[dict[str, Any]] | None | Unset
        if isinstance(self.orders, Unset):
            orders = UNSET
        elif isinstance(self.orders, list):
            orders = []
            for orders_type_0_item_data in self.orders:
                orders_type_0_item = orders_type_0_item_data.to_dict()
                orders.append(orders_type_0_item)

        else:
            orders = self.orders

        payments: list[dict[str, Any]] | None | Unset
        if isinstance(self.payments, Unset):
            payments = UNSET
        elif isinstance(self.payments, list):
            payments = []
            for payments_type_0_item_data in self.payments:
                payments_type_0_item = payments_type_0_item_data.to_dict()
                payments.append(payments_type_0_item)

        else:
            payments = self.payments

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "date": date,
                "location_id": location_id,
            }
        )
        if orders is not UNSET:
            field_dict["orders"] = orders
        if payments is not UNSET:
            field_dict["payments"] = payments
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
        _lazy = not _m.strict and cls is ReportItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["date"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                date = datetime.date.fromisoformat(_v)
            except ValueError:
                date, _raw = _decoding.as_datetime(_v, "date", _path, "date", _raw)
        else:
            date, _raw = _decoding.as_datetime(_v, "date", _path, "date", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            location_id = _src["location_id"]
        except KeyError:
            location_id = UNSET
        if location_id.__class__ is not str:
            location_id, _raw = _decoding.scalar(location_id, "str", _path, "location_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["orders"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "orders", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            orders = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                orders = _v
                _pending |= 1
            else:
                orders = []
                _at = _path + "orders[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        orders.append(_ReportOrders_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ReportOrders, _path, "orders", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payments"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "payments", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            payments = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                payments = _v
                _pending |= 2
            else:
                payments = []
                _at = _path + "payments[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        payments.append(_ReportPayments_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ReportPayments, _path, "payments", _raw)

        if cls is ReportItem:
            _obj = _new(cls)
            _obj.date = date
            _obj.location_id = location_id
            _set_orders(_obj, orders)
            _set_payments(_obj, payments)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                date,
                location_id,
                orders,
                payments,
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


from ..models.report_orders import ReportOrders
from ..models.report_payments import ReportPayments

_ReportOrders_from_dict = ReportOrders.from_dict
_ReportPayments_from_dict = ReportPayments.from_dict

_set_orders = _decoding.lazy(ReportItem, "orders", "orders", 1, ReportOrders.from_dict, True)
_set_payments = _decoding.lazy(ReportItem, "payments", "payments", 2, ReportPayments.from_dict, True)
