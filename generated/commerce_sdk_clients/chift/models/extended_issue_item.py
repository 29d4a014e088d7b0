from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.issue_level import IssueLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtendedIssueItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "consumer_id",
        "connection_id",
        "integration_id",
        "integration_name",
        "created_on",
        "updated_on",
        "last_seen",
        "error",
        "occurrences",
        "level",
        "events",
    }
)


@_attrs_define
class ExtendedIssueItem:
    """
    Attributes:
        id (str):
        consumer_id (str):
        connection_id (str):
        integration_id (int):
        integration_name (str):
        created_on (datetime.datetime):
        updated_on (datetime.datetime):
        last_seen (datetime.datetime):
        error (ErrorInfo):
        occurrences (int):
        level (IssueLevel):
        events (list[IssueEvent] | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    consumer_id: str
    connection_id: str
    integration_id: int
    integration_name: str
    created_on: datetime.datetime
    updated_on: datetime.datetime
    last_seen: datetime.datetime
    error: ErrorInfo
    occurrences: int
    level: IssueLevel
    events: list[IssueEvent] | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        consumer_id = self.consumer_id

        connection_id = self.connection_id

        integration_id = self.integration_id

        integration_name = self.integration_name

        if self.created_on is None or isinstance(self.created_on, Unset):
            created_on = self.created_on
        else:
            created_on = self.created_on.isoformat()

        if self.updated_on is None or isinstance(self.updated_on, Unset):
            updated_on = self.updated_on
        else:
            updated_on = self.updated_on.isoformat()

        if self.last_seen is None or isinstance(self.last_seen, Unset):
            last_seen = self.last_seen
        else:
            last_seen = self.last_seen.isoformat()

        if self.error is None or isinstance(self.error, Unset):
            error = self.error
        else:
            error = self.error.to_dict()

        occurrences = self.occurrences

        if self.level is None or isinstance(self.level, Unset):
            level = self.level
        else:
            level = self.level.value

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "consumer_id": consumer_id,
                "connection_id": connection_id,
                "integration_id": integration_id,
                "integration_name": integration_name,
                "created_on": created_on,
                "updated_on": updated_on,
                "last_seen": last_seen,
                "error": error,
                "occurrences": occurrences,
                "level": level,
            }
        )
        if events is not UNSET:
            field_dict["events"] = events
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
        _lazy = not _m.strict and cls is ExtendedIssueItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            consumer_id = _src["consumer_id"]
        except KeyError:
            consumer_id = UNSET
        if consumer_id.__class__ is not str:
            consumer_id, _raw = _decoding.scalar(consumer_id, "str", _path, "consumer_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            connection_id = _src["connection_id"]
        except KeyError:
            connection_id = UNSET
        if connection_id.__class__ is not str:
            connection_id, _raw = _decoding.scalar(connection_id, "str", _path, "connection_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            integration_id = _src["integration_id"]
        except KeyError:
            integration_id = UNSET
        if integration_id.__class__ is not int:
            integration_id, _raw = _decoding.scalar(integration_id, "int", _path, "integration_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            integration_name = _src["integration_name"]
        except KeyError:
            integration_name = UNSET
        if integration_name.__class__ is not str:
            integration_name, _raw = _decoding.scalar(
                integration_name, "str", _path, "integration_name", _raw
            )

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
            _v = _src["updated_on"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                updated_on = datetime.datetime.fromisoformat(_v)
            except ValueError:
                updated_on, _raw = _decoding.as_datetime(_v, "date-time", _path, "updated_on", _raw)
        else:
            updated_on, _raw = _decoding.as_datetime(_v, "date-time", _path, "updated_on", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["last_seen"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                last_seen = datetime.datetime.fromisoformat(_v)
            except ValueError:
                last_seen, _raw = _decoding.as_datetime(_v, "date-time", _path, "last_seen", _raw)
        else:
            last_seen, _raw = _decoding.as_datetime(_v, "date-time", _path, "last_seen", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["error"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                error = _v
                _pending |= 1
            else:
                error = _ErrorInfo_from_dict(_v, _path + "error.")
        else:
            error, _raw = _decoding.as_model(_v, ErrorInfo, _path, "error", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            occurrences = _src["occurrences"]
        except KeyError:
            occurrences = UNSET
        if occurrences.__class__ is not int:
            occurrences, _raw = _decoding.scalar(occurrences, "int", _path, "occurrences", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["level"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            level, _raw = _decoding.missing(_path, "level", "IssueLevel", _raw)
        else:
            try:
                level = IssueLevel(_v)

            except Exception as _e:
                level, _raw = _decoding.failed(_v, _e, _path, "level", "IssueLevel", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["events"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "events", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            events = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                events = _v
                _pending |= 2
            else:
                events = []
                _at = _path + "events[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        events.append(_IssueEvent_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, IssueEvent, _path, "events", _raw)

        if cls is ExtendedIssueItem:
            _obj = _new(cls)
            _obj.id = id
            _obj.consumer_id = consumer_id
            _obj.connection_id = connection_id
            _obj.integration_id = integration_id
            _obj.integration_name = integration_name
            _obj.created_on = created_on
            _obj.updated_on = updated_on
            _obj.last_seen = last_seen
            _set_error(_obj, error)
            _obj.occurrences = occurrences
            _obj.level = level
            _set_events(_obj, events)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                consumer_id,
                connection_id,
                integration_id,
                integration_name,
                created_on,
                updated_on,
                last_seen,
                error,
                occurrences,
                level,
                events,
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


from ..models.error_info import ErrorInfo
from ..models.issue_event import IssueEvent

_ErrorInfo_from_dict = ErrorInfo.from_dict
_IssueEvent_from_dict = IssueEvent.from_dict

_set_error = _decoding.lazy(ExtendedIssueItem, "error", "error", 1, ErrorInfo.from_dict, False)
_set_events = _decoding.lazy(ExtendedIssueItem, "events", "events", 2, IssueEvent.from_dict, True)
