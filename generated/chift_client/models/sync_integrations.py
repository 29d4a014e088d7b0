from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="SyncIntegrations")


@_attrs_define
class SyncIntegrations:
    """
    Attributes:
        connections (list[SyncVerticalIntegrations]):
    """

    connections: list[SyncVerticalIntegrations]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connections = []
        for connections_item_data in self.connections:
            connections_item = connections_item_data.to_dict()
            connections.append(connections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connections": connections,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("connections", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("connections: expected list, got " + type(_v).__name__)
        connections = []
        _connections = _v
        for connections_item_data in _connections:
            connections_item = SyncVerticalIntegrations.from_dict(connections_item_data)

            connections.append(connections_item)

        sync_integrations = cls(
            connections=connections,
        )

        sync_integrations.additional_properties = d
        return sync_integrations

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


from ..models.sync_vertical_integrations import SyncVerticalIntegrations
