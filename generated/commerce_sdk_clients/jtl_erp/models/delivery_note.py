from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryNote")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "Number",
        "DeliveryNoteDate",
        "Packages",
    }
)


@_attrs_define
class DeliveryNote:
    """
    Attributes:
        id (int):  Example: 123.
        number (str):  Example: A1004465.
        delivery_note_date (datetime.datetime):  Example: 2023-02-01T12:45:00.0000000+00:00.
        packages (list[DeliveryNotePackage]):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: int
    number: str
    delivery_note_date: datetime.datetime
    packages: list[DeliveryNotePackage]
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        if self.delivery_note_date is None or isinstance(self.delivery_note_date, Unset):
            delivery_note_date = self.delivery_note_date
        else:
            delivery_note_date = self.delivery_note_date.isoformat()

        if self.packages is None or isinstance(self.packages, Unset):
            packages = self.packages
        else:
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Number": number,
                "DeliveryNoteDate": delivery_note_date,
                "Packages": packages,
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
        _lazy = not _m.strict and cls is DeliveryNote
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["Id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not int:
            id, _raw = _decoding.scalar(id, "int", _path, "Id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            number = _src["Number"]
        except KeyError:
            number = UNSET
        if number.__class__ is not str:
            number, _raw = _decoding.scalar(number, "str", _path, "Number", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["DeliveryNoteDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                delivery_note_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                delivery_note_date, _raw = _decoding.as_datetime(
                    _v, "date-time", _path, "DeliveryNoteDate", _raw
                )
        else:
            delivery_note_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "DeliveryNoteDate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Packages"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "Packages", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            packages = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                packages = _v
                _pending |= 1
            else:
                packages = []
                _at = _path + "Packages[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        packages.append(_DeliveryNotePackage_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, DeliveryNotePackage, _path, "Packages", _raw)

        if cls is DeliveryNote:
            _obj = _new(cls)
            _obj.id = id
            _obj.number = number
            _obj.delivery_note_date = delivery_note_date
            _set_packages(_obj, packages)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                number,
                delivery_note_date,
                packages,
            )

        if len(_src) != 4 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.delivery_note_package import DeliveryNotePackage

_DeliveryNotePackage_from_dict = DeliveryNotePackage.from_dict

_set_packages = _decoding.lazy(DeliveryNote, "packages", "Packages", 1, DeliveryNotePackage.from_dict, True)
