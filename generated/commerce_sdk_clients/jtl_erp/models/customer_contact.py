from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET

T = TypeVar("T", bound="CustomerContact")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "Department",
        "Honorific",
        "FirstName",
        "LastName",
        "PhoneNumber",
        "MobilePhoneNumber",
        "EmailAddress",
        "Fax",
    }
)


@_attrs_define
class CustomerContact:
    """
    Attributes:
        id (int):  Example: 321.
        department (str):  Example: Management.
        honorific (str):  Example: Herr.
        first_name (str):  Example: John.
        last_name (str):  Example: Smith.
        phone_number (str):  Example: 01234 / 123456-0.
        mobile_phone_number (str):  Example: 0162 / 1234567.
        email_address (str):  Example: john.smith@somemail.com.
        fax (str):  Example: 01234 / 123456-13.
    """

    id: int
    department: str
    honorific: str
    first_name: str
    last_name: str
    phone_number: str
    mobile_phone_number: str
    email_address: str
    fax: str
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        department = self.department

        honorific = self.honorific

        first_name = self.first_name

        last_name = self.last_name

        phone_number = self.phone_number

        mobile_phone_number = self.mobile_phone_number

        email_address = self.email_address

        fax = self.fax

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Department": department,
                "Honorific": honorific,
                "FirstName": first_name,
                "LastName": last_name,
                "PhoneNumber": phone_number,
                "MobilePhoneNumber": mobile_phone_number,
                "EmailAddress": email_address,
                "Fax": fax,
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
            department = _src["Department"]
        except KeyError:
            department = UNSET
        if department.__class__ is not str:
            department, _raw = _decoding.scalar(department, "str", _path, "Department", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            honorific = _src["Honorific"]
        except KeyError:
            honorific = UNSET
        if honorific.__class__ is not str:
            honorific, _raw = _decoding.scalar(honorific, "str", _path, "Honorific", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            first_name = _src["FirstName"]
        except KeyError:
            first_name = UNSET
        if first_name.__class__ is not str:
            first_name, _raw = _decoding.scalar(first_name, "str", _path, "FirstName", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            last_name = _src["LastName"]
        except KeyError:
            last_name = UNSET
        if last_name.__class__ is not str:
            last_name, _raw = _decoding.scalar(last_name, "str", _path, "LastName", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            phone_number = _src["PhoneNumber"]
        except KeyError:
            phone_number = UNSET
        if phone_number.__class__ is not str:
            phone_number, _raw = _decoding.scalar(phone_number, "str", _path, "PhoneNumber", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            mobile_phone_number = _src["MobilePhoneNumber"]
        except KeyError:
            mobile_phone_number = UNSET
        if mobile_phone_number.__class__ is not str:
            mobile_phone_number, _raw = _decoding.scalar(
                mobile_phone_number, "str", _path, "MobilePhoneNumber", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            email_address = _src["EmailAddress"]
        except KeyError:
            email_address = UNSET
        if email_address.__class__ is not str:
            email_address, _raw = _decoding.scalar(email_address, "str", _path, "EmailAddress", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            fax = _src["Fax"]
        except KeyError:
            fax = UNSET
        if fax.__class__ is not str:
            fax, _raw = _decoding.scalar(fax, "str", _path, "Fax", _raw)

        if cls is CustomerContact:
            _obj = _new(cls)
            _obj.id = id
            _obj.department = department
            _obj.honorific = honorific
            _obj.first_name = first_name
            _obj.last_name = last_name
            _obj.phone_number = phone_number
            _obj.mobile_phone_number = mobile_phone_number
            _obj.email_address = email_address
            _obj.fax = fax
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                department,
                honorific,
                first_name,
                last_name,
                phone_number,
                mobile_phone_number,
                email_address,
                fax,
            )

        if len(_src) != 9 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
