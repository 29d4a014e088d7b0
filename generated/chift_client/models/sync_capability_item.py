from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_capability_item_kind import SyncCapabilityItemKind
from ..types import UNSET

T = TypeVar("T", bound="SyncCapabilityItem")


@_attrs_define
class SyncCapabilityItem:
    """
    Attributes:
        key (str):
        id (UUID):
        title (str):
        description (str):
        kind (SyncCapabilityItemKind):
        offered (bool):
        default_mode (None | str):
        modes (list[SyncCapabilityMode]):
    """

    key: str
    id: UUID
    title: str
    description: str
    kind: SyncCapabilityItemKind
    offered: bool
    default_mode: None | str
    modes: list[SyncCapabilityMode]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        id = str(self.id)

        title = self.title

        description = self.description

        kind = self.kind.value

        offered = self.offered

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
                "offered": offered,
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

        kind = SyncCapabilityItemKind(d.pop("kind"))

        _v = d.pop("offered", UNSET)
        if type(_v) is not bool:
            raise TypeError("offered: expected bool, got " + type(_v).__name__)
        offered = _v

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
            modes_item = SyncCapabilityMode.from_dict(modes_item_data)

            modes.append(modes_item)

        sync_capability_item = cls(
            key=key,
            id=id,
            title=title,
            description=description,
            kind=kind,
            offered=offered,
            default_mode=default_mode,
            modes=modes,
        )

        sync_capability_item.additional_properties = d
        return sync_capability_item

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


from ..models.sync_capability_mode import SyncCapabilityMode
