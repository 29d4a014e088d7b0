from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="SyncCapabilityMode")


@_attrs_define
class SyncCapabilityMode:
    """
    Attributes:
        key (str):
        title (str):
        description (str):
    """

    key: str
    title: str
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        title = self.title

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "title": title,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("key", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("key: expected str, got " + type(_v).__name__)
        key = _v

        _v = d.pop("title", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("title: expected str, got " + type(_v).__name__)
        title = _v

        _v = d.pop("description", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("description: expected str, got " + type(_v).__name__)
        description = _v

        sync_capability_mode = cls(
            key=key,
            title=title,
            description=description,
        )

        sync_capability_mode.additional_properties = d
        return sync_capability_mode

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
