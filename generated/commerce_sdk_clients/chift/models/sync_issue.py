from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.sync_issue_owner import SyncIssueOwner
from ..models.sync_issue_status import SyncIssueStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncIssue")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "status",
        "kind",
        "owner",
        "code",
        "title",
        "description",
        "message",
        "cause",
        "scope",
        "occurrences",
        "first_seen_at",
        "last_seen_at",
        "resolved_at",
        "objects_count",
        "actions",
    }
)


@_attrs_define
class SyncIssue:
    """
    Attributes:
        id (UUID):
        status (SyncIssueStatus):
        kind (str):
        owner (SyncIssueOwner):
        code (str):
        title (str):
        description (None | str):
        message (None | str):
        cause (SyncIssueCause):
        scope (SyncIssueScope):
        occurrences (int):
        first_seen_at (datetime.datetime):
        last_seen_at (datetime.datetime):
        resolved_at (datetime.datetime | None):
        objects_count (int):
        actions (list[str]):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: UUID
    status: SyncIssueStatus
    kind: str
    owner: SyncIssueOwner
    code: str
    title: str
    description: None | str
    message: None | str
    cause: SyncIssueCause
    scope: SyncIssueScope
    occurrences: int
    first_seen_at: datetime.datetime
    last_seen_at: datetime.datetime
    resolved_at: datetime.datetime | None
    objects_count: int
    actions: list[str]
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.id is None or isinstance(self.id, Unset):
            id = self.id
        else:
            id = str(self.id)

        if self.status is None or isinstance(self.status, Unset):
            status = self.status
        else:
            status = self.status.value

        kind = self.kind

        if self.owner is None or isinstance(self.owner, Unset):
            owner = self.owner
        else:
            owner = self.owner.value

        code = self.code

        title = self.title

        if self.description is None or isinstance(self.description, Unset):
            description = self.description
        else:
            description: None | str
            description = self.description

        if self.message is None or isinstance(self.message, Unset):
            message = self.message
        else:
            message: None | str
            message = self.message

        if self.cause is None or isinstance(self.cause, Unset):
            cause = self.cause
        else:
            cause = self.cause.to_dict()

        if self.scope is None or isinstance(self.scope, Unset):
            scope = self.scope
        else:
            scope = self.scope.to_dict()

        occurrences = self.occurrences

        if self.first_seen_at is None or isinstance(self.first_seen_at, Unset):
            first_seen_at = self.first_seen_at
        else:
            first_seen_at = self.first_seen_at.isoformat()

        if self.last_seen_at is None or isinstance(self.last_seen_at, Unset):
            last_seen_at = self.last_seen_at
        else:
            last_seen_at = self.last_seen_at.isoformat()

        if self.resolved_at is None or isinstance(self.resolved_at, Unset):
            resolved_at = self.resolved_at
        else:
            resolved_at: None | str
            if isinstance(self.resolved_at, datetime.datetime):
                resolved_at = self.resolved_at.isoformat()
            else:
                resolved_at = self.resolved_at

        objects_count = self.objects_count

        if self.actions is None or isinstance(self.actions, Unset):
            actions = self.actions
        else:
            actions = self.actions

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "kind": kind,
                "owner": owner,
                "code": code,
                "title": title,
                "description": description,
                "message": message,
                "cause": cause,
                "scope": scope,
                "occurrences": occurrences,
                "first_seen_at": first_seen_at,
                "last_seen_at": last_seen_at,
                "resolved_at": resolved_at,
                "objects_count": objects_count,
                "actions": actions,
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
        _lazy = not _m.strict and cls is SyncIssue
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["id"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            id, _raw = _decoding.missing(_path, "id", "UUID", _raw)
        else:
            try:
                id = UUID(_v)

            except Exception as _e:
                id, _raw = _decoding.failed(_v, _e, _path, "id", "UUID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["status"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            status, _raw = _decoding.missing(_path, "status", "SyncIssueStatus", _raw)
        else:
            try:
                status = SyncIssueStatus(_v)

            except Exception as _e:
                status, _raw = _decoding.failed(_v, _e, _path, "status", "SyncIssueStatus", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            kind = _src["kind"]
        except KeyError:
            kind = UNSET
        if kind.__class__ is not str:
            kind, _raw = _decoding.scalar(kind, "str", _path, "kind", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["owner"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            owner, _raw = _decoding.missing(_path, "owner", "SyncIssueOwner", _raw)
        else:
            try:
                owner = SyncIssueOwner(_v)

            except Exception as _e:
                owner, _raw = _decoding.failed(_v, _e, _path, "owner", "SyncIssueOwner", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            code = _src["code"]
        except KeyError:
            code = UNSET
        if code.__class__ is not str:
            code, _raw = _decoding.scalar(code, "str", _path, "code", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            title = _src["title"]
        except KeyError:
            title = UNSET
        if title.__class__ is not str:
            title, _raw = _decoding.scalar(title, "str", _path, "title", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["description"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            description, _raw = _decoding.missing(_path, "description", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_description(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                description = _parse_description(_v)

            except Exception as _e:
                _decoding.leave(_t)
                description, _raw = _decoding.failed(_v, _e, _path, "description", "None | str", _raw)
            else:
                _decoding.leave(_t)
                if description is _v and (_v.__class__ is list or _v.__class__ is dict):
                    description, _raw = _decoding.failed(_v, None, _path, "description", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["message"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            message, _raw = _decoding.missing(_path, "message", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_message(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                message = _parse_message(_v)

            except Exception as _e:
                _decoding.leave(_t)
                message, _raw = _decoding.failed(_v, _e, _path, "message", "None | str", _raw)
            else:
                _decoding.leave(_t)
                if message is _v and (_v.__class__ is list or _v.__class__ is dict):
                    message, _raw = _decoding.failed(_v, None, _path, "message", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["cause"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                cause = _v
                _pending |= 1
            else:
                cause = _SyncIssueCause_from_dict(_v, _path + "cause.")
        else:
            cause, _raw = _decoding.as_model(_v, SyncIssueCause, _path, "cause", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["scope"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                scope = _v
                _pending |= 2
            else:
                scope = _SyncIssueScope_from_dict(_v, _path + "scope.")
        else:
            scope, _raw = _decoding.as_model(_v, SyncIssueScope, _path, "scope", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            occurrences = _src["occurrences"]
        except KeyError:
            occurrences = UNSET
        if occurrences.__class__ is not int:
            occurrences, _raw = _decoding.scalar(occurrences, "int", _path, "occurrences", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["first_seen_at"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                first_seen_at = datetime.datetime.fromisoformat(_v)
            except ValueError:
                first_seen_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "first_seen_at", _raw)
        else:
            first_seen_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "first_seen_at", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["last_seen_at"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                last_seen_at = datetime.datetime.fromisoformat(_v)
            except ValueError:
                last_seen_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "last_seen_at", _raw)
        else:
            last_seen_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "last_seen_at", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["resolved_at"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            resolved_at, _raw = _decoding.missing(_path, "resolved_at", "datetime.datetime | None", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_resolved_at(data: object) -> datetime.datetime | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        resolved_at_type_0 = datetime.datetime.fromisoformat(data)

                        return resolved_at_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(datetime.datetime | None, data)

                resolved_at = _parse_resolved_at(_v)

            except Exception as _e:
                _decoding.leave(_t)
                resolved_at, _raw = _decoding.failed(
                    _v, _e, _path, "resolved_at", "datetime.datetime | None", _raw
                )
            else:
                _decoding.leave(_t)
                if resolved_at is _v and (_v.__class__ is list or _v.__class__ is dict):
                    resolved_at, _raw = _decoding.failed(
                        _v, None, _path, "resolved_at", "datetime.datetime | None", _raw
                    )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            objects_count = _src["objects_count"]
        except KeyError:
            objects_count = UNSET
        if objects_count.__class__ is not int:
            objects_count, _raw = _decoding.scalar(objects_count, "int", _path, "objects_count", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            actions = _src["actions"]
        except KeyError:
            actions = UNSET
        if actions.__class__ is not list:
            actions, _raw = _decoding.as_list(actions, "scalar", _path, "actions", _raw)

        if cls is SyncIssue:
            _obj = _new(cls)
            _obj.id = id
            _obj.status = status
            _obj.kind = kind
            _obj.owner = owner
            _obj.code = code
            _obj.title = title
            _obj.description = description
            _obj.message = message
            _set_cause(_obj, cause)
            _set_scope(_obj, scope)
            _obj.occurrences = occurrences
            _obj.first_seen_at = first_seen_at
            _obj.last_seen_at = last_seen_at
            _obj.resolved_at = resolved_at
            _obj.objects_count = objects_count
            _obj.actions = actions
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                status,
                kind,
                owner,
                code,
                title,
                description,
                message,
                cause,
                scope,
                occurrences,
                first_seen_at,
                last_seen_at,
                resolved_at,
                objects_count,
                actions,
            )

        if len(_src) != 16 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.sync_issue_cause import SyncIssueCause
from ..models.sync_issue_scope import SyncIssueScope

_SyncIssueCause_from_dict = SyncIssueCause.from_dict
_SyncIssueScope_from_dict = SyncIssueScope.from_dict

_set_cause = _decoding.lazy(SyncIssue, "cause", "cause", 1, SyncIssueCause.from_dict, False)
_set_scope = _decoding.lazy(SyncIssue, "scope", "scope", 2, SyncIssueScope.from_dict, False)
