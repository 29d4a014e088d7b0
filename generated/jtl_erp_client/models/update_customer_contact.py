from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCustomerContact")


@_attrs_define
class UpdateCustomerContact:
    """
    Attributes:
        department (str | Unset):  Example: Management.
        honorific (str | Unset):  Example: Herr.
        first_name (str | Unset):  Example: John.
        last_name (str | Unset):  Example: Smith.
        phone_number (str | Unset):  Example: 01234 / 123456-0.
        mobile_phone_number (str | Unset):  Example: 0162 / 1234567.
        email_address (str | Unset):  Example: john.smith@somemail.com.
        fax (str | Unset):  Example: 01234 / 123456-13.
    """

    department: str | Unset = UNSET
    honorific: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    mobile_phone_number: str | Unset = UNSET
    email_address: str | Unset = UNSET
    fax: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update({})
        if department is not UNSET:
            field_dict["Department"] = department
        if honorific is not UNSET:
            field_dict["Honorific"] = honorific
        if first_name is not UNSET:
            field_dict["FirstName"] = first_name
        if last_name is not UNSET:
            field_dict["LastName"] = last_name
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
        _v = d.pop("Department", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Department: expected str, got " + type(_v).__name__)
        department = _v

        _v = d.pop("Honorific", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Honorific: expected str, got " + type(_v).__name__)
        honorific = _v

        _v = d.pop("FirstName", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("FirstName: expected str, got " + type(_v).__name__)
        first_name = _v

        _v = d.pop("LastName", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("LastName: expected str, got " + type(_v).__name__)
        last_name = _v

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

        update_customer_contact = cls(
            department=department,
            honorific=honorific,
            first_name=first_name,
            last_name=last_name,
            phone_number=phone_number,
            mobile_phone_number=mobile_phone_number,
            email_address=email_address,
            fax=fax,
        )

        update_customer_contact.additional_properties = d
        return update_customer_contact

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
