from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ConsumerCapabilities")


@_attrs_define
class ConsumerCapabilities:
    """
    Attributes:
        flowid (UUID):
        enabled (bool):
        capabilities (list[ConsumerCapabilityItem]):
        tables (list[ConsumerTable]):
        questions (list[ConsumerQuestion]):
        completeness (SetupCompleteness):
        connections (list[SyncConnection]):
        latest_preview_id (None | UUID):
    """

    flowid: UUID
    enabled: bool
    capabilities: list[ConsumerCapabilityItem]
    tables: list[ConsumerTable]
    questions: list[ConsumerQuestion]
    completeness: SetupCompleteness
    connections: list[SyncConnection]
    latest_preview_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flowid = str(self.flowid)

        enabled = self.enabled

        capabilities = []
        for capabilities_item_data in self.capabilities:
            capabilities_item = capabilities_item_data.to_dict()
            capabilities.append(capabilities_item)

        tables = []
        for tables_item_data in self.tables:
            tables_item = tables_item_data.to_dict()
            tables.append(tables_item)

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        completeness = self.completeness.to_dict()

        connections = []
        for connections_item_data in self.connections:
            connections_item = connections_item_data.to_dict()
            connections.append(connections_item)

        latest_preview_id: None | str
        if isinstance(self.latest_preview_id, UUID):
            latest_preview_id = str(self.latest_preview_id)
        else:
            latest_preview_id = self.latest_preview_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flowid": flowid,
                "enabled": enabled,
                "capabilities": capabilities,
                "tables": tables,
                "questions": questions,
                "completeness": completeness,
                "connections": connections,
                "latest_preview_id": latest_preview_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        flowid = UUID(d.pop("flowid"))

        _v = d.pop("enabled", UNSET)
        if type(_v) is not bool:
            raise TypeError("enabled: expected bool, got " + type(_v).__name__)
        enabled = _v

        _v = d.pop("capabilities", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("capabilities: expected list, got " + type(_v).__name__)
        capabilities = []
        _capabilities = _v
        for capabilities_item_data in _capabilities:
            capabilities_item = ConsumerCapabilityItem.from_dict(capabilities_item_data)

            capabilities.append(capabilities_item)

        _v = d.pop("tables", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("tables: expected list, got " + type(_v).__name__)
        tables = []
        _tables = _v
        for tables_item_data in _tables:
            tables_item = ConsumerTable.from_dict(tables_item_data)

            tables.append(tables_item)

        _v = d.pop("questions", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("questions: expected list, got " + type(_v).__name__)
        questions = []
        _questions = _v
        for questions_item_data in _questions:
            questions_item = ConsumerQuestion.from_dict(questions_item_data)

            questions.append(questions_item)

        completeness = SetupCompleteness.from_dict(d.pop("completeness"))

        _v = d.pop("connections", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("connections: expected list, got " + type(_v).__name__)
        connections = []
        _connections = _v
        for connections_item_data in _connections:
            connections_item = SyncConnection.from_dict(connections_item_data)

            connections.append(connections_item)

        def _parse_latest_preview_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                latest_preview_id_type_0 = UUID(data)

                return latest_preview_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        latest_preview_id = _parse_latest_preview_id(d.pop("latest_preview_id"))

        consumer_capabilities = cls(
            flowid=flowid,
            enabled=enabled,
            capabilities=capabilities,
            tables=tables,
            questions=questions,
            completeness=completeness,
            connections=connections,
            latest_preview_id=latest_preview_id,
        )

        consumer_capabilities.additional_properties = d
        return consumer_capabilities

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


from ..models.consumer_capability_item import ConsumerCapabilityItem
from ..models.consumer_question import ConsumerQuestion
from ..models.consumer_table import ConsumerTable
from ..models.setup_completeness import SetupCompleteness
from ..models.sync_connection import SyncConnection
