from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.setting_group import SettingGroup
from ..types import UNSET

T = TypeVar("T", bound="SettingGroupItem")


@_attrs_define
class SettingGroupItem:
    """
    Attributes:
        key (SettingGroup):
        title (str):
    """

    key: SettingGroup
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key.value

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = SettingGroup(d.pop("key"))

        _v = d.pop("title", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("title: expected str, got " + type(_v).__name__)
        title = _v

        setting_group_item = cls(
            key=key,
            title=title,
        )

        setting_group_item.additional_properties = d
        return setting_group_item

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
