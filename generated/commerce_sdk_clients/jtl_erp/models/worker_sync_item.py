from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerSyncItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Identifier",
        "SyncName",
        "SalesChannelName",
        "SalesChannelId",
        "ReportProgress",
        "Configurations",
        "Interval",
    }
)


@_attrs_define
class WorkerSyncItem:
    """
    Attributes:
        identifier (UUID):  Example: 3c90c3cc-0d44-4b50-8888-8dd25736052a.
        sync_name (str):  Example: Ebay.
        sales_channel_name (str):  Example: Shop.
        sales_channel_id (str):  Example: 1-1-1.
        report_progress (bool):  Example: False.
        configurations (list[WorkerSyncItemConfiguration]):
        interval (str | Unset):  Example: 00:05:00.
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    identifier: UUID
    sync_name: str
    sales_channel_name: str
    sales_channel_id: str
    report_progress: bool
    configurations: list[WorkerSyncItemConfiguration]
    interval: str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.identifier is None or isinstance(self.identifier, Unset):
            identifier = self.identifier
        else:
            identifier = str(self.identifier)

        sync_name = self.sync_name

        sales_channel_name = self.sales_channel_name

        sales_channel_id = self.sales_channel_id

        report_progress = self.report_progress

        if self.configurations is None or isinstance(self.configurations, Unset):
            configurations = self.configurations
        else:
            configurations = []
            for configurations_item_data in self.configurations:
                configurations_item = configurations_item_data.to_dict()
                configurations.append(configurations_item)

        interval = self.interval

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Identifier": identifier,
                "SyncName": sync_name,
                "SalesChannelName": sales_channel_name,
                "SalesChannelId": sales_channel_id,
                "ReportProgress": report_progress,
                "Configurations": configurations,
            }
        )
        if interval is not UNSET:
            field_dict["Interval"] = interval
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
        _lazy = not _m.strict and cls is WorkerSyncItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Identifier"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            identifier, _raw = _decoding.missing(_path, "Identifier", "UUID", _raw)
        else:
            try:
                identifier = UUID(_v)

            except Exception as _e:
                identifier, _raw = _decoding.failed(_v, _e, _path, "Identifier", "UUID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sync_name = _src["SyncName"]
        except KeyError:
            sync_name = UNSET
        if sync_name.__class__ is not str:
            sync_name, _raw = _decoding.scalar(sync_name, "str", _path, "SyncName", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sales_channel_name = _src["SalesChannelName"]
        except KeyError:
            sales_channel_name = UNSET
        if sales_channel_name.__class__ is not str:
            sales_channel_name, _raw = _decoding.scalar(
                sales_channel_name, "str", _path, "SalesChannelName", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sales_channel_id = _src["SalesChannelId"]
        except KeyError:
            sales_channel_id = UNSET
        if sales_channel_id.__class__ is not str:
            sales_channel_id, _raw = _decoding.scalar(sales_channel_id, "str", _path, "SalesChannelId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            report_progress = _src["ReportProgress"]
        except KeyError:
            report_progress = UNSET
        if report_progress.__class__ is not bool:
            report_progress, _raw = _decoding.scalar(report_progress, "bool", _path, "ReportProgress", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Configurations"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "Configurations", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            configurations = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                configurations = _v
                _pending |= 1
            else:
                configurations = []
                _at = _path + "Configurations[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        configurations.append(_WorkerSyncItemConfiguration_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, WorkerSyncItemConfiguration, _path, "Configurations", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            interval = _src["Interval"]
        except KeyError:
            interval = UNSET
        if interval.__class__ is not str and interval is not UNSET:
            interval, _raw = _decoding.scalar(interval, "str", _path, "Interval", _raw)

        if cls is WorkerSyncItem:
            _obj = _new(cls)
            _obj.identifier = identifier
            _obj.sync_name = sync_name
            _obj.sales_channel_name = sales_channel_name
            _obj.sales_channel_id = sales_channel_id
            _obj.report_progress = report_progress
            _set_configurations(_obj, configurations)
            _obj.interval = interval
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                identifier,
                sync_name,
                sales_channel_name,
                sales_channel_id,
                report_progress,
                configurations,
                interval,
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


from ..models.worker_sync_item_configuration import WorkerSyncItemConfiguration

_WorkerSyncItemConfiguration_from_dict = WorkerSyncItemConfiguration.from_dict

_set_configurations = _decoding.lazy(
    WorkerSyncItem, "configurations", "Configurations", 1, WorkerSyncItemConfiguration.from_dict, True
)
