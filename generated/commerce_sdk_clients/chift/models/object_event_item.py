from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectEventItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "action",
        "details",
        "chainexecution_id",
        "created_at",
        "last_at",
        "occurrences",
    }
)


@_attrs_define
class ObjectEventItem:
    """
    Attributes:
        action (str):
        details (ObjectEventItemDetails):
        chainexecution_id (None | UUID):
        created_at (datetime.datetime):
        last_at (datetime.datetime):
        occurrences (int):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    action: str
    details: ObjectEventItemDetails
    chainexecution_id: None | UUID
    created_at: datetime.datetime
    last_at: datetime.datetime
    occurrences: int
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        if self.details is None or isinstance(self.details, Unset):
            details = self.details
        else:
            details = self.details.to_dict()

        if self.chainexecution_id is None or isinstance(self.chainexecution_id, Unset):
            chainexecution_id = self.chainexecution_id
        else:
            chainexecution_id: None | str
            if isinstance(self.chainexecution_id, UUID):
                chainexecution_id = str(self.chainexecution_id)
            else:
                chainexecution_id = self.chainexecution_id

        if self.created_at is None or isinstance(self.created_at, Unset):
            created_at = self.created_at
        else:
            created_at = self.created_at.isoformat()

        if self.last_at is None or isinstance(self.last_at, Unset):
            last_at = self.last_at
        else:
            last_at = self.last_at.isoformat()

        occurrences = self.occurrences

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "action": action,
                "details": details,
                "chainexecution_id": chainexecution_id,
                "created_at": created_at,
                "last_at": last_at,
                "occurrences": occurrences,
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
        _lazy = not _m.strict and cls is ObjectEventItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            action = _src["action"]
        except KeyError:
            action = UNSET
        if action.__class__ is not str:
            action, _raw = _decoding.scalar(action, "str", _path, "action", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["details"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                details = _v
                _pending |= 1
            else:
                details = _ObjectEventItemDetails_from_dict(_v, _path + "details.")
        else:
            details, _raw = _decoding.as_model(_v, ObjectEventItemDetails, _path, "details", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["chainexecution_id"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            chainexecution_id, _raw = _decoding.missing(_path, "chainexecution_id", "None | UUID", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_chainexecution_id(data: object) -> None | UUID:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        chainexecution_id_type_0 = UUID(data)

                        return chainexecution_id_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | UUID, data)

                chainexecution_id = _parse_chainexecution_id(_v)

            except Exception as _e:
                _decoding.leave(_t)
                chainexecution_id, _raw = _decoding.failed(
                    _v, _e, _path, "chainexecution_id", "None | UUID", _raw
                )
            else:
                _decoding.leave(_t)
                if chainexecution_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                    chainexecution_id, _raw = _decoding.failed(
                        _v, None, _path, "chainexecution_id", "None | UUID", _raw
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
            _v = _src["last_at"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                last_at = datetime.datetime.fromisoformat(_v)
            except ValueError:
                last_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "last_at", _raw)
        else:
            last_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "last_at", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            occurrences = _src["occurrences"]
        except KeyError:
            occurrences = UNSET
        if occurrences.__class__ is not int:
            occurrences, _raw = _decoding.scalar(occurrences, "int", _path, "occurrences", _raw)

        if cls is ObjectEventItem:
            _obj = _new(cls)
            _obj.action = action
            _set_details(_obj, details)
            _obj.chainexecution_id = chainexecution_id
            _obj.created_at = created_at
            _obj.last_at = last_at
            _obj.occurrences = occurrences
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                action,
                details,
                chainexecution_id,
                created_at,
                last_at,
                occurrences,
            )

        if len(_src) != 6 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.object_event_item_details import ObjectEventItemDetails

_ObjectEventItemDetails_from_dict = ObjectEventItemDetails.from_dict

_set_details = _decoding.lazy(
    ObjectEventItem, "details", "details", 1, ObjectEventItemDetails.from_dict, False
)
