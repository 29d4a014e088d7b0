from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connection_status import ConnectionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionItem")


@_attrs_define
class ConnectionItem:
    """
    Attributes:
        connectionid (UUID):
        name (str):
        integration (str):
        integrationid (int):
        api (str):
        status (ConnectionStatus):
        data (ConnectionItemDataType0 | None | Unset):
        agent (LocalAgentInfo | None | Unset):
        datalayer (DatalayerInfo | None | Unset):
    """

    connectionid: UUID
    name: str
    integration: str
    integrationid: int
    api: str
    status: ConnectionStatus
    data: ConnectionItemDataType0 | None | Unset = UNSET
    agent: LocalAgentInfo | None | Unset = UNSET
    datalayer: DatalayerInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connectionid = str(self.connectionid)

        name = self.name

        integration = self.integration

        integrationid = self.integrationid

        api = self.api

        status = self.status.value

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ConnectionItemDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        agent: dict[str, Any] | None | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, LocalAgentInfo):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        datalayer: dict[str, Any] | None | Unset
        if isinstance(self.datalayer, Unset):
            datalayer = UNSET
        elif isinstance(self.datalayer, DatalayerInfo):
            datalayer = self.datalayer.to_dict()
        else:
            datalayer = self.datalayer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connectionid": connectionid,
                "name": name,
                "integration": integration,
                "integrationid": integrationid,
                "api": api,
                "status": status,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if agent is not UNSET:
            field_dict["agent"] = agent
        if datalayer is not UNSET:
            field_dict["datalayer"] = datalayer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        connectionid = UUID(d.pop("connectionid"))

        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("integration", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("integration: expected str, got " + type(_v).__name__)
        integration = _v

        _v = d.pop("integrationid", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("integrationid: expected int, got " + type(_v).__name__)
        integrationid = _v

        _v = d.pop("api", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("api: expected str, got " + type(_v).__name__)
        api = _v

        status = ConnectionStatus(d.pop("status"))

        def _parse_data(data: object) -> ConnectionItemDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ConnectionItemDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectionItemDataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_agent(data: object) -> LocalAgentInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = LocalAgentInfo.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalAgentInfo | None | Unset, data)

        agent = _parse_agent(d.pop("agent", UNSET))

        def _parse_datalayer(data: object) -> DatalayerInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                datalayer_type_0 = DatalayerInfo.from_dict(data)

                return datalayer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatalayerInfo | None | Unset, data)

        datalayer = _parse_datalayer(d.pop("datalayer", UNSET))

        connection_item = cls(
            connectionid=connectionid,
            name=name,
            integration=integration,
            integrationid=integrationid,
            api=api,
            status=status,
            data=data,
            agent=agent,
            datalayer=datalayer,
        )

        connection_item.additional_properties = d
        return connection_item

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


from ..models.connection_item_data_type_0 import ConnectionItemDataType0
from ..models.datalayer_info import DatalayerInfo
from ..models.local_agent_info import LocalAgentInfo
