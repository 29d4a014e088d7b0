from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ConsumerCapabilityMode")


@_attrs_define
class ConsumerCapabilityMode:
    """
    Attributes:
        key (str):
        title (str):
        description (str):
        available (bool):
        reason_key (None | str):
        reason (None | str):
        requires (list[str]):
        requires_modes (list[RequiredMode]):
    """

    key: str
    title: str
    description: str
    available: bool
    reason_key: None | str
    reason: None | str
    requires: list[str]
    requires_modes: list[RequiredMode]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        title = self.title

        description = self.description

        available = self.available

        reason_key: None | str
        reason_key = self.reason_key

        reason: None | str
        reason = self.reason

        requires = self.requires

        requires_modes = []
        for requires_modes_item_data in self.requires_modes:
            requires_modes_item = requires_modes_item_data.to_dict()
            requires_modes.append(requires_modes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "title": title,
                "description": description,
                "available": available,
                "reason_key": reason_key,
                "reason": reason,
                "requires": requires,
                "requires_modes": requires_modes,
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

        _v = d.pop("available", UNSET)
        if type(_v) is not bool:
            raise TypeError("available: expected bool, got " + type(_v).__name__)
        available = _v

        def _parse_reason_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason_key = _parse_reason_key(d.pop("reason_key"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        _v = d.pop("requires", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("requires: expected list, got " + type(_v).__name__)
        requires = cast(list[str], _v)

        _v = d.pop("requires_modes", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("requires_modes: expected list, got " + type(_v).__name__)
        requires_modes = []
        _requires_modes = _v
        for requires_modes_item_data in _requires_modes:
            requires_modes_item = RequiredMode.from_dict(requires_modes_item_data)

            requires_modes.append(requires_modes_item)

        consumer_capability_mode = cls(
            key=key,
            title=title,
            description=description,
            available=available,
            reason_key=reason_key,
            reason=reason,
            requires=requires,
            requires_modes=requires_modes,
        )

        consumer_capability_mode.additional_properties = d
        return consumer_capability_mode

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


from ..models.required_mode import RequiredMode
