from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSyncMappingItemOutput")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "name",
        "description",
        "display_order",
        "challenge_question",
        "conditions",
        "sub_mappings",
    }
)


@_attrs_define
class CreateSyncMappingItemOutput:
    """
    Attributes:
        name (str):
        description (None | str | Unset):
        display_order (int | Unset):  Default: 0.
        challenge_question (None | str | Unset):
        conditions (CreateSyncMappingItemOutputConditionsType0 | None | Unset):
        sub_mappings (list[CreateSyncMappingToFieldItemOutput] | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    name: str
    description: None | str | Unset = UNSET
    display_order: int | Unset = 0
    challenge_question: None | str | Unset = UNSET
    conditions: CreateSyncMappingItemOutputConditionsType0 | None | Unset = UNSET
    sub_mappings: list[CreateSyncMappingToFieldItemOutput] | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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
        elif isinstance(self.conditions, CreateSyncMappingItemOutputConditionsType0):
            conditions = self.conditions.to_dict()
        else:
            conditions = self.conditions

        sub_mappings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_mappings, Unset):
            sub_mappings = []
            for sub_mappings_item_data in self.sub_mappings:
                sub_mappings_item = sub_mappings_item_data.to_dict()
                sub_mappings.append(sub_mappings_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "name": name,
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
        if sub_mappings is not UNSET:
            field_dict["sub_mappings"] = sub_mappings
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
        _lazy = not _m.strict and cls is CreateSyncMappingItemOutput
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

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
                _pending |= 1
            else:
                conditions = _CreateSyncMappingItemOutputConditionsType0_from_dict(_v, _path + "conditions.")
        elif _v is None:
            conditions = None
        elif _v is UNSET:
            conditions = UNSET
        else:
            conditions, _raw = _decoding.as_model(
                _v, CreateSyncMappingItemOutputConditionsType0, _path, "conditions", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["sub_mappings"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "sub_mappings", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            sub_mappings = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                sub_mappings = _v
                _pending |= 2
            else:
                sub_mappings = []
                _at = _path + "sub_mappings[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        sub_mappings.append(_CreateSyncMappingToFieldItemOutput_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, CreateSyncMappingToFieldItemOutput, _path, "sub_mappings", _raw
                        )

        if cls is CreateSyncMappingItemOutput:
            _obj = _new(cls)
            _obj.name = name
            _obj.description = description
            _obj.display_order = display_order
            _obj.challenge_question = challenge_question
            _set_conditions(_obj, conditions)
            _set_sub_mappings(_obj, sub_mappings)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                name,
                description,
                display_order,
                challenge_question,
                conditions,
                sub_mappings,
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


from ..models.create_sync_mapping_item_output_conditions_type_0 import (
    CreateSyncMappingItemOutputConditionsType0,
)
from ..models.create_sync_mapping_to_field_item_output import CreateSyncMappingToFieldItemOutput

_CreateSyncMappingItemOutputConditionsType0_from_dict = CreateSyncMappingItemOutputConditionsType0.from_dict
_CreateSyncMappingToFieldItemOutput_from_dict = CreateSyncMappingToFieldItemOutput.from_dict

_set_conditions = _decoding.lazy(
    CreateSyncMappingItemOutput,
    "conditions",
    "conditions",
    1,
    CreateSyncMappingItemOutputConditionsType0.from_dict,
    False,
)
_set_sub_mappings = _decoding.lazy(
    CreateSyncMappingItemOutput,
    "sub_mappings",
    "sub_mappings",
    2,
    CreateSyncMappingToFieldItemOutput.from_dict,
    True,
)
