from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Manufacturer")


@_attrs_define
class Manufacturer:
    """
    Attributes:
        id (int):  Example: 15.
        name (str):  Example: Awesome Manufacturer.
        description (str):  Example: Some info about the manufacturer.
        homepage (str):  Example: https://awsome-manufacturer.com.
        sort_number (int):  Example: 1.
        meta_title (str):  Example: Awesome Manufacturer.
        meta_keywords (str):  Example: Products, fast delivery.
        meta_description (str):  Example: Awesome Manufacturer.
    """

    id: int
    name: str
    description: str
    homepage: str
    sort_number: int
    meta_title: str
    meta_keywords: str
    meta_description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        homepage = self.homepage

        sort_number = self.sort_number

        meta_title = self.meta_title

        meta_keywords = self.meta_keywords

        meta_description = self.meta_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Name": name,
                "Description": description,
                "Homepage": homepage,
                "SortNumber": sort_number,
                "MetaTitle": meta_title,
                "MetaKeywords": meta_keywords,
                "MetaDescription": meta_description,
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

        _v = d.pop("Description", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Description: expected str, got " + type(_v).__name__)
        description = _v

        _v = d.pop("Homepage", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Homepage: expected str, got " + type(_v).__name__)
        homepage = _v

        _v = d.pop("SortNumber", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("SortNumber: expected int, got " + type(_v).__name__)
        sort_number = _v

        _v = d.pop("MetaTitle", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("MetaTitle: expected str, got " + type(_v).__name__)
        meta_title = _v

        _v = d.pop("MetaKeywords", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("MetaKeywords: expected str, got " + type(_v).__name__)
        meta_keywords = _v

        _v = d.pop("MetaDescription", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("MetaDescription: expected str, got " + type(_v).__name__)
        meta_description = _v

        manufacturer = cls(
            id=id,
            name=name,
            description=description,
            homepage=homepage,
            sort_number=sort_number,
            meta_title=meta_title,
            meta_keywords=meta_keywords,
            meta_description=meta_description,
        )

        manufacturer.additional_properties = d
        return manufacturer

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
