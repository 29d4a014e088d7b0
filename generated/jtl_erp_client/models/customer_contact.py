from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="CustomerContact")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Id", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Id: expected int, got " + type(_v).__name__)
        id = _v

        _v = d.pop("Department", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Department: expected str, got " + type(_v).__name__)
        department = _v

        _v = d.pop("Honorific", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Honorific: expected str, got " + type(_v).__name__)
        honorific = _v

        _v = d.pop("FirstName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("FirstName: expected str, got " + type(_v).__name__)
        first_name = _v

        _v = d.pop("LastName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("LastName: expected str, got " + type(_v).__name__)
        last_name = _v

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

        customer_contact = cls(
            id=id,
            department=department,
            honorific=honorific,
            first_name=first_name,
            last_name=last_name,
            phone_number=phone_number,
            mobile_phone_number=mobile_phone_number,
            email_address=email_address,
            fax=fax,
        )

        customer_contact.additional_properties = d
        return customer_contact

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
