from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSyncMappingToFieldItemInput")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "name",
        "source_field",
        "target_field",
        "description",
        "display_order",
        "challenge_question",
        "conditions",
        "display_delete",
        "logic",
        "manual_mapping",
    }
)


@_attrs_define
class CreateSyncMappingToFieldItemInput:
    """
    Attributes:
        name (str):
        source_field (FieldItem):
        target_field (FieldItem):
        description (None | str | Unset):
        display_order (int | Unset):  Default: 0.
        challenge_question (None | str | Unset):
        conditions (CreateSyncMappingToFieldItemInputConditionsType0 | None | Unset):
        display_delete (bool | Unset):  Default: False.
        logic (CreateSyncMappingToFieldItemInputLogicType0 | None | Unset):
        manual_mapping (bool | Unset):  Default: False.
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    name: str
    source_field: FieldItem
    target_field: FieldItem
    description: None | str | Unset = UNSET
    display_order: int | Unset = 0
    challenge_question: None | str | Unset = UNSET
    conditions: CreateSyncMappingToFieldItemInputConditionsType0 | None | Unset = UNSET
    display_delete: bool | Unset = False
    logic: CreateSyncMappingToFieldItemInputLogicType0 | None | Unset = UNSET
    manual_mapping: bool | Unset = False
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        if self.source_field is None or isinstance(self.source_field, Unset):
            source_field = self.source_field
        else:
            source_field = self.source_field.to_dict()

        if self.target_field is None or isinstance(self.target_field, Unset):
            target_field = self.target_field
        else:
            target_field = self.target_field.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        display_order = self.display_order

        challenge_question: None | str | Unset
        if isinstance(self.challenge_question, Unset):
            challenge_question = UNSET
        else:
            challenge_question = self.challenge_question

        conditions: dict[str, Any] | None | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, CreateSyncMappingToFieldItemInputConditionsType0):
            conditions = self.conditions.to_dict()
        else:
            conditions = self.conditions

        display_delete = self.display_delete

        logic: dict[str, Any] | None | Unset
        if isinstance(self.logic, Unset):
            logic = UNSET
        elif isinstance(self.logic, CreateSyncMappingToFieldItemInputLogicType0):
            logic = self.logic.to_dict()
        else:
            logic = self.logic

        manual_mapping = self.manual_mapping

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "name": name,
                "source_field": source_field,
                "target_field": target_field,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if challenge_question is not UNSET:
            field_dict["challenge_question"] = challenge_question
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if display_delete is not UNSET:
            field_dict["display_delete"] = display_delete
        if logic is not UNSET:
            field_dict["logic"] = logic
        if manual_mapping is not UNSET:
            field_dict["manual_mapping"] = manual_mapping
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
        _lazy = not _m.strict and cls is CreateSyncMappingToFieldItemInput
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["source_field"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                source_field = _v
                _pending |= 1
            else:
                source_field = _FieldItem_from_dict(_v, _path + "source_field.")
        else:
            source_field, _raw = _decoding.as_model(_v, FieldItem, _path, "source_field", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["target_field"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                target_field = _v
                _pending |= 2
            else:
                target_field = _FieldItem_from_dict(_v, _path + "target_field.")
        else:
            target_field, _raw = _decoding.as_model(_v, FieldItem, _path, "target_field", _raw)

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
            display_order = _src["display_order"]
        except KeyError:
            display_order = UNSET
        if display_order.__class__ is not int and display_order is not UNSET:
            display_order, _raw = _decoding.scalar(display_order, "int", _path, "display_order", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["challenge_question"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_challenge_question(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            challenge_question = _parse_challenge_question(_v)

        except Exception as _e:
            _decoding.leave(_t)
            challenge_question, _raw = _decoding.failed(
                _v, _e, _path, "challenge_question", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if challenge_question is _v and (_v.__class__ is list or _v.__class__ is dict):
                challenge_question, _raw = _decoding.failed(
                    _v, None, _path, "challenge_question", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["conditions"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                conditions = _v
                _pending |= 4
            else:
                conditions = _CreateSyncMappingToFieldItemInputConditionsType0_from_dict(
                    _v, _path + "conditions."
                )
        elif _v is None:
            conditions = None
        elif _v is UNSET:
            conditions = UNSET
        else:
            conditions, _raw = _decoding.as_model(
                _v, CreateSyncMappingToFieldItemInputConditionsType0, _path, "conditions", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            display_delete = _src["display_delete"]
        except KeyError:
            display_delete = UNSET
        if display_delete.__class__ is not bool and display_delete is not UNSET:
            display_delete, _raw = _decoding.scalar(display_delete, "bool", _path, "display_delete", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["logic"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                logic = _v
                _pending |= 8
            else:
                logic = _CreateSyncMappingToFieldItemInputLogicType0_from_dict(_v, _path + "logic.")
        elif _v is None:
            logic = None
        elif _v is UNSET:
            logic = UNSET
        else:
            logic, _raw = _decoding.as_model(
                _v, CreateSyncMappingToFieldItemInputLogicType0, _path, "logic", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            manual_mapping = _src["manual_mapping"]
        except KeyError:
            manual_mapping = UNSET
        if manual_mapping.__class__ is not bool and manual_mapping is not UNSET:
            manual_mapping, _raw = _decoding.scalar(manual_mapping, "bool", _path, "manual_mapping", _raw)

        if cls is CreateSyncMappingToFieldItemInput:
            _obj = _new(cls)
            _obj.name = name
            _set_source_field(_obj, source_field)
            _set_target_field(_obj, target_field)
            _obj.description = description
            _obj.display_order = display_order
            _obj.challenge_question = challenge_question
            _set_conditions(_obj, conditions)
            _obj.display_delete = display_delete
            _set_logic(_obj, logic)
            _obj.manual_mapping = manual_mapping
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                name,
                source_field,
                target_field,
                description,
                display_order,
                challenge_question,
                conditions,
                display_delete,
                logic,
                manual_mapping,
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


from ..models.create_sync_mapping_to_field_item_input_conditions_type_0 import (
    CreateSyncMappingToFieldItemInputConditionsType0,
)
from ..models.create_sync_mapping_to_field_item_input_logic_type_0 import (
    CreateSyncMappingToFieldItemInputLogicType0,
)
from ..models.field_item import FieldItem

_CreateSyncMappingToFieldItemInputConditionsType0_from_dict = (
    CreateSyncMappingToFieldItemInputConditionsType0.from_dict
)
_CreateSyncMappingToFieldItemInputLogicType0_from_dict = CreateSyncMappingToFieldItemInputLogicType0.from_dict
_FieldItem_from_dict = FieldItem.from_dict

_set_source_field = _decoding.lazy(
    CreateSyncMappingToFieldItemInput, "source_field", "source_field", 1, FieldItem.from_dict, False
)
_set_target_field = _decoding.lazy(
    CreateSyncMappingToFieldItemInput, "target_field", "target_field", 2, FieldItem.from_dict, False
)
_set_conditions = _decoding.lazy(
    CreateSyncMappingToFieldItemInput,
    "conditions",
    "conditions",
    4,
    CreateSyncMappingToFieldItemInputConditionsType0.from_dict,
    False,
)
_set_logic = _decoding.lazy(
    CreateSyncMappingToFieldItemInput,
    "logic",
    "logic",
    8,
    CreateSyncMappingToFieldItemInputLogicType0.from_dict,
    False,
)
