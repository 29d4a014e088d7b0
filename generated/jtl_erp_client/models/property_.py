from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Property")


@_attrs_define
class Property:
    """
    Attributes:
        id (int):  Example: 51.
        name (str):  Example: Nightvision.
        translations (list[Translation]):
        property_groups (list[int]):
    """

    id: int
    name: str
    translations: list[Translation]
    property_groups: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        translations = []
        for translations_item_data in self.translations:
            translations_item = translations_item_data.to_dict()
            translations.append(translations_item)

        property_groups = self.property_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Name": name,
                "Translations": translations,
                "PropertyGroups": property_groups,
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

        _v = d.pop("Translations", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("Translations: expected list, got " + type(_v).__name__)
        translations = []
        _translations = _v
        for translations_item_data in _translations:
            translations_item = Translation.from_dict(translations_item_data)

            translations.append(translations_item)

        _v = d.pop("PropertyGroups", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("PropertyGroups: expected list, got " + type(_v).__name__)
        property_groups = cast(list[int], _v)

        property_ = cls(
            id=id,
            name=name,
            translations=translations,
            property_groups=property_groups,
        )

        property_.additional_properties = d
        return property_

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


from ..models.translation import Translation
