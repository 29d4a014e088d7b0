from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Address")


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
        _v = d.get("Id", UNSET)
        if not isinstance(_v, int) or isinstance(_v, bool):
            raise TypeError("Id: expected int, got " + type(_v).__name__)
        id = d.pop("Id")

        _v = d.get("Company", UNSET)
        if not isinstance(_v, str):
            raise TypeError("Company: expected str, got " + type(_v).__name__)
        company = d.pop("Company")

        _v = d.get("Company2", UNSET)
        if not isinstance(_v, str):
            raise TypeError("Company2: expected str, got " + type(_v).__name__)
        company_2 = d.pop("Company2")

        _v = d.get("FormOfAddress", UNSET)
        if not isinstance(_v, str):
            raise TypeError("FormOfAddress: expected str, got " + type(_v).__name__)
        form_of_address = d.pop("FormOfAddress")

        _v = d.get("Title", UNSET)
        if not isinstance(_v, str):
            raise TypeError("Title: expected str, got " + type(_v).__name__)
        title = d.pop("Title")

        _v = d.get("FirstName", UNSET)
        if not isinstance(_v, str):
            raise TypeError("FirstName: expected str, got " + type(_v).__name__)
        first_name = d.pop("FirstName")

        _v = d.get("LastName", UNSET)
        if not isinstance(_v, str):
            raise TypeError("LastName: expected str, got " + type(_v).__name__)
        last_name = d.pop("LastName")

        _v = d.get("Street", UNSET)
        if not isinstance(_v, str):
            raise TypeError("Street: expected str, got " + type(_v).__name__)
        street = d.pop("Street")

        _v = d.get("Address2", UNSET)
        if not isinstance(_v, str):
            raise TypeError("Address2: expected str, got " + type(_v).__name__)
        address_2 = d.pop("Address2")

        _v = d.get("PostalCode", UNSET)
        if not isinstance(_v, str):
            raise TypeError("PostalCode: expected str, got " + type(_v).__name__)
        postal_code = d.pop("PostalCode")

        _v = d.get("City", UNSET)
        if not isinstance(_v, str):
            raise TypeError("City: expected str, got " + type(_v).__name__)
        city = d.pop("City")

        _v = d.get("State", UNSET)
        if not isinstance(_v, str):
            raise TypeError("State: expected str, got " + type(_v).__name__)
        state = d.pop("State")

        _v = d.get("CountryIso", UNSET)
        if not isinstance(_v, str):
            raise TypeError("CountryIso: expected str, got " + type(_v).__name__)
        country_iso = d.pop("CountryIso")

        _v = d.get("VatID", UNSET)
        if not isinstance(_v, str):
            raise TypeError("VatID: expected str, got " + type(_v).__name__)
        vat_id = d.pop("VatID")

        _v = d.get("PhoneNumber", UNSET)
        if not isinstance(_v, str):
            raise TypeError("PhoneNumber: expected str, got " + type(_v).__name__)
        phone_number = d.pop("PhoneNumber")

        _v = d.get("MobilePhoneNumber", UNSET)
        if not isinstance(_v, str):
            raise TypeError("MobilePhoneNumber: expected str, got " + type(_v).__name__)
        mobile_phone_number = d.pop("MobilePhoneNumber")

        _v = d.get("EmailAddress", UNSET)
        if not isinstance(_v, str):
            raise TypeError("EmailAddress: expected str, got " + type(_v).__name__)
        email_address = d.pop("EmailAddress")

        _v = d.get("Fax", UNSET)
        if not isinstance(_v, str):
            raise TypeError("Fax: expected str, got " + type(_v).__name__)
        fax = d.pop("Fax")

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
