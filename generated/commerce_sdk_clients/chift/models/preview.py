from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.preview_status import PreviewStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Preview")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "preview_id",
        "status",
        "started_at",
        "finished_at",
        "error",
        "counts",
        "issues",
        "refill_suggested",
    }
)


@_attrs_define
class Preview:
    """
    Attributes:
        preview_id (UUID):
        status (PreviewStatus):
        started_at (datetime.datetime):
        finished_at (datetime.datetime | None):
        error (None | str):
        counts (list[PreviewCount]):
        issues (list[PreviewIssue]):
        refill_suggested (bool):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    preview_id: UUID
    status: PreviewStatus
    started_at: datetime.datetime
    finished_at: datetime.datetime | None
    error: None | str
    counts: list[PreviewCount]
    issues: list[PreviewIssue]
    refill_suggested: bool
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.preview_id is None or isinstance(self.preview_id, Unset):
            preview_id = self.preview_id
        else:
            preview_id = str(self.preview_id)

        if self.status is None or isinstance(self.status, Unset):
            status = self.status
        else:
            status = self.status.value

        if self.started_at is None or isinstance(self.started_at, Unset):
            started_at = self.started_at
        else:
            started_at = self.started_at.isoformat()

        if self.finished_at is None or isinstance(self.finished_at, Unset):
            finished_at = self.finished_at
        else:
            finished_at: None | str
            if isinstance(self.finished_at, datetime.datetime):
                finished_at = self.finished_at.isoformat()
            else:
                finished_at = self.finished_at

        if self.error is None or isinstance(self.error, Unset):
            error = self.error
        else:
            error: None | str
            error = self.error

        if self.counts is None or isinstance(self.counts, Unset):
            counts = self.counts
        else:
            counts = []
            for counts_item_data in self.counts:
                counts_item = counts_item_data.to_dict()
                counts.append(counts_item)

        if self.issues is None or isinstance(self.issues, Unset):
            issues = self.issues
        else:
            issues = []
            for issues_item_data in self.issues:
                issues_item = issues_item_data.to_dict()
                issues.append(issues_item)

        refill_suggested = self.refill_suggested

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "preview_id": preview_id,
                "status": status,
                "started_at": started_at,
                "finished_at": finished_at,
                "error": error,
                "counts": counts,
                "issues": issues,
                "refill_suggested": refill_suggested,
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
        _lazy = not _m.strict and cls is Preview
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["preview_id"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            preview_id, _raw = _decoding.missing(_path, "preview_id", "UUID", _raw)
        else:
            try:
                preview_id = UUID(_v)

            except Exception as _e:
                preview_id, _raw = _decoding.failed(_v, _e, _path, "preview_id", "UUID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["status"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            status, _raw = _decoding.missing(_path, "status", "PreviewStatus", _raw)
        else:
            try:
                status = PreviewStatus(_v)

            except Exception as _e:
                status, _raw = _decoding.failed(_v, _e, _path, "status", "PreviewStatus", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["started_at"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                started_at = datetime.datetime.fromisoformat(_v)
            except ValueError:
                started_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "started_at", _raw)
        else:
            started_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "started_at", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["finished_at"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            finished_at, _raw = _decoding.missing(_path, "finished_at", "datetime.datetime | None", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_finished_at(data: object) -> datetime.datetime | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        finished_at_type_0 = datetime.datetime.fromisoformat(data)

                        return finished_at_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(datetime.datetime | None, data)

                finished_at = _parse_finished_at(_v)

            except Exception as _e:
                _decoding.leave(_t)
                finished_at, _raw = _decoding.failed(
                    _v, _e, _path, "finished_at", "datetime.datetime | None", _raw
                )
            else:
                _decoding.leave(_t)
                if finished_at is _v and (_v.__class__ is list or _v.__class__ is dict):
                    finished_at, _raw = _decoding.failed(
                        _v, None, _path, "finished_at", "datetime.datetime | None", _raw
                    )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["error"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            error, _raw = _decoding.missing(_path, "error", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_error(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                error = _parse_error(_v)

            except Exception as _e:
                _decoding.leave(_t)
                error, _raw = _decoding.failed(_v, _e, _path, "error", "None | str", _raw)
            else:
                _decoding.leave(_t)
                if error is _v and (_v.__class__ is list or _v.__class__ is dict):
                    error, _raw = _decoding.failed(_v, None, _path, "error", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["counts"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "counts", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            counts = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                counts = _v
                _pending |= 1
            else:
                counts = []
                _at = _path + "counts[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        counts.append(_PreviewCount_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, PreviewCount, _path, "counts", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["issues"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "issues", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            issues = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                issues = _v
                _pending |= 2
            else:
                issues = []
                _at = _path + "issues[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        issues.append(_PreviewIssue_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, PreviewIssue, _path, "issues", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            refill_suggested = _src["refill_suggested"]
        except KeyError:
            refill_suggested = UNSET
        if refill_suggested.__class__ is not bool:
            refill_suggested, _raw = _decoding.scalar(
                refill_suggested, "bool", _path, "refill_suggested", _raw
            )

        if cls is Preview:
            _obj = _new(cls)
            _obj.preview_id = preview_id
            _obj.status = status
            _obj.started_at = started_at
            _obj.finished_at = finished_at
            _obj.error = error
            _set_counts(_obj, counts)
            _set_issues(_obj, issues)
            _obj.refill_suggested = refill_suggested
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                preview_id,
                status,
                started_at,
                finished_at,
                error,
                counts,
                issues,
                refill_suggested,
            )

        if len(_src) != 8 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.preview_count import PreviewCount
from ..models.preview_issue import PreviewIssue

_PreviewCount_from_dict = PreviewCount.from_dict
_PreviewIssue_from_dict = PreviewIssue.from_dict

_set_counts = _decoding.lazy(Preview, "counts", "counts", 1, PreviewCount.from_dict, True)
_set_issues = _decoding.lazy(Preview, "issues", "issues", 2, PreviewIssue.from_dict, True)
