from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="CapabilityChanges")


@_attrs_define
class CapabilityChanges:
    """
    Attributes:
        enabled (list[str]):
        disabled (list[str]):
        tables_added (list[str]):
        tables_no_longer_needed (list[str]):
    """

    enabled: list[str]
    disabled: list[str]
    tables_added: list[str]
    tables_no_longer_needed: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        disabled = self.disabled

        tables_added = self.tables_added

        tables_no_longer_needed = self.tables_no_longer_needed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "disabled": disabled,
                "tables_added": tables_added,
                "tables_no_longer_needed": tables_no_longer_needed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("enabled", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("enabled: expected list, got " + type(_v).__name__)
        enabled = cast(list[str], _v)

        _v = d.pop("disabled", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("disabled: expected list, got " + type(_v).__name__)
        disabled = cast(list[str], _v)

        _v = d.pop("tables_added", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("tables_added: expected list, got " + type(_v).__name__)
        tables_added = cast(list[str], _v)

        _v = d.pop("tables_no_longer_needed", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("tables_no_longer_needed: expected list, got " + type(_v).__name__)
        tables_no_longer_needed = cast(list[str], _v)

        capability_changes = cls(
            enabled=enabled,
            disabled=disabled,
            tables_added=tables_added,
            tables_no_longer_needed=tables_no_longer_needed,
        )

        capability_changes.additional_properties = d
        return capability_changes

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
