from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetupCompleteness")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "missing_connections",
        "missing_questions",
        "missing_tables",
        "missing_modes",
    }
)


@_attrs_define
class SetupCompleteness:
    """
    Attributes:
        missing_connections (list[SetupMissingItem]):
        missing_questions (list[SetupMissingItem]):
        missing_tables (list[SetupMissingItem]):
        missing_modes (list[SetupMissingItem]):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    missing_connections: list[SetupMissingItem]
    missing_questions: list[SetupMissingItem]
    missing_tables: list[SetupMissingItem]
    missing_modes: list[SetupMissingItem]
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.missing_connections is None or isinstance(self.missing_connections, Unset):
            missing_connections = self.missing_connections
        else:
            missing_connections = []
            for missing_connections_item_data in self.missing_connections:
                missing_connections_item = missing_connections_item_data.to_dict()
                missing_connections.append(missing_connections_item)

        if self.missing_questions is None or isinstance(self.missing_questions, Unset):
            missing_questions = self.missing_questions
        else:
            missing_questions = []
            for missing_questions_item_data in self.missing_questions:
                missing_questions_item = missing_questions_item_data.to_dict()
                missing_questions.append(missing_questions_item)

        if self.missing_tables is None or isinstance(self.missing_tables, Unset):
            missing_tables = self.missing_tables
        else:
            missing_tables = []
            for missing_tables_item_data in self.missing_tables:
                missing_tables_item = missing_tables_item_data.to_dict()
                missing_tables.append(missing_tables_item)

        if self.missing_modes is None or isinstance(self.missing_modes, Unset):
            missing_modes = self.missing_modes
        else:
            missing_modes = []
            for missing_modes_item_data in self.missing_modes:
                missing_modes_item = missing_modes_item_data.to_dict()
                missing_modes.append(missing_modes_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "missing_connections": missing_connections,
                "missing_questions": missing_questions,
                "missing_tables": missing_tables,
                "missing_modes": missing_modes,
            }
        )
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
        _lazy = not _m.strict and cls is SetupCompleteness
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["missing_connections"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "missing_connections", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            missing_connections = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                missing_connections = _v
                _pending |= 1
            else:
                missing_connections = []
                _at = _path + "missing_connections[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        missing_connections.append(_SetupMissingItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, SetupMissingItem, _path, "missing_connections", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["missing_questions"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "missing_questions", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            missing_questions = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                missing_questions = _v
                _pending |= 2
            else:
                missing_questions = []
                _at = _path + "missing_questions[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        missing_questions.append(_SetupMissingItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, SetupMissingItem, _path, "missing_questions", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["missing_tables"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "missing_tables", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            missing_tables = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                missing_tables = _v
                _pending |= 4
            else:
                missing_tables = []
                _at = _path + "missing_tables[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        missing_tables.append(_SetupMissingItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, SetupMissingItem, _path, "missing_tables", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["missing_modes"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "missing_modes", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            missing_modes = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                missing_modes = _v
                _pending |= 8
            else:
                missing_modes = []
                _at = _path + "missing_modes[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        missing_modes.append(_SetupMissingItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, SetupMissingItem, _path, "missing_modes", _raw)

        if cls is SetupCompleteness:
            _obj = _new(cls)
            _set_missing_connections(_obj, missing_connections)
            _set_missing_questions(_obj, missing_questions)
            _set_missing_tables(_obj, missing_tables)
            _set_missing_modes(_obj, missing_modes)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                missing_connections,
                missing_questions,
                missing_tables,
                missing_modes,
            )

        if len(_src) != 4 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.setup_missing_item import SetupMissingItem

_SetupMissingItem_from_dict = SetupMissingItem.from_dict

_set_missing_connections = _decoding.lazy(
    SetupCompleteness, "missing_connections", "missing_connections", 1, SetupMissingItem.from_dict, True
)
_set_missing_questions = _decoding.lazy(
    SetupCompleteness, "missing_questions", "missing_questions", 2, SetupMissingItem.from_dict, True
)
_set_missing_tables = _decoding.lazy(
    SetupCompleteness, "missing_tables", "missing_tables", 4, SetupMissingItem.from_dict, True
)
_set_missing_modes = _decoding.lazy(
    SetupCompleteness, "missing_modes", "missing_modes", 8, SetupMissingItem.from_dict, True
)
