from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecuteFlowResponse")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "resolved_settings",
        "chainexecutionid",
        "consumers",
        "preview_executionid",
        "warnings",
        "blocked",
    }
)


@_attrs_define
class ExecuteFlowResponse:
    """
    Attributes:
        resolved_settings (FlowSettings):
        chainexecutionid (None | str | Unset):
        consumers (list[ExecutionConsumerResult] | Unset):
        preview_executionid (None | str | Unset):
        warnings (list[ExecutionWarning] | Unset):
        blocked (bool | Unset):  Default: False.
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    resolved_settings: FlowSettings
    chainexecutionid: None | str | Unset = UNSET
    consumers: list[ExecutionConsumerResult] | Unset = UNSET
    preview_executionid: None | str | Unset = UNSET
    warnings: list[ExecutionWarning] | Unset = UNSET
    blocked: bool | Unset = False
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.resolved_settings is None or isinstance(self.resolved_settings, Unset):
            resolved_settings = self.resolved_settings
        else:
            resolved_settings = self.resolved_settings.to_dict()

        chainexecutionid: None | str | Unset
        if isinstance(self.chainexecutionid, Unset):
            chainexecutionid = UNSET
        else:
            chainexecutionid = self.chainexecutionid

        consumers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consumers, Unset):
            consumers = []
            for consumers_item_data in self.consumers:
                consumers_item = consumers_item_data.to_dict()
                consumers.append(consumers_item)

        preview_executionid: None | str | Unset
        if isinstance(self.preview_executionid, Unset):
            preview_executionid = UNSET
        else:
            preview_executionid = self.preview_executionid

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        blocked = self.blocked

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "resolved_settings": resolved_settings,
            }
        )
        if chainexecutionid is not UNSET:
            field_dict["chainexecutionid"] = chainexecutionid
        if consumers is not UNSET:
            field_dict["consumers"] = consumers
        if preview_executionid is not UNSET:
            field_dict["preview_executionid"] = preview_executionid
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
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
        _lazy = not _m.strict and cls is ExecuteFlowResponse
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["resolved_settings"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                resolved_settings = _v
                _pending |= 1
            else:
                resolved_settings = _FlowSettings_from_dict(_v, _path + "resolved_settings.")
        else:
            resolved_settings, _raw = _decoding.as_model(_v, FlowSettings, _path, "resolved_settings", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["chainexecutionid"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_chainexecutionid(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            chainexecutionid = _parse_chainexecutionid(_v)

        except Exception as _e:
            _decoding.leave(_t)
            chainexecutionid, _raw = _decoding.failed(_v, _e, _path, "chainexecutionid", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if chainexecutionid is _v and (_v.__class__ is list or _v.__class__ is dict):
                chainexecutionid, _raw = _decoding.failed(
                    _v, None, _path, "chainexecutionid", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["consumers"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "consumers", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            consumers = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                consumers = _v
                _pending |= 2
            else:
                consumers = []
                _at = _path + "consumers[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        consumers.append(_ExecutionConsumerResult_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ExecutionConsumerResult, _path, "consumers", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["preview_executionid"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_preview_executionid(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            preview_executionid = _parse_preview_executionid(_v)

        except Exception as _e:
            _decoding.leave(_t)
            preview_executionid, _raw = _decoding.failed(
                _v, _e, _path, "preview_executionid", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if preview_executionid is _v and (_v.__class__ is list or _v.__class__ is dict):
                preview_executionid, _raw = _decoding.failed(
                    _v, None, _path, "preview_executionid", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["warnings"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "warnings", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            warnings = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                warnings = _v
                _pending |= 4
            else:
                warnings = []
                _at = _path + "warnings[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        warnings.append(_ExecutionWarning_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ExecutionWarning, _path, "warnings", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            blocked = _src["blocked"]
        except KeyError:
            blocked = UNSET
        if blocked.__class__ is not bool and blocked is not UNSET:
            blocked, _raw = _decoding.scalar(blocked, "bool", _path, "blocked", _raw)

        if cls is ExecuteFlowResponse:
            _obj = _new(cls)
            _set_resolved_settings(_obj, resolved_settings)
            _obj.chainexecutionid = chainexecutionid
            _set_consumers(_obj, consumers)
            _obj.preview_executionid = preview_executionid
            _set_warnings(_obj, warnings)
            _obj.blocked = blocked
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                resolved_settings,
                chainexecutionid,
                consumers,
                preview_executionid,
                warnings,
                blocked,
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


from ..models.execution_consumer_result import ExecutionConsumerResult
from ..models.execution_warning import ExecutionWarning
from ..models.flow_settings import FlowSettings

_ExecutionConsumerResult_from_dict = ExecutionConsumerResult.from_dict
_ExecutionWarning_from_dict = ExecutionWarning.from_dict
_FlowSettings_from_dict = FlowSettings.from_dict

_set_resolved_settings = _decoding.lazy(
    ExecuteFlowResponse, "resolved_settings", "resolved_settings", 1, FlowSettings.from_dict, False
)
_set_consumers = _decoding.lazy(
    ExecuteFlowResponse, "consumers", "consumers", 2, ExecutionConsumerResult.from_dict, True
)
_set_warnings = _decoding.lazy(
    ExecuteFlowResponse, "warnings", "warnings", 4, ExecutionWarning.from_dict, True
)
