from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id = d.pop("Id")

        company = d.pop("Company")

        company_2 = d.pop("Company2")

        form_of_address = d.pop("FormOfAddress")

        title = d.pop("Title")

        first_name = d.pop("FirstName")

        last_name = d.pop("LastName")

        street = d.pop("Street")

        address_2 = d.pop("Address2")

        postal_code = d.pop("PostalCode")

        city = d.pop("City")

        state = d.pop("State")

        country_iso = d.pop("CountryIso")

        vat_id = d.pop("VatID")

        phone_number = d.pop("PhoneNumber")

        mobile_phone_number = d.pop("MobilePhoneNumber")

        email_address = d.pop("EmailAddress")

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
