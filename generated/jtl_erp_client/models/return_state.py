from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ReturnState")


@_attrs_define
class ReturnState:
    """
    Attributes:
        id (int):  Example: 5.
        is_active (bool):  Example: True.
        translations (list[Translation]):
    """

    id: int
    is_active: bool
    translations: list[Translation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_active = self.is_active

        translations = []
        for translations_item_data in self.translations:
            translations_item = translations_item_data.to_dict()
            translations.append(translations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "IsActive": is_active,
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

        _v = d.pop("IsActive", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsActive: expected bool, got " + type(_v).__name__)
        is_active = _v

        _v = d.pop("Translations", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("Translations: expected list, got " + type(_v).__name__)
        translations = []
        _translations = _v
        for translations_item_data in _translations:
            translations_item = Translation.from_dict(translations_item_data)

            translations.append(translations_item)

        return_state = cls(
            id=id,
            is_active=is_active,
            translations=translations,
        )

        return_state.additional_properties = d
        return return_state

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
