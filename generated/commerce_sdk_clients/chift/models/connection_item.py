from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.connection_status import ConnectionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "connectionid",
        "name",
        "integration",
        "integrationid",
        "api",
        "status",
        "data",
        "agent",
        "datalayer",
    }
)


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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    connectionid: UUID
    name: str
    integration: str
    integrationid: int
    api: str
    status: ConnectionStatus
    data: ConnectionItemDataType0 | None | Unset = UNSET
    agent: LocalAgentInfo | None | Unset = UNSET
    datalayer: DatalayerInfo | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.connectionid is None or isinstance(self.connectionid, Unset):
            connectionid = self.connectionid
        else:
            connectionid = str(self.connectionid)

        name = self.name

        integration = self.integration

        integrationid = self.integrationid

        api = self.api

        if self.status is None or isinstance(self.status, Unset):
            status = self.status
        else:
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages.
        Tolerant mode keeps nested objects as they are in `src_dict` and builds them on first
        read (`_decoding.lazy`): do not change `src_dict` afterwards."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        _m = _decoding.MODE.get()
        _lazy = not _m.strict and cls is ConnectionItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["connectionid"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            connectionid, _raw = _decoding.missing(_path, "connectionid", "UUID", _raw)
        else:
            try:
                connectionid = UUID(_v)

            except Exception as _e:
                connectionid, _raw = _decoding.failed(_v, _e, _path, "connectionid", "UUID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            integration = _src["integration"]
        except KeyError:
            integration = UNSET
        if integration.__class__ is not str:
            integration, _raw = _decoding.scalar(integration, "str", _path, "integration", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            integrationid = _src["integrationid"]
        except KeyError:
            integrationid = UNSET
        if integrationid.__class__ is not int:
            integrationid, _raw = _decoding.scalar(integrationid, "int", _path, "integrationid", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            api = _src["api"]
        except KeyError:
            api = UNSET
        if api.__class__ is not str:
            api, _raw = _decoding.scalar(api, "str", _path, "api", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["status"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            status, _raw = _decoding.missing(_path, "status", "ConnectionStatus", _raw)
        else:
            try:
                status = ConnectionStatus(_v)

            except Exception as _e:
                status, _raw = _decoding.failed(_v, _e, _path, "status", "ConnectionStatus", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["data"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                data = _v
                _pending |= 1
            else:
                data = _ConnectionItemDataType0_from_dict(_v, _path + "data.")
        elif _v is None:
            data = None
        elif _v is UNSET:
            data = UNSET
        else:
            data, _raw = _decoding.as_model(_v, ConnectionItemDataType0, _path, "data", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["agent"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                agent = _v
                _pending |= 2
            else:
                agent = _LocalAgentInfo_from_dict(_v, _path + "agent.")
        elif _v is None:
            agent = None
        elif _v is UNSET:
            agent = UNSET
        else:
            agent, _raw = _decoding.as_model(_v, LocalAgentInfo, _path, "agent", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["datalayer"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                datalayer = _v
                _pending |= 4
            else:
                datalayer = _DatalayerInfo_from_dict(_v, _path + "datalayer.")
        elif _v is None:
            datalayer = None
        elif _v is UNSET:
            datalayer = UNSET
        else:
            datalayer, _raw = _decoding.as_model(_v, DatalayerInfo, _path, "datalayer", _raw)

        if cls is ConnectionItem:
            _obj = _new(cls)
            _obj.connectionid = connectionid
            _obj.name = name
            _obj.integration = integration
            _obj.integrationid = integrationid
            _obj.api = api
            _obj.status = status
            _set_data(_obj, data)
            _set_agent(_obj, agent)
            _set_datalayer(_obj, datalayer)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                connectionid,
                name,
                integration,
                integrationid,
                api,
                status,
                data,
                agent,
                datalayer,
            )

        if not _KNOWN_KEYS.issuperset(_src):
            _obj._additional_properties = {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        if _raw is not None:
            _obj._raw_values = _raw
        return _obj

    @property
    def raw_values(self) -> dict[str, Any]:
        """Values from the response that could not be read as the spec says, by field name
        (tolerant decoding left those fields unset); empty when the body matched the spec."""
        return self._raw_values if self._raw_values is not None else {}

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys of the body the spec does not declare, with their values."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

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

_ConnectionItemDataType0_from_dict = ConnectionItemDataType0.from_dict
_DatalayerInfo_from_dict = DatalayerInfo.from_dict
_LocalAgentInfo_from_dict = LocalAgentInfo.from_dict

_set_data = _decoding.lazy(ConnectionItem, "data", "data", 1, ConnectionItemDataType0.from_dict, False)
_set_agent = _decoding.lazy(ConnectionItem, "agent", "agent", 2, LocalAgentInfo.from_dict, False)
_set_datalayer = _decoding.lazy(ConnectionItem, "datalayer", "datalayer", 4, DatalayerInfo.from_dict, False)
