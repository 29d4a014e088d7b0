from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommerceAddressItemIn")


@_attrs_define
class CommerceAddressItemIn:
    """
    Attributes:
        first_name (str):
        last_name (str):
        street (str):
        number (str):
        city (str):
        country (str):
        box (None | str | Unset):
        postal_code (None | str | Unset):
        phone (None | str | Unset):
        email (None | str | Unset):
    """

    first_name: str
    last_name: str
    street: str
    number: str
    city: str
    country: str
    box: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        street = self.street

        number = self.number

        city = self.city

        country = self.country

        box: None | str | Unset
        if isinstance(self.box, Unset):
            box = UNSET
        else:
            box = self.box

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
                "street": street,
                "number": number,
                "city": city,
                "country": country,
            }
        )
        if box is not UNSET:
            field_dict["box"] = box
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("first_name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("first_name: expected str, got " + type(_v).__name__)
        first_name = _v

        _v = d.pop("last_name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("last_name: expected str, got " + type(_v).__name__)
        last_name = _v

        _v = d.pop("street", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("street: expected str, got " + type(_v).__name__)
        street = _v

        _v = d.pop("number", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("number: expected str, got " + type(_v).__name__)
        number = _v

        _v = d.pop("city", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("city: expected str, got " + type(_v).__name__)
        city = _v

        _v = d.pop("country", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("country: expected str, got " + type(_v).__name__)
        country = _v

        def _parse_box(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        box = _parse_box(d.pop("box", UNSET))

        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_code = _parse_postal_code(d.pop("postal_code", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        commerce_address_item_in = cls(
            first_name=first_name,
            last_name=last_name,
            street=street,
            number=number,
            city=city,
            country=country,
            box=box,
            postal_code=postal_code,
            phone=phone,
            email=email,
        )

        commerce_address_item_in.additional_properties = d
        return commerce_address_item_in

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
