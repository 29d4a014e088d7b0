from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET

T = TypeVar("T", bound="Address")

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
    """A postal address with contact data.

    Attributes:
        id (int): Address id. Example: 100.
        company (str): Company name. Example: Sportbedarf Sommer.
        company_2 (str): Second company line. Example: Innovation Division.
        form_of_address (str): Salutation. Example: Mr..
        title (str): Academic or official title. Example: Dr..
        first_name (str): First name. Example: John.
        last_name (str): Last name. Example: Doe.
        street (str): Street and house number. Example: Main St. 123.
        address_2 (str): Additional address line. Example: Floor 5, Apt 302.
        postal_code (str): Postal code. Example: 12345.
        city (str): City. Example: Example City.
        state (str): State or region. Example: Example State.
        country_iso (str): Country ISO code. Example: DE.
        vat_id (str): VAT id. Example: DE123456789.
        phone_number (str): Landline number. Example: +49 1234 445556661.
        mobile_phone_number (str): Mobile number. Example: +49 160 123 4567.
        email_address (str): E-mail address. Example: example@email.com.
        fax (str): Fax number. Example: +49 1234 4455566615.
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
            _v = _src["Id"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not int:
            _v, _raw = _decoding.scalar(_v, "int", _path, "Id", _raw)
        id = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Company"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "Company", _raw)
        company = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Company2"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "Company2", _raw)
        company_2 = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["FormOfAddress"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "FormOfAddress", _raw)
        form_of_address = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Title"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "Title", _raw)
        title = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["FirstName"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "FirstName", _raw)
        first_name = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["LastName"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "LastName", _raw)
        last_name = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Street"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "Street", _raw)
        street = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Address2"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "Address2", _raw)
        address_2 = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["PostalCode"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "PostalCode", _raw)
        postal_code = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["City"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "City", _raw)
        city = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["State"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "State", _raw)
        state = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["CountryIso"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "CountryIso", _raw)
        country_iso = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["VatID"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "VatID", _raw)
        vat_id = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["PhoneNumber"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "PhoneNumber", _raw)
        phone_number = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["MobilePhoneNumber"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "MobilePhoneNumber", _raw)
        mobile_phone_number = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["EmailAddress"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "EmailAddress", _raw)
        email_address = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Fax"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "Fax", _raw)
        fax = _v

        address = cls(
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
            address._additional_properties = {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        if _raw is not None:
            address._raw_values = _raw
        return address

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
