from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryNotePackage")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "PackageDate",
        "TrackingID",
        "Weights",
        "ShippingMethodId",
        "ShippedDate",
        "TrackingUrl",
        "Comment",
    }
)


@_attrs_define
class DeliveryNotePackage:
    """
    Attributes:
        id (int):  Example: 65475.
        package_date (datetime.datetime):  Example: 2023-02-01T12:45:00.0000000+00:00.
        tracking_id (str):  Example: JJD0099999999.
        weights (float):  Example: 5.
        shipping_method_id (int):  Example: 3.
        shipped_date (datetime.datetime):  Example: 2023-02-01T12:45:00.0000000+00:00.
        tracking_url (str):  Example: https://nolp.dhl.de/nextt-online-
            public/set_identcodes.do?lang=de&idc=JJD0099999999.
        comment (str):  Example: Shipping Comment.
    """

    id: int
    package_date: datetime.datetime
    tracking_id: str
    weights: float
    shipping_method_id: int
    shipped_date: datetime.datetime
    tracking_url: str
    comment: str
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        if self.package_date is None or isinstance(self.package_date, Unset):
            package_date = self.package_date
        else:
            package_date = self.package_date.isoformat()

        tracking_id = self.tracking_id

        weights = self.weights

        shipping_method_id = self.shipping_method_id

        if self.shipped_date is None or isinstance(self.shipped_date, Unset):
            shipped_date = self.shipped_date
        else:
            shipped_date = self.shipped_date.isoformat()

        tracking_url = self.tracking_url

        comment = self.comment

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Id": id,
                "PackageDate": package_date,
                "TrackingID": tracking_id,
                "Weights": weights,
                "ShippingMethodId": shipping_method_id,
                "ShippedDate": shipped_date,
                "TrackingUrl": tracking_url,
                "Comment": comment,
            }
        )
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
            _v = _src["PackageDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                package_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                package_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "PackageDate", _raw)
        else:
            package_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "PackageDate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tracking_id = _src["TrackingID"]
        except KeyError:
            tracking_id = UNSET
        if tracking_id.__class__ is not str:
            tracking_id, _raw = _decoding.scalar(tracking_id, "str", _path, "TrackingID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            weights = _src["Weights"]
        except KeyError:
            weights = UNSET
        if weights.__class__ is not float and weights.__class__ is not int:
            weights, _raw = _decoding.scalar(weights, "float", _path, "Weights", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            shipping_method_id = _src["ShippingMethodId"]
        except KeyError:
            shipping_method_id = UNSET
        if shipping_method_id.__class__ is not int:
            shipping_method_id, _raw = _decoding.scalar(
                shipping_method_id, "int", _path, "ShippingMethodId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ShippedDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                shipped_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                shipped_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "ShippedDate", _raw)
        else:
            shipped_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "ShippedDate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tracking_url = _src["TrackingUrl"]
        except KeyError:
            tracking_url = UNSET
        if tracking_url.__class__ is not str:
            tracking_url, _raw = _decoding.scalar(tracking_url, "str", _path, "TrackingUrl", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            comment = _src["Comment"]
        except KeyError:
            comment = UNSET
        if comment.__class__ is not str:
            comment, _raw = _decoding.scalar(comment, "str", _path, "Comment", _raw)

        if cls is DeliveryNotePackage:
            _obj = _new(cls)
            _obj.id = id
            _obj.package_date = package_date
            _obj.tracking_id = tracking_id
            _obj.weights = weights
            _obj.shipping_method_id = shipping_method_id
            _obj.shipped_date = shipped_date
            _obj.tracking_url = tracking_url
            _obj.comment = comment
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                package_date,
                tracking_id,
                weights,
                shipping_method_id,
                shipped_date,
                tracking_url,
                comment,
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
