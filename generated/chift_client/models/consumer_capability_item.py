from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.consumer_capability_item_kind import ConsumerCapabilityItemKind
from ..types import UNSET

T = TypeVar("T", bound="ConsumerCapabilityItem")


@_attrs_define
class ConsumerCapabilityItem:
    """
    Attributes:
        key (str):
        id (UUID):
        title (str):
        description (str):
        kind (ConsumerCapabilityItemKind):
        selected (bool):
        effective (bool):
        auto_enabled_by (list[str]):
        requires (list[str]):
        available (bool):
        reason_key (None | str):
        reason (None | str):
        mode (None | str):
        chooses_mode (bool):
        awaits_mode (bool):
        default_mode (None | str):
        modes (list[ConsumerCapabilityMode]):
    """

    key: str
    id: UUID
    title: str
    description: str
    kind: ConsumerCapabilityItemKind
    selected: bool
    effective: bool
    auto_enabled_by: list[str]
    requires: list[str]
    available: bool
    reason_key: None | str
    reason: None | str
    mode: None | str
    chooses_mode: bool
    awaits_mode: bool
    default_mode: None | str
    modes: list[ConsumerCapabilityMode]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        id = str(self.id)

        title = self.title

        description = self.description

        kind = self.kind.value

        selected = self.selected

        effective = self.effective

        auto_enabled_by = self.auto_enabled_by

        requires = self.requires

        available = self.available

        reason_key: None | str
        reason_key = self.reason_key

        reason: None | str
        reason = self.reason

        mode: None | str
        mode = self.mode

        chooses_mode = self.chooses_mode

        awaits_mode = self.awaits_mode

        default_mode: None | str
        default_mode = self.default_mode

        modes = []
        for modes_item_data in self.modes:
            modes_item = modes_item_data.to_dict()
            modes.append(modes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "id": id,
                "title": title,
                "description": description,
                "kind": kind,
                "selected": selected,
                "effective": effective,
                "auto_enabled_by": auto_enabled_by,
                "requires": requires,
                "available": available,
                "reason_key": reason_key,
                "reason": reason,
                "mode": mode,
                "chooses_mode": chooses_mode,
                "awaits_mode": awaits_mode,
                "default_mode": default_mode,
                "modes": modes,
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

        id = UUID(d.pop("id"))

        _v = d.pop("title", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("title: expected str, got " + type(_v).__name__)
        title = _v

        _v = d.pop("description", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("description: expected str, got " + type(_v).__name__)
        description = _v

        kind = ConsumerCapabilityItemKind(d.pop("kind"))

        _v = d.pop("selected", UNSET)
        if type(_v) is not bool:
            raise TypeError("selected: expected bool, got " + type(_v).__name__)
        selected = _v

        _v = d.pop("effective", UNSET)
        if type(_v) is not bool:
            raise TypeError("effective: expected bool, got " + type(_v).__name__)
        effective = _v

        _v = d.pop("auto_enabled_by", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("auto_enabled_by: expected list, got " + type(_v).__name__)
        auto_enabled_by = cast(list[str], _v)

        _v = d.pop("requires", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("requires: expected list, got " + type(_v).__name__)
        requires = cast(list[str], _v)

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

        def _parse_mode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mode = _parse_mode(d.pop("mode"))

        _v = d.pop("chooses_mode", UNSET)
        if type(_v) is not bool:
            raise TypeError("chooses_mode: expected bool, got " + type(_v).__name__)
        chooses_mode = _v

        _v = d.pop("awaits_mode", UNSET)
        if type(_v) is not bool:
            raise TypeError("awaits_mode: expected bool, got " + type(_v).__name__)
        awaits_mode = _v

        def _parse_default_mode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default_mode = _parse_default_mode(d.pop("default_mode"))

        _v = d.pop("modes", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("modes: expected list, got " + type(_v).__name__)
        modes = []
        _modes = _v
        for modes_item_data in _modes:
            modes_item = ConsumerCapabilityMode.from_dict(modes_item_data)

            modes.append(modes_item)

        consumer_capability_item = cls(
            key=key,
            id=id,
            title=title,
            description=description,
            kind=kind,
            selected=selected,
            effective=effective,
            auto_enabled_by=auto_enabled_by,
            requires=requires,
            available=available,
            reason_key=reason_key,
            reason=reason,
            mode=mode,
            chooses_mode=chooses_mode,
            awaits_mode=awaits_mode,
            default_mode=default_mode,
            modes=modes,
        )

        consumer_capability_item.additional_properties = d
        return consumer_capability_item

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


from ..models.consumer_capability_mode import ConsumerCapabilityMode
