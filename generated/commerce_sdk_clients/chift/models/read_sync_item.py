from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReadSyncItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "name",
        "connections",
        "syncid",
        "consumers",
        "flows",
        "config",
        "mappings",
        "module",
        "object_kinds",
    }
)


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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    name: str
    connections: list[SyncsConnectionItem]
    syncid: UUID
    consumers: list[str]
    flows: list[ReadFlowItem]
    config: None | ReadSyncItemConfigType0 | Unset = UNSET
    mappings: list[CreateSyncMappingItemOutput] | Unset = UNSET
    module: None | str | Unset = UNSET
    object_kinds: list[ObjectKindItem] | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        if self.connections is None or isinstance(self.connections, Unset):
            connections = self.connections
        else:
            connections = []
            for connections_item_data in self.connections:
                connections_item = connections_item_data.to_dict()
                connections.append(connections_item)

        if self.syncid is None or isinstance(self.syncid, Unset):
            syncid = self.syncid
        else:
            syncid = str(self.syncid)

        if self.consumers is None or isinstance(self.consumers, Unset):
            consumers = self.consumers
        else:
            consumers = self.consumers

        if self.flows is None or isinstance(self.flows, Unset):
            flows = self.flows
        else:
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        _lazy = not _m.strict and cls is ReadSyncItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["connections"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "connections", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            connections = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                connections = _v
                _pending |= 1
            else:
                connections = []
                _at = _path + "connections[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        connections.append(_SyncsConnectionItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, SyncsConnectionItem, _path, "connections", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["syncid"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            syncid, _raw = _decoding.missing(_path, "syncid", "UUID", _raw)
        else:
            try:
                syncid = UUID(_v)

            except Exception as _e:
                syncid, _raw = _decoding.failed(_v, _e, _path, "syncid", "UUID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            consumers = _src["consumers"]
        except KeyError:
            consumers = UNSET
        if consumers.__class__ is not list:
            consumers, _raw = _decoding.as_list(consumers, "scalar", _path, "consumers", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["flows"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "flows", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            flows = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                flows = _v
                _pending |= 2
            else:
                flows = []
                _at = _path + "flows[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        flows.append(_ReadFlowItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ReadFlowItem, _path, "flows", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["config"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                config = _v
                _pending |= 4
            else:
                config = _ReadSyncItemConfigType0_from_dict(_v, _path + "config.")
        elif _v is None:
            config = None
        elif _v is UNSET:
            config = UNSET
        else:
            config, _raw = _decoding.as_model(_v, ReadSyncItemConfigType0, _path, "config", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["mappings"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "mappings", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            mappings = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                mappings = _v
                _pending |= 8
            else:
                mappings = []
                _at = _path + "mappings[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        mappings.append(_CreateSyncMappingItemOutput_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, CreateSyncMappingItemOutput, _path, "mappings", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["module"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_module(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            module = _parse_module(_v)

        except Exception as _e:
            _decoding.leave(_t)
            module, _raw = _decoding.failed(_v, _e, _path, "module", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if module is _v and (_v.__class__ is list or _v.__class__ is dict):
                module, _raw = _decoding.failed(_v, None, _path, "module", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["object_kinds"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "object_kinds", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            object_kinds = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                object_kinds = _v
                _pending |= 16
            else:
                object_kinds = []
                _at = _path + "object_kinds[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        object_kinds.append(_ObjectKindItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ObjectKindItem, _path, "object_kinds", _raw)

        if cls is ReadSyncItem:
            _obj = _new(cls)
            _obj.name = name
            _set_connections(_obj, connections)
            _obj.syncid = syncid
            _obj.consumers = consumers
            _set_flows(_obj, flows)
            _set_config(_obj, config)
            _set_mappings(_obj, mappings)
            _obj.module = module
            _set_object_kinds(_obj, object_kinds)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                name,
                connections,
                syncid,
                consumers,
                flows,
                config,
                mappings,
                module,
                object_kinds,
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


from ..models.create_sync_mapping_item_output import CreateSyncMappingItemOutput
from ..models.object_kind_item import ObjectKindItem
from ..models.read_flow_item import ReadFlowItem
from ..models.read_sync_item_config_type_0 import ReadSyncItemConfigType0
from ..models.syncs_connection_item import SyncsConnectionItem

_CreateSyncMappingItemOutput_from_dict = CreateSyncMappingItemOutput.from_dict
_ObjectKindItem_from_dict = ObjectKindItem.from_dict
_ReadFlowItem_from_dict = ReadFlowItem.from_dict
_ReadSyncItemConfigType0_from_dict = ReadSyncItemConfigType0.from_dict
_SyncsConnectionItem_from_dict = SyncsConnectionItem.from_dict

_set_connections = _decoding.lazy(
    ReadSyncItem, "connections", "connections", 1, SyncsConnectionItem.from_dict, True
)
_set_flows = _decoding.lazy(ReadSyncItem, "flows", "flows", 2, ReadFlowItem.from_dict, True)
_set_config = _decoding.lazy(ReadSyncItem, "config", "config", 4, ReadSyncItemConfigType0.from_dict, False)
_set_mappings = _decoding.lazy(
    ReadSyncItem, "mappings", "mappings", 8, CreateSyncMappingItemOutput.from_dict, True
)
_set_object_kinds = _decoding.lazy(
    ReadSyncItem, "object_kinds", "object_kinds", 16, ObjectKindItem.from_dict, True
)
