from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsiblePerson")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "Number",
        "Description",
        "Address",
        "Created",
        "LastChanged",
        "IsActive",
        "LanguageKey",
    }
)


@_attrs_define
class ResponsiblePerson:
    """
    Attributes:
        id (int):  Example: 15.
        number (str):  Example: AB31313.
        description (str):  Example: Some info about the ResponsiblePerson.
        address (Address):
        created (datetime.datetime):  Example: 1985-01-01T00-00-00.
        last_changed (datetime.datetime):  Example: 1985-01-01T00-00-00.
        is_active (bool):  Example: True.
        language_key (int):  Example: 4.
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: int
    number: str
    description: str
    address: Address
    created: datetime.datetime
    last_changed: datetime.datetime
    is_active: bool
    language_key: int
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        description = self.description

        if self.address is None or isinstance(self.address, Unset):
            address = self.address
        else:
            address = self.address.to_dict()

        if self.created is None or isinstance(self.created, Unset):
            created = self.created
        else:
            created = self.created.isoformat()

        if self.last_changed is None or isinstance(self.last_changed, Unset):
            last_changed = self.last_changed
        else:
            last_changed = self.last_changed.isoformat()

        is_active = self.is_active

        language_key = self.language_key

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Number": number,
                "Description": description,
                "Address": address,
                "Created": created,
                "LastChanged": last_changed,
                "IsActive": is_active,
                "LanguageKey": language_key,
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
        _lazy = not _m.strict and cls is ResponsiblePerson
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
            description = _src["Description"]
        except KeyError:
            description = UNSET
        if description.__class__ is not str:
            description, _raw = _decoding.scalar(description, "str", _path, "Description", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Address"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                address = _v
                _pending |= 1
            else:
                address = _Address_from_dict(_v, _path + "Address.")
        else:
            address, _raw = _decoding.as_model(_v, Address, _path, "Address", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Created"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                created = datetime.datetime.fromisoformat(_v)
            except ValueError:
                created, _raw = _decoding.as_datetime(_v, "date-time", _path, "Created", _raw)
        else:
            created, _raw = _decoding.as_datetime(_v, "date-time", _path, "Created", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["LastChanged"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                last_changed = datetime.datetime.fromisoformat(_v)
            except ValueError:
                last_changed, _raw = _decoding.as_datetime(_v, "date-time", _path, "LastChanged", _raw)
        else:
            last_changed, _raw = _decoding.as_datetime(_v, "date-time", _path, "LastChanged", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_active = _src["IsActive"]
        except KeyError:
            is_active = UNSET
        if is_active.__class__ is not bool:
            is_active, _raw = _decoding.scalar(is_active, "bool", _path, "IsActive", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            language_key = _src["LanguageKey"]
        except KeyError:
            language_key = UNSET
        if language_key.__class__ is not int:
            language_key, _raw = _decoding.scalar(language_key, "int", _path, "LanguageKey", _raw)

        if cls is ResponsiblePerson:
            _obj = _new(cls)
            _obj.id = id
            _obj.number = number
            _obj.description = description
            _set_address(_obj, address)
            _obj.created = created
            _obj.last_changed = last_changed
            _obj.is_active = is_active
            _obj.language_key = language_key
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                number,
                description,
                address,
                created,
                last_changed,
                is_active,
                language_key,
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


from ..models.address import Address

_Address_from_dict = Address.from_dict

_set_address = _decoding.lazy(ResponsiblePerson, "address", "Address", 1, Address.from_dict, False)
