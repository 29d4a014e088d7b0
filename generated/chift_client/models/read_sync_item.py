from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReadSyncItem")


@_attrs_define
class ReadSyncItem:
    """
    Attributes:
        name (str):
        connections (list[SyncsConnectionItem]):
        syncid (UUID):
        consumers (list[str]):
        flows (list[ReadFlowItem]):
        config (None | ReadSyncItemConfigType0 | Unset):
        mappings (list[CreateSyncMappingItemOutput] | Unset):
        module (None | str | Unset):
        object_kinds (list[ObjectKindItem] | None | Unset):
    """

    name: str
    connections: list[SyncsConnectionItem]
    syncid: UUID
    consumers: list[str]
    flows: list[ReadFlowItem]
    config: None | ReadSyncItemConfigType0 | Unset = UNSET
    mappings: list[CreateSyncMappingItemOutput] | Unset = UNSET
    module: None | str | Unset = UNSET
    object_kinds: list[ObjectKindItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        connections = []
        for connections_item_data in self.connections:
            connections_item = connections_item_data.to_dict()
            connections.append(connections_item)

        syncid = str(self.syncid)

        consumers = self.consumers

        flows = []
        for flows_item_data in self.flows:
            flows_item = flows_item_data.to_dict()
            flows.append(flows_item)

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, ReadSyncItemConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        mappings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mappings, Unset):
            mappings = []
            for mappings_item_data in self.mappings:
                mappings_item = mappings_item_data.to_dict()
                mappings.append(mappings_item)

        module: None | str | Unset
        if isinstance(self.module, Unset):
            module = UNSET
        else:
            module = self.module

        object_kinds: list[dict[str, Any]] | None | Unset
        if isinstance(self.object_kinds, Unset):
            object_kinds = UNSET
        elif isinstance(self.object_kinds, list):
            object_kinds = []
            for object_kinds_type_0_item_data in self.object_kinds:
                object_kinds_type_0_item = object_kinds_type_0_item_data.to_dict()
                object_kinds.append(object_kinds_type_0_item)

        else:
            object_kinds = self.object_kinds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "connections": connections,
                "syncid": syncid,
                "consumers": consumers,
                "flows": flows,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if mappings is not UNSET:
            field_dict["mappings"] = mappings
        if module is not UNSET:
            field_dict["module"] = module
        if object_kinds is not UNSET:
            field_dict["object_kinds"] = object_kinds

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

        syncid = UUID(d.pop("syncid"))

        _v = d.pop("consumers", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("consumers: expected list, got " + type(_v).__name__)
        consumers = cast(list[str], _v)

        _v = d.pop("flows", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("flows: expected list, got " + type(_v).__name__)
        flows = []
        _flows = _v
        for flows_item_data in _flows:
            flows_item = ReadFlowItem.from_dict(flows_item_data)

            flows.append(flows_item)

        def _parse_config(data: object) -> None | ReadSyncItemConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = ReadSyncItemConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReadSyncItemConfigType0 | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        _v = d.pop("mappings", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("mappings: expected list, got " + type(_v).__name__)
        _mappings = _v
        mappings: list[CreateSyncMappingItemOutput] | Unset = UNSET
        if _mappings is not UNSET:
            mappings = []
            for mappings_item_data in _mappings:
                mappings_item = CreateSyncMappingItemOutput.from_dict(mappings_item_data)

                mappings.append(mappings_item)

        def _parse_module(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        module = _parse_module(d.pop("module", UNSET))

        def _parse_object_kinds(data: object) -> list[ObjectKindItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                object_kinds_type_0 = []
                _object_kinds_type_0 = data
                for object_kinds_type_0_item_data in _object_kinds_type_0:
                    object_kinds_type_0_item = ObjectKindItem.from_dict(object_kinds_type_0_item_data)

                    object_kinds_type_0.append(object_kinds_type_0_item)

                return object_kinds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ObjectKindItem] | None | Unset, data)

        object_kinds = _parse_object_kinds(d.pop("object_kinds", UNSET))

        read_sync_item = cls(
            name=name,
            connections=connections,
            syncid=syncid,
            consumers=consumers,
            flows=flows,
            config=config,
            mappings=mappings,
            module=module,
            object_kinds=object_kinds,
        )

        read_sync_item.additional_properties = d
        return read_sync_item

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


from ..models.create_sync_mapping_item_output import CreateSyncMappingItemOutput
from ..models.object_kind_item import ObjectKindItem
from ..models.read_flow_item import ReadFlowItem
from ..models.read_sync_item_config_type_0 import ReadSyncItemConfigType0
from ..models.syncs_connection_item import SyncsConnectionItem
