from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET

T = TypeVar("T", bound="Address")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "Company",
        "Company2",
        "FormOfAddress",
        "Title",
        "FirstName",
        "LastName",
        "Street",
        "Address2",
        "PostalCode",
        "City",
        "State",
        "CountryIso",
        "VatID",
        "PhoneNumber",
        "MobilePhoneNumber",
        "EmailAddress",
        "Fax",
    }
)


@_attrs_define
class Address:
    """
    Attributes:
        id (int):  Example: 100.
        company (str):  Example: Sportbedarf Sommer.
        company_2 (str):  Example: Innovation Division.
        form_of_address (str):  Example: Mr..
        title (str):  Example: Dr..
        first_name (str):  Example: John.
        last_name (str):  Example: Doe.
        street (str):  Example: Main St. 123.
        address_2 (str):  Example: Floor 5, Apt 302.
        postal_code (str):  Example: 12345.
        city (str):  Example: Example City.
        state (str):  Example: Example State.
        country_iso (str):  Example: DE.
        vat_id (str):  Example: DE123456789.
        phone_number (str):  Example: +49 1234 445556661.
        mobile_phone_number (str):  Example: +49 160 123 4567.
        email_address (str):  Example: example@email.com.
        fax (str):  Example: +49 1234 4455566615.
    """

    id: int
    company: str
    company_2: str
    form_of_address: str
    title: str
    first_name: str
    last_name: str
    street: str
    address_2: str
    postal_code: str
    city: str
    state: str
    country_iso: str
    vat_id: str
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

        company = self.company

        company_2 = self.company_2

        form_of_address = self.form_of_address

        title = self.title

        first_name = self.first_name

        last_name = self.last_name

        street = self.street

        address_2 = self.address_2

        postal_code = self.postal_code

        city = self.city

        state = self.state

        country_iso = self.country_iso

        vat_id = self.vat_id

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
                "Company": company,
                "Company2": company_2,
                "FormOfAddress": form_of_address,
                "Title": title,
                "FirstName": first_name,
                "LastName": last_name,
                "Street": street,
                "Address2": address_2,
                "PostalCode": postal_code,
                "City": city,
                "State": state,
                "CountryIso": country_iso,
                "VatID": vat_id,
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
            company = _src["Company"]
        except KeyError:
            company = UNSET
        if company.__class__ is not str:
            company, _raw = _decoding.scalar(company, "str", _path, "Company", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            company_2 = _src["Company2"]
        except KeyError:
            company_2 = UNSET
        if company_2.__class__ is not str:
            company_2, _raw = _decoding.scalar(company_2, "str", _path, "Company2", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            form_of_address = _src["FormOfAddress"]
        except KeyError:
            form_of_address = UNSET
        if form_of_address.__class__ is not str:
            form_of_address, _raw = _decoding.scalar(form_of_address, "str", _path, "FormOfAddress", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            title = _src["Title"]
        except KeyError:
            title = UNSET
        if title.__class__ is not str:
            title, _raw = _decoding.scalar(title, "str", _path, "Title", _raw)

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
            street = _src["Street"]
        except KeyError:
            street = UNSET
        if street.__class__ is not str:
            street, _raw = _decoding.scalar(street, "str", _path, "Street", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            address_2 = _src["Address2"]
        except KeyError:
            address_2 = UNSET
        if address_2.__class__ is not str:
            address_2, _raw = _decoding.scalar(address_2, "str", _path, "Address2", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            postal_code = _src["PostalCode"]
        except KeyError:
            postal_code = UNSET
        if postal_code.__class__ is not str:
            postal_code, _raw = _decoding.scalar(postal_code, "str", _path, "PostalCode", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            city = _src["City"]
        except KeyError:
            city = UNSET
        if city.__class__ is not str:
            city, _raw = _decoding.scalar(city, "str", _path, "City", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            state = _src["State"]
        except KeyError:
            state = UNSET
        if state.__class__ is not str:
            state, _raw = _decoding.scalar(state, "str", _path, "State", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            country_iso = _src["CountryIso"]
        except KeyError:
            country_iso = UNSET
        if country_iso.__class__ is not str:
            country_iso, _raw = _decoding.scalar(country_iso, "str", _path, "CountryIso", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            vat_id = _src["VatID"]
        except KeyError:
            vat_id = UNSET
        if vat_id.__class__ is not str:
            vat_id, _raw = _decoding.scalar(vat_id, "str", _path, "VatID", _raw)

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

        if cls is Address:
            _obj = _new(cls)
            _obj.id = id
            _obj.company = company
            _obj.company_2 = company_2
            _obj.form_of_address = form_of_address
            _obj.title = title
            _obj.first_name = first_name
            _obj.last_name = last_name
            _obj.street = street
            _obj.address_2 = address_2
            _obj.postal_code = postal_code
            _obj.city = city
            _obj.state = state
            _obj.country_iso = country_iso
            _obj.vat_id = vat_id
            _obj.phone_number = phone_number
            _obj.mobile_phone_number = mobile_phone_number
            _obj.email_address = email_address
            _obj.fax = fax
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                company,
                company_2,
                form_of_address,
                title,
                first_name,
                last_name,
                street,
                address_2,
                postal_code,
                city,
                state,
                country_iso,
                vat_id,
                phone_number,
                mobile_phone_number,
                email_address,
                fax,
            )

        if len(_src) != 18 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
