from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFlowItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "name",
        "execution",
        "triggers",
        "description",
        "config",
    }
)


@_attrs_define
class CreateFlowItem:
    """
    Attributes:
        name (str):
        execution (FlowExecution):
        triggers (list[FlowTrigger]):
        description (None | str | Unset):
        config (FlowConfigInput | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    name: str
    execution: FlowExecution
    triggers: list[FlowTrigger]
    description: None | str | Unset = UNSET
    config: FlowConfigInput | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        if self.execution is None or isinstance(self.execution, Unset):
            execution = self.execution
        else:
            execution = self.execution.to_dict()

        if self.triggers is None or isinstance(self.triggers, Unset):
            triggers = self.triggers
        else:
            triggers = []
            for triggers_item_data in self.triggers:
                triggers_item = triggers_item_data.to_dict()
                triggers.append(triggers_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, FlowConfigInput):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "name": name,
                "execution": execution,
                "triggers": triggers,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if config is not UNSET:
            field_dict["config"] = config
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
        _lazy = not _m.strict and cls is CreateFlowItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["execution"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                execution = _v
                _pending |= 1
            else:
                execution = _FlowExecution_from_dict(_v, _path + "execution.")
        else:
            execution, _raw = _decoding.as_model(_v, FlowExecution, _path, "execution", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["triggers"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "triggers", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            triggers = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                triggers = _v
                _pending |= 2
            else:
                triggers = []
                _at = _path + "triggers[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        triggers.append(_FlowTrigger_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, FlowTrigger, _path, "triggers", _raw)

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
                config = _FlowConfigInput_from_dict(_v, _path + "config.")
        elif _v is None:
            config = None
        elif _v is UNSET:
            config = UNSET
        else:
            config, _raw = _decoding.as_model(_v, FlowConfigInput, _path, "config", _raw)

        if cls is CreateFlowItem:
            _obj = _new(cls)
            _obj.name = name
            _set_execution(_obj, execution)
            _set_triggers(_obj, triggers)
            _obj.description = description
            _set_config(_obj, config)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                name,
                execution,
                triggers,
                description,
                config,
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


from ..models.flow_config_input import FlowConfigInput
from ..models.flow_execution import FlowExecution
from ..models.flow_trigger import FlowTrigger

_FlowConfigInput_from_dict = FlowConfigInput.from_dict
_FlowExecution_from_dict = FlowExecution.from_dict
_FlowTrigger_from_dict = FlowTrigger.from_dict

_set_execution = _decoding.lazy(CreateFlowItem, "execution", "execution", 1, FlowExecution.from_dict, False)
_set_triggers = _decoding.lazy(CreateFlowItem, "triggers", "triggers", 2, FlowTrigger.from_dict, True)
_set_config = _decoding.lazy(CreateFlowItem, "config", "config", 4, FlowConfigInput.from_dict, False)
