from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_item_variation_type import CreateItemVariationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateItemVariation")


@_attrs_define
class CreateItemVariation:
    """
    Attributes:
        name (str):  Example: Interdimensional Goggles - Supermagnifier.
        type_ (CreateItemVariationType):
        translations (list[CreateTranslation] | Unset):
    """

    name: str
    type_: CreateItemVariationType
    translations: list[CreateTranslation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        translations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.translations, Unset):
            translations = []
            for translations_item_data in self.translations:
                translations_item = translations_item_data.to_dict()
                translations.append(translations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "Type": type_,
            }
        )
        if translations is not UNSET:
            field_dict["Translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        type_ = CreateItemVariationType(d.pop("Type"))

        _v = d.pop("Translations", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("Translations: expected list, got " + type(_v).__name__)
        _translations = _v
        translations: list[CreateTranslation] | Unset = UNSET
        if _translations is not UNSET:
            translations = []
            for translations_item_data in _translations:
                translations_item = CreateTranslation.from_dict(translations_item_data)

                translations.append(translations_item)

        create_item_variation = cls(
            name=name,
            type_=type_,
            translations=translations,
        )

        create_item_variation.additional_properties = d
        return create_item_variation

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


from ..models.create_translation import CreateTranslation
