from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostAddressItem")


@_attrs_define
class PostAddressItem:
    """
    Attributes:
        name (str):
        city (str):
        postal_code (str):
        street (None | str | Unset):
        number (None | str | Unset):
        box (None | str | Unset):
        country (None | str | Unset):
    """

    name: str
    city: str
    postal_code: str
    street: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    box: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        city = self.city

        postal_code = self.postal_code

        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

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

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "city": city,
                "postal_code": postal_code,
            }
        )
        if street is not UNSET:
            field_dict["street"] = street
        if number is not UNSET:
            field_dict["number"] = number
        if box is not UNSET:
            field_dict["box"] = box
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("city", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("city: expected str, got " + type(_v).__name__)
        city = _v

        _v = d.pop("postal_code", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("postal_code: expected str, got " + type(_v).__name__)
        postal_code = _v

        def _parse_street(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street = _parse_street(d.pop("street", UNSET))

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

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        post_address_item = cls(
            name=name,
            city=city,
            postal_code=postal_code,
            street=street,
            number=number,
            box=box,
            country=country,
        )

        post_address_item.additional_properties = d
        return post_address_item

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
