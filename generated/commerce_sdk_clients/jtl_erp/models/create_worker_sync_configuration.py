from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWorkerSyncConfiguration")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Interval",
        "Configs",
    }
)


@_attrs_define
class CreateWorkerSyncConfiguration:
    """
    Attributes:
        interval (str | Unset):  Example: 00:05:00.
        configs (list[WorkerSyncConfigValue] | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    interval: str | Unset = UNSET
    configs: list[WorkerSyncConfigValue] | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval

        configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configs, Unset):
            configs = []
            for configs_item_data in self.configs:
                configs_item = configs_item_data.to_dict()
                configs.append(configs_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if interval is not UNSET:
            field_dict["Interval"] = interval
        if configs is not UNSET:
            field_dict["Configs"] = configs
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
        _lazy = not _m.strict and cls is CreateWorkerSyncConfiguration
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            interval = _src["Interval"]
        except KeyError:
            interval = UNSET
        if interval.__class__ is not str and interval is not UNSET:
            interval, _raw = _decoding.scalar(interval, "str", _path, "Interval", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Configs"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "Configs", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            configs = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                configs = _v
                _pending |= 1
            else:
                configs = []
                _at = _path + "Configs[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        configs.append(_WorkerSyncConfigValue_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, WorkerSyncConfigValue, _path, "Configs", _raw)

        if cls is CreateWorkerSyncConfiguration:
            _obj = _new(cls)
            _obj.interval = interval
            _set_configs(_obj, configs)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                interval,
                configs,
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


from ..models.worker_sync_config_value import WorkerSyncConfigValue

_WorkerSyncConfigValue_from_dict = WorkerSyncConfigValue.from_dict

_set_configs = _decoding.lazy(
    CreateWorkerSyncConfiguration, "configs", "Configs", 1, WorkerSyncConfigValue.from_dict, True
)
