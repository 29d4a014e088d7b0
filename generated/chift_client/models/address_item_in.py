from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.address_type import AddressType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressItemIn")


@_attrs_define
class AddressItemIn:
    """
    Attributes:
        address_type (AddressType):
        street (str):
        city (str):
        postal_code (str):
        country (str):
        name (None | str | Unset):
        number (None | str | Unset):
        box (None | str | Unset):
        phone (None | str | Unset):
        mobile (None | str | Unset):
        email (None | str | Unset):
    """

    address_type: AddressType
    street: str
    city: str
    postal_code: str
    country: str
    name: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    box: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_type = self.address_type.value

        street = self.street

        city = self.city

        postal_code = self.postal_code

        country = self.country

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        box: None | str | Unset
        if isinstance(self.box, Unset):
            box = UNSET
        else:
            box = self.box

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address_type": address_type,
                "street": street,
                "city": city,
                "postal_code": postal_code,
                "country": country,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if box is not UNSET:
            field_dict["box"] = box
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address_type = AddressType(d.pop("address_type"))

        _v = d.pop("street", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("street: expected str, got " + type(_v).__name__)
        street = _v

        _v = d.pop("city", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("city: expected str, got " + type(_v).__name__)
        city = _v

        _v = d.pop("postal_code", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("postal_code: expected str, got " + type(_v).__name__)
        postal_code = _v

        _v = d.pop("country", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("country: expected str, got " + type(_v).__name__)
        country = _v

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_box(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        box = _parse_box(d.pop("box", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_mobile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile = _parse_mobile(d.pop("mobile", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        address_item_in = cls(
            address_type=address_type,
            street=street,
            city=city,
            postal_code=postal_code,
            country=country,
            name=name,
            number=number,
            box=box,
            phone=phone,
            mobile=mobile,
            email=email,
        )

        address_item_in.additional_properties = d
        return address_item_in

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
