from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSyncItem")


@_attrs_define
class CreateSyncItem:
    """
    Attributes:
        name (str):
        connections (list[SyncsConnectionItem]):
        config (CreateSyncItemConfigType0 | None | Unset):
        mappings (list[CreateSyncMappingItemInput] | Unset):
        flows (list[CreateFlowItem] | Unset):
    """

    name: str
    connections: list[SyncsConnectionItem]
    config: CreateSyncItemConfigType0 | None | Unset = UNSET
    mappings: list[CreateSyncMappingItemInput] | Unset = UNSET
    flows: list[CreateFlowItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        connections = []
        for connections_item_data in self.connections:
            connections_item = connections_item_data.to_dict()
            connections.append(connections_item)

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, CreateSyncItemConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        mappings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mappings, Unset):
            mappings = []
            for mappings_item_data in self.mappings:
                mappings_item = mappings_item_data.to_dict()
                mappings.append(mappings_item)

        flows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flows, Unset):
            flows = []
            for flows_item_data in self.flows:
                flows_item = flows_item_data.to_dict()
                flows.append(flows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "connections": connections,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if mappings is not UNSET:
            field_dict["mappings"] = mappings
        if flows is not UNSET:
            field_dict["flows"] = flows

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("connections", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("connections: expected list, got " + type(_v).__name__)
        connections = []
        _connections = _v
        for connections_item_data in _connections:
            connections_item = SyncsConnectionItem.from_dict(connections_item_data)

            connections.append(connections_item)

        def _parse_config(data: object) -> CreateSyncItemConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = CreateSyncItemConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateSyncItemConfigType0 | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        _v = d.pop("mappings", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("mappings: expected list, got " + type(_v).__name__)
        _mappings = _v
        mappings: list[CreateSyncMappingItemInput] | Unset = UNSET
        if _mappings is not UNSET:
            mappings = []
            for mappings_item_data in _mappings:
                mappings_item = CreateSyncMappingItemInput.from_dict(mappings_item_data)

                mappings.append(mappings_item)

        _v = d.pop("flows", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("flows: expected list, got " + type(_v).__name__)
        _flows = _v
        flows: list[CreateFlowItem] | Unset = UNSET
        if _flows is not UNSET:
            flows = []
            for flows_item_data in _flows:
                flows_item = CreateFlowItem.from_dict(flows_item_data)

                flows.append(flows_item)

        create_sync_item = cls(
            name=name,
            connections=connections,
            config=config,
            mappings=mappings,
            flows=flows,
        )

        create_sync_item.additional_properties = d
        return create_sync_item

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


from ..models.create_flow_item import CreateFlowItem
from ..models.create_sync_item_config_type_0 import CreateSyncItemConfigType0
from ..models.create_sync_mapping_item_input import CreateSyncMappingItemInput
from ..models.syncs_connection_item import SyncsConnectionItem
