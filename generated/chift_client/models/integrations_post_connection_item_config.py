from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationsPostConnectionItemConfig")


@_attrs_define
class IntegrationsPostConnectionItemConfig:
    """
    Attributes:
        enabled (bool | Unset):  Default: False.
        allow_multiple (bool | Unset):  Default: False.
    """

    enabled: bool | Unset = False
    allow_multiple: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        allow_multiple = self.allow_multiple

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if allow_multiple is not UNSET:
            field_dict["allow_multiple"] = allow_multiple

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("enabled", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("enabled: expected bool, got " + type(_v).__name__)
        enabled = _v

        _v = d.pop("allow_multiple", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("allow_multiple: expected bool, got " + type(_v).__name__)
        allow_multiple = _v

        integrations_post_connection_item_config = cls(
            enabled=enabled,
            allow_multiple=allow_multiple,
        )

        integrations_post_connection_item_config.additional_properties = d
        return integrations_post_connection_item_config

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
