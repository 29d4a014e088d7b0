from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSalesOrderShippingDetail")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "ShippingMethodId",
        "ShippingPriority",
        "ShippingDate",
        "EstimatedDeliveryDate",
        "OnHoldReasonId",
        "ExtraWeight",
    }
)


@_attrs_define
class UpdateSalesOrderShippingDetail:
    """
    Attributes:
        shipping_method_id (int | Unset):  Example: 3.
        shipping_priority (int | Unset):  Example: 5.
        shipping_date (datetime.datetime | Unset):  Example: 2023-01-15T13:00:00.0000000+00:00.
        estimated_delivery_date (datetime.datetime | Unset):  Example: 2023-01-16T13:00:00.0000000+00:00.
        on_hold_reason_id (int | Unset):  Example: 1.
        extra_weight (float | Unset):  Example: 0.1.
    """

    shipping_method_id: int | Unset = UNSET
    shipping_priority: int | Unset = UNSET
    shipping_date: datetime.datetime | Unset = UNSET
    estimated_delivery_date: datetime.datetime | Unset = UNSET
    on_hold_reason_id: int | Unset = UNSET
    extra_weight: float | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        shipping_method_id = self.shipping_method_id

        shipping_priority = self.shipping_priority

        shipping_date: str | Unset = UNSET
        if not isinstance(self.shipping_date, Unset):
            shipping_date = self.shipping_date.isoformat()

        estimated_delivery_date: str | Unset = UNSET
        if not isinstance(self.estimated_delivery_date, Unset):
            estimated_delivery_date = self.estimated_delivery_date.isoformat()

        on_hold_reason_id = self.on_hold_reason_id

        extra_weight = self.extra_weight

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if shipping_method_id is not UNSET:
            field_dict["ShippingMethodId"] = shipping_method_id
        if shipping_priority is not UNSET:
            field_dict["ShippingPriority"] = shipping_priority
        if shipping_date is not UNSET:
            field_dict["ShippingDate"] = shipping_date
        if estimated_delivery_date is not UNSET:
            field_dict["EstimatedDeliveryDate"] = estimated_delivery_date
        if on_hold_reason_id is not UNSET:
            field_dict["OnHoldReasonId"] = on_hold_reason_id
        if extra_weight is not UNSET:
            field_dict["ExtraWeight"] = extra_weight
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            shipping_method_id = _src["ShippingMethodId"]
        except KeyError:
            shipping_method_id = UNSET
        if shipping_method_id.__class__ is not int and shipping_method_id is not UNSET:
            shipping_method_id, _raw = _decoding.scalar(
                shipping_method_id, "int", _path, "ShippingMethodId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            shipping_priority = _src["ShippingPriority"]
        except KeyError:
            shipping_priority = UNSET
        if shipping_priority.__class__ is not int and shipping_priority is not UNSET:
            shipping_priority, _raw = _decoding.scalar(
                shipping_priority, "int", _path, "ShippingPriority", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ShippingDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                shipping_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                shipping_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "ShippingDate", _raw)
        elif _v is UNSET:
            shipping_date = UNSET
        else:
            shipping_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "ShippingDate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["EstimatedDeliveryDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                estimated_delivery_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                estimated_delivery_date, _raw = _decoding.as_datetime(
                    _v, "date-time", _path, "EstimatedDeliveryDate", _raw
                )
        elif _v is UNSET:
            estimated_delivery_date = UNSET
        else:
            estimated_delivery_date, _raw = _decoding.as_datetime(
                _v, "date-time", _path, "EstimatedDeliveryDate", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            on_hold_reason_id = _src["OnHoldReasonId"]
        except KeyError:
            on_hold_reason_id = UNSET
        if on_hold_reason_id.__class__ is not int and on_hold_reason_id is not UNSET:
            on_hold_reason_id, _raw = _decoding.scalar(
                on_hold_reason_id, "int", _path, "OnHoldReasonId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            extra_weight = _src["ExtraWeight"]
        except KeyError:
            extra_weight = UNSET
        if (
            extra_weight.__class__ is not float
            and extra_weight.__class__ is not int
            and extra_weight is not UNSET
        ):
            extra_weight, _raw = _decoding.scalar(extra_weight, "float", _path, "ExtraWeight", _raw)

        if cls is UpdateSalesOrderShippingDetail:
            _obj = _new(cls)
            _obj.shipping_method_id = shipping_method_id
            _obj.shipping_priority = shipping_priority
            _obj.shipping_date = shipping_date
            _obj.estimated_delivery_date = estimated_delivery_date
            _obj.on_hold_reason_id = on_hold_reason_id
            _obj.extra_weight = extra_weight
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                shipping_method_id,
                shipping_priority,
                shipping_date,
                estimated_delivery_date,
                on_hold_reason_id,
                extra_weight,
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
