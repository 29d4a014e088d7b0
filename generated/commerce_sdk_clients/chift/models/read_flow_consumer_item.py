from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReadFlowConsumerItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "name",
        "id",
        "values",
        "trigger",
        "description",
        "config",
        "enabled_on",
    }
)


@_attrs_define
class ReadFlowConsumerItem:
    """
    Attributes:
        name (str):
        id (str):
        values (ReadFlowConsumerItemValues):
        trigger (ReadFlowTrigger):
        description (None | str | Unset):
        config (FlowConfigOutput | None | Unset):
        enabled_on (datetime.datetime | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    name: str
    id: str
    values: ReadFlowConsumerItemValues
    trigger: ReadFlowTrigger
    description: None | str | Unset = UNSET
    config: FlowConfigOutput | None | Unset = UNSET
    enabled_on: datetime.datetime | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        if self.values is None or isinstance(self.values, Unset):
            values = self.values
        else:
            values = self.values.to_dict()

        if self.trigger is None or isinstance(self.trigger, Unset):
            trigger = self.trigger
        else:
            trigger = self.trigger.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, FlowConfigOutput):
            config = self.config.to_dict()
        else:
            config = self.config

        enabled_on: None | str | Unset
        if isinstance(self.enabled_on, Unset):
            enabled_on = UNSET
        elif isinstance(self.enabled_on, datetime.datetime):
            enabled_on = self.enabled_on.isoformat()
        else:
            enabled_on = self.enabled_on

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "values": values,
                "trigger": trigger,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if config is not UNSET:
            field_dict["config"] = config
        if enabled_on is not UNSET:
            field_dict["enabled_on"] = enabled_on
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
        _lazy = not _m.strict and cls is ReadFlowConsumerItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["values"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                values = _v
                _pending |= 1
            else:
                values = _ReadFlowConsumerItemValues_from_dict(_v, _path + "values.")
        else:
            values, _raw = _decoding.as_model(_v, ReadFlowConsumerItemValues, _path, "values", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["trigger"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                trigger = _v
                _pending |= 2
            else:
                trigger = _ReadFlowTrigger_from_dict(_v, _path + "trigger.")
        else:
            trigger, _raw = _decoding.as_model(_v, ReadFlowTrigger, _path, "trigger", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["description"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            description = _parse_description(_v)

        except Exception as _e:
            _decoding.leave(_t)
            description, _raw = _decoding.failed(_v, _e, _path, "description", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if description is _v and (_v.__class__ is list or _v.__class__ is dict):
                description, _raw = _decoding.failed(_v, None, _path, "description", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["config"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                config = _v
                _pending |= 4
            else:
                config = _FlowConfigOutput_from_dict(_v, _path + "config.")
        elif _v is None:
            config = None
        elif _v is UNSET:
            config = UNSET
        else:
            config, _raw = _decoding.as_model(_v, FlowConfigOutput, _path, "config", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["enabled_on"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_enabled_on(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    enabled_on_type_0 = datetime.datetime.fromisoformat(data)

                    return enabled_on_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            enabled_on = _parse_enabled_on(_v)

        except Exception as _e:
            _decoding.leave(_t)
            enabled_on, _raw = _decoding.failed(_v, _e, _path, "enabled_on", "datetime.datetime | None", _raw)
        else:
            _decoding.leave(_t)
            if enabled_on is _v and (_v.__class__ is list or _v.__class__ is dict):
                enabled_on, _raw = _decoding.failed(
                    _v, None, _path, "enabled_on", "datetime.datetime | None", _raw
                )

        if cls is ReadFlowConsumerItem:
            _obj = _new(cls)
            _obj.name = name
            _obj.id = id
            _set_values(_obj, values)
            _set_trigger(_obj, trigger)
            _obj.description = description
            _set_config(_obj, config)
            _obj.enabled_on = enabled_on
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                name,
                id,
                values,
                trigger,
                description,
                config,
                enabled_on,
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


from ..models.flow_config_output import FlowConfigOutput
from ..models.read_flow_consumer_item_values import ReadFlowConsumerItemValues
from ..models.read_flow_trigger import ReadFlowTrigger

_FlowConfigOutput_from_dict = FlowConfigOutput.from_dict
_ReadFlowConsumerItemValues_from_dict = ReadFlowConsumerItemValues.from_dict
_ReadFlowTrigger_from_dict = ReadFlowTrigger.from_dict

_set_values = _decoding.lazy(
    ReadFlowConsumerItem, "values", "values", 1, ReadFlowConsumerItemValues.from_dict, False
)
_set_trigger = _decoding.lazy(ReadFlowConsumerItem, "trigger", "trigger", 2, ReadFlowTrigger.from_dict, False)
_set_config = _decoding.lazy(ReadFlowConsumerItem, "config", "config", 4, FlowConfigOutput.from_dict, False)
