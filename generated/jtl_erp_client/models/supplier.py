from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Supplier")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Id", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Id: expected int, got " + type(_v).__name__)
        id = _v

        _v = d.pop("Name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("Type", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Type: expected str, got " + type(_v).__name__)
        type_ = _v

        _v = d.pop("SupplierNo", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SupplierNo: expected str, got " + type(_v).__name__)
        supplier_no = _v

        _v = d.pop("InternalCustomerId", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("InternalCustomerId: expected str, got " + type(_v).__name__)
        internal_customer_id = _v

        _v = d.pop("LanguageISO", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("LanguageISO: expected str, got " + type(_v).__name__)
        language_iso = _v

        _v = d.pop("FormOfAddress", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("FormOfAddress: expected str, got " + type(_v).__name__)
        form_of_address = _v

        _v = d.pop("FirstName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("FirstName: expected str, got " + type(_v).__name__)
        first_name = _v

        _v = d.pop("LastName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("LastName: expected str, got " + type(_v).__name__)
        last_name = _v

        _v = d.pop("Company", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Company: expected str, got " + type(_v).__name__)
        company = _v

        _v = d.pop("Company2", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Company2: expected str, got " + type(_v).__name__)
        company_2 = _v

        _v = d.pop("Contact", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Contact: expected str, got " + type(_v).__name__)
        contact = _v

        _v = d.pop("Street", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Street: expected str, got " + type(_v).__name__)
        street = _v

        _v = d.pop("Address2", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Address2: expected str, got " + type(_v).__name__)
        address_2 = _v

        _v = d.pop("PostalCode", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("PostalCode: expected str, got " + type(_v).__name__)
        postal_code = _v

        _v = d.pop("City", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("City: expected str, got " + type(_v).__name__)
        city = _v

        _v = d.pop("State", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("State: expected str, got " + type(_v).__name__)
        state = _v

        _v = d.pop("CountryIso", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("CountryIso: expected str, got " + type(_v).__name__)
        country_iso = _v

        _v = d.pop("Phone", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Phone: expected str, got " + type(_v).__name__)
        phone = _v

        _v = d.pop("PhoneExtension", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("PhoneExtension: expected str, got " + type(_v).__name__)
        phone_extension = _v

        _v = d.pop("Fax", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Fax: expected str, got " + type(_v).__name__)
        fax = _v

        _v = d.pop("Email", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Email: expected str, got " + type(_v).__name__)
        email = _v

        _v = d.pop("Website", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Website: expected str, got " + type(_v).__name__)
        website = _v

        _v = d.pop("Comment", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Comment: expected str, got " + type(_v).__name__)
        comment = _v

        _v = d.pop("VatID", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("VatID: expected str, got " + type(_v).__name__)
        vat_id = _v

        _v = d.pop("Status", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Status: expected str, got " + type(_v).__name__)
        status = _v

        supplier = cls(
            id=id,
            name=name,
            type_=type_,
            supplier_no=supplier_no,
            internal_customer_id=internal_customer_id,
            language_iso=language_iso,
            form_of_address=form_of_address,
            first_name=first_name,
            last_name=last_name,
            company=company,
            company_2=company_2,
            contact=contact,
            street=street,
            address_2=address_2,
            postal_code=postal_code,
            city=city,
            state=state,
            country_iso=country_iso,
            phone=phone,
            phone_extension=phone_extension,
            fax=fax,
            email=email,
            website=website,
            comment=comment,
            vat_id=vat_id,
            status=status,
        )

        supplier.additional_properties = d
        return supplier

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
