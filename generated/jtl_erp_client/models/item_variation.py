from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_variation_type import ItemVariationType
from ..types import UNSET

T = TypeVar("T", bound="ItemVariation")


@_attrs_define
class ItemVariation:
    """
    Attributes:
        id (int):  Example: 101.
        item_id (int):  Example: 1.
        name (str):  Example: Interdimensional Goggles - Supermagnifier.
        type_ (ItemVariationType):
        translations (list[Translation]):
    """

    id: int
    item_id: int
    name: str
    type_: ItemVariationType
    translations: list[Translation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        item_id = self.item_id

        name = self.name

        type_ = self.type_.value

        translations = []
        for translations_item_data in self.translations:
            translations_item = translations_item_data.to_dict()
            translations.append(translations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "ItemId": item_id,
                "Name": name,
                "Type": type_,
                "Translations": translations,
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

        _v = d.pop("ItemId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ItemId: expected int, got " + type(_v).__name__)
        item_id = _v

        _v = d.pop("Name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        type_ = ItemVariationType(d.pop("Type"))

        _v = d.pop("Translations", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("Translations: expected list, got " + type(_v).__name__)
        translations = []
        _translations = _v
        for translations_item_data in _translations:
            translations_item = Translation.from_dict(translations_item_data)

            translations.append(translations_item)

        item_variation = cls(
            id=id,
            item_id=item_id,
            name=name,
            type_=type_,
            translations=translations,
        )

        item_variation.additional_properties = d
        return item_variation

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
