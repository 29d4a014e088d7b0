from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "kind",
        "capability",
        "source_id",
        "scope",
        "status",
        "target_id",
        "booked_as",
        "attempts",
        "last_error_code",
        "created_at",
        "updated_at",
        "succeeded_at",
    }
)


@_attrs_define
class ObjectItem:
    """
    Attributes:
        id (UUID):
        kind (str):
        capability (str):
        source_id (str):
        scope (ObjectItemScope):
        status (str):
        target_id (None | str):
        booked_as (None | str):
        attempts (int):
        last_error_code (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        succeeded_at (datetime.datetime | None):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: UUID
    kind: str
    capability: str
    source_id: str
    scope: ObjectItemScope
    status: str
    target_id: None | str
    booked_as: None | str
    attempts: int
    last_error_code: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    succeeded_at: datetime.datetime | None
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

        kind = self.kind

        capability = self.capability

        source_id = self.source_id

        if self.scope is None or isinstance(self.scope, Unset):
            scope = self.scope
        else:
            scope = self.scope.to_dict()

        status = self.status

        if self.target_id is None or isinstance(self.target_id, Unset):
            target_id = self.target_id
        else:
            target_id: None | str
            target_id = self.target_id

        if self.booked_as is None or isinstance(self.booked_as, Unset):
            booked_as = self.booked_as
        else:
            booked_as: None | str
            booked_as = self.booked_as

        attempts = self.attempts

        if self.last_error_code is None or isinstance(self.last_error_code, Unset):
            last_error_code = self.last_error_code
        else:
            last_error_code: None | str
            last_error_code = self.last_error_code

        if self.created_at is None or isinstance(self.created_at, Unset):
            created_at = self.created_at
        else:
            created_at = self.created_at.isoformat()

        if self.updated_at is None or isinstance(self.updated_at, Unset):
            updated_at = self.updated_at
        else:
            updated_at = self.updated_at.isoformat()

        if self.succeeded_at is None or isinstance(self.succeeded_at, Unset):
            succeeded_at = self.succeeded_at
        else:
            succeeded_at: None | str
            if isinstance(self.succeeded_at, datetime.datetime):
                succeeded_at = self.succeeded_at.isoformat()
            else:
                succeeded_at = self.succeeded_at

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "capability": capability,
                "source_id": source_id,
                "scope": scope,
                "status": status,
                "target_id": target_id,
                "booked_as": booked_as,
                "attempts": attempts,
                "last_error_code": last_error_code,
                "created_at": created_at,
                "updated_at": updated_at,
                "succeeded_at": succeeded_at,
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
        _lazy = not _m.strict and cls is ObjectItem
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
            kind = _src["kind"]
        except KeyError:
            kind = UNSET
        if kind.__class__ is not str:
            kind, _raw = _decoding.scalar(kind, "str", _path, "kind", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            capability = _src["capability"]
        except KeyError:
            capability = UNSET
        if capability.__class__ is not str:
            capability, _raw = _decoding.scalar(capability, "str", _path, "capability", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            source_id = _src["source_id"]
        except KeyError:
            source_id = UNSET
        if source_id.__class__ is not str:
            source_id, _raw = _decoding.scalar(source_id, "str", _path, "source_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["scope"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                scope = _v
                _pending |= 1
            else:
                scope = _ObjectItemScope_from_dict(_v, _path + "scope.")
        else:
            scope, _raw = _decoding.as_model(_v, ObjectItemScope, _path, "scope", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            status = _src["status"]
        except KeyError:
            status = UNSET
        if status.__class__ is not str:
            status, _raw = _decoding.scalar(status, "str", _path, "status", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["target_id"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            target_id, _raw = _decoding.missing(_path, "target_id", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_target_id(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                target_id = _parse_target_id(_v)

            except Exception as _e:
                _decoding.leave(_t)
                target_id, _raw = _decoding.failed(_v, _e, _path, "target_id", "None | str", _raw)
            else:
                _decoding.leave(_t)
                if target_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                    target_id, _raw = _decoding.failed(_v, None, _path, "target_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["booked_as"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            booked_as, _raw = _decoding.missing(_path, "booked_as", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_booked_as(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                booked_as = _parse_booked_as(_v)

            except Exception as _e:
                _decoding.leave(_t)
                booked_as, _raw = _decoding.failed(_v, _e, _path, "booked_as", "None | str", _raw)
            else:
                _decoding.leave(_t)
                if booked_as is _v and (_v.__class__ is list or _v.__class__ is dict):
                    booked_as, _raw = _decoding.failed(_v, None, _path, "booked_as", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            attempts = _src["attempts"]
        except KeyError:
            attempts = UNSET
        if attempts.__class__ is not int:
            attempts, _raw = _decoding.scalar(attempts, "int", _path, "attempts", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["last_error_code"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            last_error_code, _raw = _decoding.missing(_path, "last_error_code", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_last_error_code(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                last_error_code = _parse_last_error_code(_v)

            except Exception as _e:
                _decoding.leave(_t)
                last_error_code, _raw = _decoding.failed(_v, _e, _path, "last_error_code", "None | str", _raw)
            else:
                _decoding.leave(_t)
                if last_error_code is _v and (_v.__class__ is list or _v.__class__ is dict):
                    last_error_code, _raw = _decoding.failed(
                        _v, None, _path, "last_error_code", "None | str", _raw
                    )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["created_at"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                created_at = datetime.datetime.fromisoformat(_v)
            except ValueError:
                created_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "created_at", _raw)
        else:
            created_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "created_at", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["updated_at"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                updated_at = datetime.datetime.fromisoformat(_v)
            except ValueError:
                updated_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "updated_at", _raw)
        else:
            updated_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "updated_at", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["succeeded_at"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            succeeded_at, _raw = _decoding.missing(_path, "succeeded_at", "datetime.datetime | None", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_succeeded_at(data: object) -> datetime.datetime | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        succeeded_at_type_0 = datetime.datetime.fromisoformat(data)

                        return succeeded_at_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(datetime.datetime | None, data)

                succeeded_at = _parse_succeeded_at(_v)

            except Exception as _e:
                _decoding.leave(_t)
                succeeded_at, _raw = _decoding.failed(
                    _v, _e, _path, "succeeded_at", "datetime.datetime | None", _raw
                )
            else:
                _decoding.leave(_t)
                if succeeded_at is _v and (_v.__class__ is list or _v.__class__ is dict):
                    succeeded_at, _raw = _decoding.failed(
                        _v, None, _path, "succeeded_at", "datetime.datetime | None", _raw
                    )

        if cls is ObjectItem:
            _obj = _new(cls)
            _obj.id = id
            _obj.kind = kind
            _obj.capability = capability
            _obj.source_id = source_id
            _set_scope(_obj, scope)
            _obj.status = status
            _obj.target_id = target_id
            _obj.booked_as = booked_as
            _obj.attempts = attempts
            _obj.last_error_code = last_error_code
            _obj.created_at = created_at
            _obj.updated_at = updated_at
            _obj.succeeded_at = succeeded_at
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                kind,
                capability,
                source_id,
                scope,
                status,
                target_id,
                booked_as,
                attempts,
                last_error_code,
                created_at,
                updated_at,
                succeeded_at,
            )

        if len(_src) != 13 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.object_item_scope import ObjectItemScope

_ObjectItemScope_from_dict = ObjectItemScope.from_dict

_set_scope = _decoding.lazy(ObjectItem, "scope", "scope", 1, ObjectItemScope.from_dict, False)
