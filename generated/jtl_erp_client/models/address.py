from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Address")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Id", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Id: expected int, got " + type(_v).__name__)
        id = _v

        _v = d.pop("Company", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Company: expected str, got " + type(_v).__name__)
        company = _v

        _v = d.pop("Company2", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Company2: expected str, got " + type(_v).__name__)
        company_2 = _v

        _v = d.pop("FormOfAddress", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("FormOfAddress: expected str, got " + type(_v).__name__)
        form_of_address = _v

        _v = d.pop("Title", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Title: expected str, got " + type(_v).__name__)
        title = _v

        _v = d.pop("FirstName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("FirstName: expected str, got " + type(_v).__name__)
        first_name = _v

        _v = d.pop("LastName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("LastName: expected str, got " + type(_v).__name__)
        last_name = _v

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

        _v = d.pop("VatID", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("VatID: expected str, got " + type(_v).__name__)
        vat_id = _v

        _v = d.pop("PhoneNumber", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("PhoneNumber: expected str, got " + type(_v).__name__)
        phone_number = _v

        _v = d.pop("MobilePhoneNumber", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("MobilePhoneNumber: expected str, got " + type(_v).__name__)
        mobile_phone_number = _v

        _v = d.pop("EmailAddress", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("EmailAddress: expected str, got " + type(_v).__name__)
        email_address = _v

        _v = d.pop("Fax", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Fax: expected str, got " + type(_v).__name__)
        fax = _v

        address = cls(
            id=id,
            company=company,
            company_2=company_2,
            form_of_address=form_of_address,
            title=title,
            first_name=first_name,
            last_name=last_name,
            street=street,
            address_2=address_2,
            postal_code=postal_code,
            city=city,
            state=state,
            country_iso=country_iso,
            vat_id=vat_id,
            phone_number=phone_number,
            mobile_phone_number=mobile_phone_number,
            email_address=email_address,
            fax=fax,
        )

        address.additional_properties = d
        return address

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
