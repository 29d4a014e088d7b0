from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnableFlowConsumer")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "integrationids",
        "triggerid",
        "cronschedule",
        "data",
    }
)


@_attrs_define
class EnableFlowConsumer:
    """
    Attributes:
        integrationids (list[str] | Unset):
        triggerid (None | str | Unset):  Default: 'trigger-1'.
        cronschedule (None | str | Unset):
        data (EnableFlowConsumerDataType0 | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    integrationids: list[str] | Unset = UNSET
    triggerid: None | str | Unset = "trigger-1"
    cronschedule: None | str | Unset = UNSET
    data: EnableFlowConsumerDataType0 | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        integrationids: list[str] | Unset = UNSET
        if not isinstance(self.integrationids, Unset):
            integrationids = self.integrationids

        triggerid: None | str | Unset
        if isinstance(self.triggerid, Unset):
            triggerid = UNSET
        else:
            triggerid = self.triggerid

        cronschedule: None | str | Unset
        if isinstance(self.cronschedule, Unset):
            cronschedule = UNSET
        else:
            cronschedule = self.cronschedule

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, EnableFlowConsumerDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if integrationids is not UNSET:
            field_dict["integrationids"] = integrationids
        if triggerid is not UNSET:
            field_dict["triggerid"] = triggerid
        if cronschedule is not UNSET:
            field_dict["cronschedule"] = cronschedule
        if data is not UNSET:
            field_dict["data"] = data
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
        _lazy = not _m.strict and cls is EnableFlowConsumer
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            integrationids = _src["integrationids"]
        except KeyError:
            integrationids = UNSET
        if integrationids.__class__ is not list and integrationids is not UNSET:
            integrationids, _raw = _decoding.as_list(integrationids, "scalar", _path, "integrationids", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["triggerid"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_triggerid(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            triggerid = _parse_triggerid(_v)

        except Exception as _e:
            _decoding.leave(_t)
            triggerid, _raw = _decoding.failed(_v, _e, _path, "triggerid", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if triggerid is _v and (_v.__class__ is list or _v.__class__ is dict):
                triggerid, _raw = _decoding.failed(_v, None, _path, "triggerid", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["cronschedule"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_cronschedule(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            cronschedule = _parse_cronschedule(_v)

        except Exception as _e:
            _decoding.leave(_t)
            cronschedule, _raw = _decoding.failed(_v, _e, _path, "cronschedule", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if cronschedule is _v and (_v.__class__ is list or _v.__class__ is dict):
                cronschedule, _raw = _decoding.failed(_v, None, _path, "cronschedule", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["data"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                data = _v
                _pending |= 1
            else:
                data = _EnableFlowConsumerDataType0_from_dict(_v, _path + "data.")
        elif _v is None:
            data = None
        elif _v is UNSET:
            data = UNSET
        else:
            data, _raw = _decoding.as_model(_v, EnableFlowConsumerDataType0, _path, "data", _raw)

        if cls is EnableFlowConsumer:
            _obj = _new(cls)
            _obj.integrationids = integrationids
            _obj.triggerid = triggerid
            _obj.cronschedule = cronschedule
            _set_data(_obj, data)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                integrationids,
                triggerid,
                cronschedule,
                data,
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


from ..models.enable_flow_consumer_data_type_0 import EnableFlowConsumerDataType0

_EnableFlowConsumerDataType0_from_dict = EnableFlowConsumerDataType0.from_dict

_set_data = _decoding.lazy(
    EnableFlowConsumer, "data", "data", 1, EnableFlowConsumerDataType0.from_dict, False
)
