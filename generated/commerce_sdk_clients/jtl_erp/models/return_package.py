from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReturnPackage")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "ReturnId",
        "TrackingID",
        "ShippingMethodId",
        "ShippingMethodCustom",
    }
)


@_attrs_define
class ReturnPackage:
    """
    Attributes:
        id (int):  Example: 1123.
        return_id (int):  Example: 12.
        tracking_id (str):  Example: JJD0099999999.
        shipping_method_id (int | Unset):  Example: 3.
        shipping_method_custom (str | Unset):  Example: DHL.
    """

    id: int
    return_id: int
    tracking_id: str
    shipping_method_id: int | Unset = UNSET
    shipping_method_custom: str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        return_id = self.return_id

        tracking_id = self.tracking_id

        shipping_method_id = self.shipping_method_id

        shipping_method_custom = self.shipping_method_custom

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Id": id,
                "ReturnId": return_id,
                "TrackingID": tracking_id,
            }
        )
        if shipping_method_id is not UNSET:
            field_dict["ShippingMethodId"] = shipping_method_id
        if shipping_method_custom is not UNSET:
            field_dict["ShippingMethodCustom"] = shipping_method_custom
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
            id = _src["Id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not int:
            id, _raw = _decoding.scalar(id, "int", _path, "Id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            return_id = _src["ReturnId"]
        except KeyError:
            return_id = UNSET
        if return_id.__class__ is not int:
            return_id, _raw = _decoding.scalar(return_id, "int", _path, "ReturnId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tracking_id = _src["TrackingID"]
        except KeyError:
            tracking_id = UNSET
        if tracking_id.__class__ is not str:
            tracking_id, _raw = _decoding.scalar(tracking_id, "str", _path, "TrackingID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            shipping_method_id = _src["ShippingMethodId"]
        except KeyError:
            shipping_method_id = UNSET
        if shipping_method_id.__class__ is not int and shipping_method_id is not UNSET:
            shipping_method_id, _raw = _decoding.scalar(
                shipping_method_id, "int", _path, "ShippingMethodId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            shipping_method_custom = _src["ShippingMethodCustom"]
        except KeyError:
            shipping_method_custom = UNSET
        if shipping_method_custom.__class__ is not str and shipping_method_custom is not UNSET:
            shipping_method_custom, _raw = _decoding.scalar(
                shipping_method_custom, "str", _path, "ShippingMethodCustom", _raw
            )

        if cls is ReturnPackage:
            _obj = _new(cls)
            _obj.id = id
            _obj.return_id = return_id
            _obj.tracking_id = tracking_id
            _obj.shipping_method_id = shipping_method_id
            _obj.shipping_method_custom = shipping_method_custom
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                return_id,
                tracking_id,
                shipping_method_id,
                shipping_method_custom,
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
