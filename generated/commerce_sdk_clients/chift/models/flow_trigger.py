from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.trigger_priority import TriggerPriority
from ..models.trigger_type import TriggerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowTrigger")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "cronschedules",
        "visible",
        "definitionFields",
        "options",
        "priority",
    }
)


@_attrs_define
class FlowTrigger:
    """
    Attributes:
        id (str):
        type_ (TriggerType):
        cronschedules (list[str] | None | Unset):
        visible (bool | None | Unset):  Default: True.
        definition_fields (list[FlowTriggerDefinitionFieldsType0Item] | None | Unset):
        options (FlowTriggerOptionsType0 | None | Unset):
        priority (TriggerPriority | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    type_: TriggerType
    cronschedules: list[str] | None | Unset = UNSET
    visible: bool | None | Unset = True
    definition_fields: list[FlowTriggerDefinitionFieldsType0Item] | None | Unset = UNSET
    options: FlowTriggerOptionsType0 | None | Unset = UNSET
    priority: TriggerPriority | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_ = self.type_.value

        cronschedules: list[str] | None | Unset
        if isinstance(self.cronschedules, Unset):
            cronschedules = UNSET
        elif isinstance(self.cronschedules, list):
            cronschedules = self.cronschedules

        else:
            cronschedules = self.cronschedules

        visible: bool | None | Unset
        if isinstance(self.visible, Unset):
            visible = UNSET
        else:
            visible = self.visible

        definition_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.definition_fields, Unset):
            definition_fields = UNSET
        elif isinstance(self.definition_fields, list):
            definition_fields = []
            for definition_fields_type_0_item_data in self.definition_fields:
                definition_fields_type_0_item = definition_fields_type_0_item_data.to_dict()
                definition_fields.append(definition_fields_type_0_item)

        else:
            definition_fields = self.definition_fields

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, FlowTriggerOptionsType0):
            options = self.options.to_dict()
        else:
            options = self.options

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if cronschedules is not UNSET:
            field_dict["cronschedules"] = cronschedules
        if visible is not UNSET:
            field_dict["visible"] = visible
        if definition_fields is not UNSET:
            field_dict["definitionFields"] = definition_fields
        if options is not UNSET:
            field_dict["options"] = options
        if priority is not UNSET:
            field_dict["priority"] = priority
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
        _lazy = not _m.strict and cls is FlowTrigger
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            type_, _raw = _decoding.missing(_path, "type", "TriggerType", _raw)
        else:
            try:
                type_ = TriggerType(_v)

            except Exception as _e:
                type_, _raw = _decoding.failed(_v, _e, _path, "type", "TriggerType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["cronschedules"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_cronschedules(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    cronschedules_type_0 = cast(list[str], data)

                    return cronschedules_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            cronschedules = _parse_cronschedules(_v)

        except Exception as _e:
            _decoding.leave(_t)
            cronschedules, _raw = _decoding.failed(_v, _e, _path, "cronschedules", "list[str] | None", _raw)
        else:
            _decoding.leave(_t)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["visible"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_visible(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            visible = _parse_visible(_v)

        except Exception as _e:
            _decoding.leave(_t)
            visible, _raw = _decoding.failed(_v, _e, _path, "visible", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if visible is _v and (_v.__class__ is list or _v.__class__ is dict):
                visible, _raw = _decoding.failed(_v, None, _path, "visible", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["definitionFields"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "definitionFields", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            definition_fields = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                definition_fields = _v
                _pending |= 1
            else:
                definition_fields = []
                _at = _path + "definitionFields[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        definition_fields.append(_FlowTriggerDefinitionFieldsType0Item_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, FlowTriggerDefinitionFieldsType0Item, _path, "definitionFields", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["options"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                options = _v
                _pending |= 2
            else:
                options = _FlowTriggerOptionsType0_from_dict(_v, _path + "options.")
        elif _v is None:
            options = None
        elif _v is UNSET:
            options = UNSET
        else:
            options, _raw = _decoding.as_model(_v, FlowTriggerOptionsType0, _path, "options", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["priority"]
        except KeyError:
            _v = UNSET
        try:
            _priority = _v
            priority: TriggerPriority | Unset
            if isinstance(_priority, Unset):
                priority = UNSET
            else:
                priority = TriggerPriority(_priority)

        except Exception as _e:
            priority, _raw = _decoding.failed(_v, _e, _path, "priority", "TriggerPriority", _raw)

        if cls is FlowTrigger:
            _obj = _new(cls)
            _obj.id = id
            _obj.type_ = type_
            _obj.cronschedules = cronschedules
            _obj.visible = visible
            _set_definition_fields(_obj, definition_fields)
            _set_options(_obj, options)
            _obj.priority = priority
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                type_,
                cronschedules,
                visible,
                definition_fields,
                options,
                priority,
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


from ..models.flow_trigger_definition_fields_type_0_item import FlowTriggerDefinitionFieldsType0Item
from ..models.flow_trigger_options_type_0 import FlowTriggerOptionsType0

_FlowTriggerDefinitionFieldsType0Item_from_dict = FlowTriggerDefinitionFieldsType0Item.from_dict
_FlowTriggerOptionsType0_from_dict = FlowTriggerOptionsType0.from_dict

_set_definition_fields = _decoding.lazy(
    FlowTrigger,
    "definition_fields",
    "definitionFields",
    1,
    FlowTriggerDefinitionFieldsType0Item.from_dict,
    True,
)
_set_options = _decoding.lazy(FlowTrigger, "options", "options", 2, FlowTriggerOptionsType0.from_dict, False)
