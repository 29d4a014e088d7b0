from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET

T = TypeVar("T", bound="Supplier")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "Name",
        "Type",
        "SupplierNo",
        "InternalCustomerId",
        "LanguageISO",
        "FormOfAddress",
        "FirstName",
        "LastName",
        "Company",
        "Company2",
        "Contact",
        "Street",
        "Address2",
        "PostalCode",
        "City",
        "State",
        "CountryIso",
        "Phone",
        "PhoneExtension",
        "Fax",
        "Email",
        "Website",
        "Comment",
        "VatID",
        "Status",
    }
)


@_attrs_define
class Supplier:
    """
    Attributes:
        id (int):  Example: 231.
        name (str):  Example: Global Transport.
        type_ (str):  Example: Default.
        supplier_no (str):  Example: SP12345.
        internal_customer_id (str):  Example: 12.
        language_iso (str):  Example: DE.
        form_of_address (str):  Example: Muster Str. 15.
        first_name (str):  Example: John.
        last_name (str):  Example: Smith.
        company (str):  Example: Tradewell Company.
        company_2 (str):  Example: Office Department.
        contact (str):  Example: John Smith.
        street (str):  Example: Example St. 15.
        address_2 (str):  Example: Apartment 201.
        postal_code (str):  Example: 10115.
        city (str):  Example: Berlin.
        state (str):  Example: Berlin.
        country_iso (str):  Example: DE.
        phone (str):  Example: 040 / 12345.
        phone_extension (str):  Example: 10.
        fax (str):  Example: 040 / 12345-19.
        email (str):  Example: info@a-company-domain.com.
        website (str):  Example: https://a-company-domain.com.
        comment (str):  Example: Comment about the supplier.
        vat_id (str):  Example: DE123456789.
        status (str):  Example: aktiv.
    """

    id: int
    name: str
    type_: str
    supplier_no: str
    internal_customer_id: str
    language_iso: str
    form_of_address: str
    first_name: str
    last_name: str
    company: str
    company_2: str
    contact: str
    street: str
    address_2: str
    postal_code: str
    city: str
    state: str
    country_iso: str
    phone: str
    phone_extension: str
    fax: str
    email: str
    website: str
    comment: str
    vat_id: str
    status: str
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        supplier_no = self.supplier_no

        internal_customer_id = self.internal_customer_id

        language_iso = self.language_iso

        form_of_address = self.form_of_address

        first_name = self.first_name

        last_name = self.last_name

        company = self.company

        company_2 = self.company_2

        contact = self.contact

        street = self.street

        address_2 = self.address_2

        postal_code = self.postal_code

        city = self.city

        state = self.state

        country_iso = self.country_iso

        phone = self.phone

        phone_extension = self.phone_extension

        fax = self.fax

        email = self.email

        website = self.website

        comment = self.comment

        vat_id = self.vat_id

        status = self.status

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Name": name,
                "Type": type_,
                "SupplierNo": supplier_no,
                "InternalCustomerId": internal_customer_id,
                "LanguageISO": language_iso,
                "FormOfAddress": form_of_address,
                "FirstName": first_name,
                "LastName": last_name,
                "Company": company,
                "Company2": company_2,
                "Contact": contact,
                "Street": street,
                "Address2": address_2,
                "PostalCode": postal_code,
                "City": city,
                "State": state,
                "CountryIso": country_iso,
                "Phone": phone,
                "PhoneExtension": phone_extension,
                "Fax": fax,
                "Email": email,
                "Website": website,
                "Comment": comment,
                "VatID": vat_id,
                "Status": status,
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
            name = _src["Name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "Name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            type_ = _src["Type"]
        except KeyError:
            type_ = UNSET
        if type_.__class__ is not str:
            type_, _raw = _decoding.scalar(type_, "str", _path, "Type", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            supplier_no = _src["SupplierNo"]
        except KeyError:
            supplier_no = UNSET
        if supplier_no.__class__ is not str:
            supplier_no, _raw = _decoding.scalar(supplier_no, "str", _path, "SupplierNo", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            internal_customer_id = _src["InternalCustomerId"]
        except KeyError:
            internal_customer_id = UNSET
        if internal_customer_id.__class__ is not str:
            internal_customer_id, _raw = _decoding.scalar(
                internal_customer_id, "str", _path, "InternalCustomerId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            language_iso = _src["LanguageISO"]
        except KeyError:
            language_iso = UNSET
        if language_iso.__class__ is not str:
            language_iso, _raw = _decoding.scalar(language_iso, "str", _path, "LanguageISO", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            form_of_address = _src["FormOfAddress"]
        except KeyError:
            form_of_address = UNSET
        if form_of_address.__class__ is not str:
            form_of_address, _raw = _decoding.scalar(form_of_address, "str", _path, "FormOfAddress", _raw)

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
            contact = _src["Contact"]
        except KeyError:
            contact = UNSET
        if contact.__class__ is not str:
            contact, _raw = _decoding.scalar(contact, "str", _path, "Contact", _raw)

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
            phone = _src["Phone"]
        except KeyError:
            phone = UNSET
        if phone.__class__ is not str:
            phone, _raw = _decoding.scalar(phone, "str", _path, "Phone", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            phone_extension = _src["PhoneExtension"]
        except KeyError:
            phone_extension = UNSET
        if phone_extension.__class__ is not str:
            phone_extension, _raw = _decoding.scalar(phone_extension, "str", _path, "PhoneExtension", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            fax = _src["Fax"]
        except KeyError:
            fax = UNSET
        if fax.__class__ is not str:
            fax, _raw = _decoding.scalar(fax, "str", _path, "Fax", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            email = _src["Email"]
        except KeyError:
            email = UNSET
        if email.__class__ is not str:
            email, _raw = _decoding.scalar(email, "str", _path, "Email", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            website = _src["Website"]
        except KeyError:
            website = UNSET
        if website.__class__ is not str:
            website, _raw = _decoding.scalar(website, "str", _path, "Website", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            comment = _src["Comment"]
        except KeyError:
            comment = UNSET
        if comment.__class__ is not str:
            comment, _raw = _decoding.scalar(comment, "str", _path, "Comment", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            vat_id = _src["VatID"]
        except KeyError:
            vat_id = UNSET
        if vat_id.__class__ is not str:
            vat_id, _raw = _decoding.scalar(vat_id, "str", _path, "VatID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            status = _src["Status"]
        except KeyError:
            status = UNSET
        if status.__class__ is not str:
            status, _raw = _decoding.scalar(status, "str", _path, "Status", _raw)

        if cls is Supplier:
            _obj = _new(cls)
            _obj.id = id
            _obj.name = name
            _obj.type_ = type_
            _obj.supplier_no = supplier_no
            _obj.internal_customer_id = internal_customer_id
            _obj.language_iso = language_iso
            _obj.form_of_address = form_of_address
            _obj.first_name = first_name
            _obj.last_name = last_name
            _obj.company = company
            _obj.company_2 = company_2
            _obj.contact = contact
            _obj.street = street
            _obj.address_2 = address_2
            _obj.postal_code = postal_code
            _obj.city = city
            _obj.state = state
            _obj.country_iso = country_iso
            _obj.phone = phone
            _obj.phone_extension = phone_extension
            _obj.fax = fax
            _obj.email = email
            _obj.website = website
            _obj.comment = comment
            _obj.vat_id = vat_id
            _obj.status = status
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                name,
                type_,
                supplier_no,
                internal_customer_id,
                language_iso,
                form_of_address,
                first_name,
                last_name,
                company,
                company_2,
                contact,
                street,
                address_2,
                postal_code,
                city,
                state,
                country_iso,
                phone,
                phone_extension,
                fax,
                email,
                website,
                comment,
                vat_id,
                status,
            )

        if len(_src) != 26 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
