from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.sync_consumer_status import SyncConsumerStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncConsumerItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "syncid",
        "sync_name",
        "link_createdon",
        "status",
        "status_details",
        "enabled",
        "link_mappings",
        "skip_mappings",
        "link_metadata",
        "link_presync",
        "enabled_flows",
    }
)


@_attrs_define
class SyncConsumerItem:
    """
    Attributes:
        syncid (UUID):
        sync_name (str):
        link_createdon (datetime.datetime):
        status (SyncConsumerStatus | Unset):
        status_details (None | str | Unset):
        enabled (bool | Unset):  Default: False.
        link_mappings (list[ReadSyncMappingItem] | None | Unset):
        skip_mappings (list[ReadSyncSkipMappingItem] | None | Unset):
        link_metadata (None | SyncConsumerItemLinkMetadataType0 | Unset):
        link_presync (None | SyncConsumerItemLinkPresyncType0 | Unset):
        enabled_flows (list[ReadFlowConsumerItem] | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    syncid: UUID
    sync_name: str
    link_createdon: datetime.datetime
    status: SyncConsumerStatus | Unset = UNSET
    status_details: None | str | Unset = UNSET
    enabled: bool | Unset = False
    link_mappings: list[ReadSyncMappingItem] | None | Unset = UNSET
    skip_mappings: list[ReadSyncSkipMappingItem] | None | Unset = UNSET
    link_metadata: None | SyncConsumerItemLinkMetadataType0 | Unset = UNSET
    link_presync: None | SyncConsumerItemLinkPresyncType0 | Unset = UNSET
    enabled_flows: list[ReadFlowConsumerItem] | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.syncid is None or isinstance(self.syncid, Unset):
            syncid = self.syncid
        else:
            syncid = str(self.syncid)

        sync_name = self.sync_name

        if self.link_createdon is None or isinstance(self.link_createdon, Unset):
            link_createdon = self.link_createdon
        else:
            link_createdon = self.link_createdon.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_details: None | str | Unset
        if isinstance(self.status_details, Unset):
            status_details = UNSET
        else:
            status_details = self.status_details

        enabled = self.enabled

        link_mappings: list[dict[str, Any]] | None | Unset
        if isinstance(self.link_mappings, Unset):
            link_mappings = UNSET
        elif isinstance(self.link_mappings, list):
            link_mappings = []
            for link_mappings_type_0_item_data in self.link_mappings:
                link_mappings_type_0_item = link_mappings_type_0_item_data.to_dict()
                link_mappings.append(link_mappings_type_0_item)

        else:
            link_mappings = self.link_mappings

        skip_mappings: list[dict[str, Any]] | None | Unset
        if isinstance(self.skip_mappings, Unset):
            skip_mappings = UNSET
        elif isinstance(self.skip_mappings, list):
            skip_mappings = []
            for skip_mappings_type_0_item_data in self.skip_mappings:
                skip_mappings_type_0_item = skip_mappings_type_0_item_data.to_dict()
                skip_mappings.append(skip_mappings_type_0_item)

        else:
            skip_mappings = self.skip_mappings

        link_metadata: dict[str, Any] | None | Unset
        if isinstance(self.link_metadata, Unset):
            link_metadata = UNSET
        elif isinstance(self.link_metadata, SyncConsumerItemLinkMetadataType0):
            link_metadata = self.link_metadata.to_dict()
        else:
            link_metadata = self.link_metadata

        link_presync: dict[str, Any] | None | Unset
        if isinstance(self.link_presync, Unset):
            link_presync = UNSET
        elif isinstance(self.link_presync, SyncConsumerItemLinkPresyncType0):
            link_presync = self.link_presync.to_dict()
        else:
            link_presync = self.link_presync

        enabled_flows: list[dict[str, Any]] | None | Unset
        if isinstance(self.enabled_flows, Unset):
            enabled_flows = UNSET
        elif isinstance(self.enabled_flows, list):
            enabled_flows = []
            for enabled_flows_type_0_item_data in self.enabled_flows:
                enabled_flows_type_0_item = enabled_flows_type_0_item_data.to_dict()
                enabled_flows.append(enabled_flows_type_0_item)

        else:
            enabled_flows = self.enabled_flows

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "syncid": syncid,
                "sync_name": sync_name,
                "link_createdon": link_createdon,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if status_details is not UNSET:
            field_dict["status_details"] = status_details
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if link_mappings is not UNSET:
            field_dict["link_mappings"] = link_mappings
        if skip_mappings is not UNSET:
            field_dict["skip_mappings"] = skip_mappings
        if link_metadata is not UNSET:
            field_dict["link_metadata"] = link_metadata
        if link_presync is not UNSET:
            field_dict["link_presync"] = link_presync
        if enabled_flows is not UNSET:
            field_dict["enabled_flows"] = enabled_flows
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
        _lazy = not _m.strict and cls is SyncConsumerItem
        _pending = 0
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
            sync_name = _src["sync_name"]
        except KeyError:
            sync_name = UNSET
        if sync_name.__class__ is not str:
            sync_name, _raw = _decoding.scalar(sync_name, "str", _path, "sync_name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["link_createdon"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                link_createdon = datetime.datetime.fromisoformat(_v)
            except ValueError:
                link_createdon, _raw = _decoding.as_datetime(_v, "date-time", _path, "link_createdon", _raw)
        else:
            link_createdon, _raw = _decoding.as_datetime(_v, "date-time", _path, "link_createdon", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["status"]
        except KeyError:
            _v = UNSET
        try:
            _status = _v
            status: SyncConsumerStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = SyncConsumerStatus(_status)

        except Exception as _e:
            status, _raw = _decoding.failed(_v, _e, _path, "status", "SyncConsumerStatus", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["status_details"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_status_details(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            status_details = _parse_status_details(_v)

        except Exception as _e:
            _decoding.leave(_t)
            status_details, _raw = _decoding.failed(_v, _e, _path, "status_details", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if status_details is _v and (_v.__class__ is list or _v.__class__ is dict):
                status_details, _raw = _decoding.failed(_v, None, _path, "status_details", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            enabled = _src["enabled"]
        except KeyError:
            enabled = UNSET
        if enabled.__class__ is not bool and enabled is not UNSET:
            enabled, _raw = _decoding.scalar(enabled, "bool", _path, "enabled", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["link_mappings"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "link_mappings", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            link_mappings = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                link_mappings = _v
                _pending |= 1
            else:
                link_mappings = []
                _at = _path + "link_mappings[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        link_mappings.append(_ReadSyncMappingItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ReadSyncMappingItem, _path, "link_mappings", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["skip_mappings"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "skip_mappings", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            skip_mappings = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                skip_mappings = _v
                _pending |= 2
            else:
                skip_mappings = []
                _at = _path + "skip_mappings[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        skip_mappings.append(_ReadSyncSkipMappingItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, ReadSyncSkipMappingItem, _path, "skip_mappings", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["link_metadata"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                link_metadata = _v
                _pending |= 4
            else:
                link_metadata = _SyncConsumerItemLinkMetadataType0_from_dict(_v, _path + "link_metadata.")
        elif _v is None:
            link_metadata = None
        elif _v is UNSET:
            link_metadata = UNSET
        else:
            link_metadata, _raw = _decoding.as_model(
                _v, SyncConsumerItemLinkMetadataType0, _path, "link_metadata", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["link_presync"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                link_presync = _v
                _pending |= 8
            else:
                link_presync = _SyncConsumerItemLinkPresyncType0_from_dict(_v, _path + "link_presync.")
        elif _v is None:
            link_presync = None
        elif _v is UNSET:
            link_presync = UNSET
        else:
            link_presync, _raw = _decoding.as_model(
                _v, SyncConsumerItemLinkPresyncType0, _path, "link_presync", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["enabled_flows"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "enabled_flows", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            enabled_flows = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                enabled_flows = _v
                _pending |= 16
            else:
                enabled_flows = []
                _at = _path + "enabled_flows[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        enabled_flows.append(_ReadFlowConsumerItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ReadFlowConsumerItem, _path, "enabled_flows", _raw)

        if cls is SyncConsumerItem:
            _obj = _new(cls)
            _obj.syncid = syncid
            _obj.sync_name = sync_name
            _obj.link_createdon = link_createdon
            _obj.status = status
            _obj.status_details = status_details
            _obj.enabled = enabled
            _set_link_mappings(_obj, link_mappings)
            _set_skip_mappings(_obj, skip_mappings)
            _set_link_metadata(_obj, link_metadata)
            _set_link_presync(_obj, link_presync)
            _set_enabled_flows(_obj, enabled_flows)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                syncid,
                sync_name,
                link_createdon,
                status,
                status_details,
                enabled,
                link_mappings,
                skip_mappings,
                link_metadata,
                link_presync,
                enabled_flows,
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


from ..models.read_flow_consumer_item import ReadFlowConsumerItem
from ..models.read_sync_mapping_item import ReadSyncMappingItem
from ..models.read_sync_skip_mapping_item import ReadSyncSkipMappingItem
from ..models.sync_consumer_item_link_metadata_type_0 import SyncConsumerItemLinkMetadataType0
from ..models.sync_consumer_item_link_presync_type_0 import SyncConsumerItemLinkPresyncType0

_ReadFlowConsumerItem_from_dict = ReadFlowConsumerItem.from_dict
_ReadSyncMappingItem_from_dict = ReadSyncMappingItem.from_dict
_ReadSyncSkipMappingItem_from_dict = ReadSyncSkipMappingItem.from_dict
_SyncConsumerItemLinkMetadataType0_from_dict = SyncConsumerItemLinkMetadataType0.from_dict
_SyncConsumerItemLinkPresyncType0_from_dict = SyncConsumerItemLinkPresyncType0.from_dict

_set_link_mappings = _decoding.lazy(
    SyncConsumerItem, "link_mappings", "link_mappings", 1, ReadSyncMappingItem.from_dict, True
)
_set_skip_mappings = _decoding.lazy(
    SyncConsumerItem, "skip_mappings", "skip_mappings", 2, ReadSyncSkipMappingItem.from_dict, True
)
_set_link_metadata = _decoding.lazy(
    SyncConsumerItem, "link_metadata", "link_metadata", 4, SyncConsumerItemLinkMetadataType0.from_dict, False
)
_set_link_presync = _decoding.lazy(
    SyncConsumerItem, "link_presync", "link_presync", 8, SyncConsumerItemLinkPresyncType0.from_dict, False
)
_set_enabled_flows = _decoding.lazy(
    SyncConsumerItem, "enabled_flows", "enabled_flows", 16, ReadFlowConsumerItem.from_dict, True
)
