from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueEvent")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "execution_id",
        "created_on",
        "context",
        "message",
    }
)


@_attrs_define
class IssueEvent:
    """
    Attributes:
        id (str):
        execution_id (str):
        created_on (datetime.datetime):
        context (IssueEventContextType0 | None | Unset):
        message (None | str | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    execution_id: str
    created_on: datetime.datetime
    context: IssueEventContextType0 | None | Unset = UNSET
    message: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        execution_id = self.execution_id

        if self.created_on is None or isinstance(self.created_on, Unset):
            created_on = self.created_on
        else:
            created_on = self.created_on.isoformat()

        context: dict[str, Any] | None | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, IssueEventContextType0):
            context = self.context.to_dict()
        else:
            context = self.context

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "execution_id": execution_id,
                "created_on": created_on,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context
        if message is not UNSET:
            field_dict["message"] = message
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
        _lazy = not _m.strict and cls is IssueEvent
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            execution_id = _src["execution_id"]
        except KeyError:
            execution_id = UNSET
        if execution_id.__class__ is not str:
            execution_id, _raw = _decoding.scalar(execution_id, "str", _path, "execution_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["created_on"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                created_on = datetime.datetime.fromisoformat(_v)
            except ValueError:
                created_on, _raw = _decoding.as_datetime(_v, "date-time", _path, "created_on", _raw)
        else:
            created_on, _raw = _decoding.as_datetime(_v, "date-time", _path, "created_on", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["context"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                context = _v
                _pending |= 1
            else:
                context = _IssueEventContextType0_from_dict(_v, _path + "context.")
        elif _v is None:
            context = None
        elif _v is UNSET:
            context = UNSET
        else:
            context, _raw = _decoding.as_model(_v, IssueEventContextType0, _path, "context", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["message"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_message(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            message = _parse_message(_v)

        except Exception as _e:
            _decoding.leave(_t)
            message, _raw = _decoding.failed(_v, _e, _path, "message", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if message is _v and (_v.__class__ is list or _v.__class__ is dict):
                message, _raw = _decoding.failed(_v, None, _path, "message", "None | str", _raw)

        if cls is IssueEvent:
            _obj = _new(cls)
            _obj.id = id
            _obj.execution_id = execution_id
            _obj.created_on = created_on
            _set_context(_obj, context)
            _obj.message = message
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                execution_id,
                created_on,
                context,
                message,
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


from ..models.issue_event_context_type_0 import IssueEventContextType0

_IssueEventContextType0_from_dict = IssueEventContextType0.from_dict

_set_context = _decoding.lazy(IssueEvent, "context", "context", 1, IssueEventContextType0.from_dict, False)
