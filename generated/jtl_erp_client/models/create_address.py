from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAddress")


@_attrs_define
class CreateAddress:
    """
    Attributes:
        city (str):  Example: Example City.
        country_iso (str):  Example: DE.
        company (str | Unset):  Example: Sportbedarf Sommer.
        company_2 (str | Unset):  Example: Innovation Division.
        form_of_address (str | Unset):  Example: Mr..
        title (str | Unset):  Example: Dr..
        first_name (str | Unset):  Example: John.
        last_name (str | Unset):  Example: Doe.
        street (str | Unset):  Example: Main St. 123.
        address_2 (str | Unset):  Example: Floor 5, Apt 302.
        postal_code (str | Unset):  Example: 12345.
        state (str | Unset):  Example: Example State.
        vat_id (str | Unset):  Example: DE123456789.
        phone_number (str | Unset):  Example: +49 1234 445556661.
        mobile_phone_number (str | Unset):  Example: +49 160 123 4567.
        email_address (str | Unset):  Example: example@email.com.
        fax (str | Unset):  Example: +49 1234 4455566615.
    """

    city: str
    country_iso: str
    company: str | Unset = UNSET
    company_2: str | Unset = UNSET
    form_of_address: str | Unset = UNSET
    title: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    street: str | Unset = UNSET
    address_2: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    state: str | Unset = UNSET
    vat_id: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    mobile_phone_number: str | Unset = UNSET
    email_address: str | Unset = UNSET
    fax: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country_iso = self.country_iso

        company = self.company

        company_2 = self.company_2

        form_of_address = self.form_of_address

        title = self.title

        first_name = self.first_name

        last_name = self.last_name

        street = self.street

        address_2 = self.address_2

        postal_code = self.postal_code

        state = self.state

        vat_id = self.vat_id

        phone_number = self.phone_number

        mobile_phone_number = self.mobile_phone_number

        email_address = self.email_address

        fax = self.fax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "City": city,
                "CountryIso": country_iso,
            }
        )
        if company is not UNSET:
            field_dict["Company"] = company
        if company_2 is not UNSET:
            field_dict["Company2"] = company_2
        if form_of_address is not UNSET:
            field_dict["FormOfAddress"] = form_of_address
        if title is not UNSET:
            field_dict["Title"] = title
        if first_name is not UNSET:
            field_dict["FirstName"] = first_name
        if last_name is not UNSET:
            field_dict["LastName"] = last_name
        if street is not UNSET:
            field_dict["Street"] = street
        if address_2 is not UNSET:
            field_dict["Address2"] = address_2
        if postal_code is not UNSET:
            field_dict["PostalCode"] = postal_code
        if state is not UNSET:
            field_dict["State"] = state
        if vat_id is not UNSET:
            field_dict["VatID"] = vat_id
        if phone_number is not UNSET:
            field_dict["PhoneNumber"] = phone_number
        if mobile_phone_number is not UNSET:
            field_dict["MobilePhoneNumber"] = mobile_phone_number
        if email_address is not UNSET:
            field_dict["EmailAddress"] = email_address
        if fax is not UNSET:
            field_dict["Fax"] = fax

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("City", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("City: expected str, got " + type(_v).__name__)
        city = _v

        _v = d.pop("CountryIso", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("CountryIso: expected str, got " + type(_v).__name__)
        country_iso = _v

        _v = d.pop("Company", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Company: expected str, got " + type(_v).__name__)
        company = _v

        _v = d.pop("Company2", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Company2: expected str, got " + type(_v).__name__)
        company_2 = _v

        _v = d.pop("FormOfAddress", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("FormOfAddress: expected str, got " + type(_v).__name__)
        form_of_address = _v

        _v = d.pop("Title", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Title: expected str, got " + type(_v).__name__)
        title = _v

        _v = d.pop("FirstName", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("FirstName: expected str, got " + type(_v).__name__)
        first_name = _v

        _v = d.pop("LastName", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("LastName: expected str, got " + type(_v).__name__)
        last_name = _v

        _v = d.pop("Street", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Street: expected str, got " + type(_v).__name__)
        street = _v

        _v = d.pop("Address2", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Address2: expected str, got " + type(_v).__name__)
        address_2 = _v

        _v = d.pop("PostalCode", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("PostalCode: expected str, got " + type(_v).__name__)
        postal_code = _v

        _v = d.pop("State", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("State: expected str, got " + type(_v).__name__)
        state = _v

        _v = d.pop("VatID", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("VatID: expected str, got " + type(_v).__name__)
        vat_id = _v

        _v = d.pop("PhoneNumber", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("PhoneNumber: expected str, got " + type(_v).__name__)
        phone_number = _v

        _v = d.pop("MobilePhoneNumber", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("MobilePhoneNumber: expected str, got " + type(_v).__name__)
        mobile_phone_number = _v

        _v = d.pop("EmailAddress", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("EmailAddress: expected str, got " + type(_v).__name__)
        email_address = _v

        _v = d.pop("Fax", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Fax: expected str, got " + type(_v).__name__)
        fax = _v

        create_address = cls(
            city=city,
            country_iso=country_iso,
            company=company,
            company_2=company_2,
            form_of_address=form_of_address,
            title=title,
            first_name=first_name,
            last_name=last_name,
            street=street,
            address_2=address_2,
            postal_code=postal_code,
            state=state,
            vat_id=vat_id,
            phone_number=phone_number,
            mobile_phone_number=mobile_phone_number,
            email_address=email_address,
            fax=fax,
        )

        create_address.additional_properties = d
        return create_address

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
