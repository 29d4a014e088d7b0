from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainExecutionItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "parentexecutionid",
        "start",
        "end",
        "status",
    }
)


@_attrs_define
class ChainExecutionItem:
    """
    Attributes:
        id (str):
        parentexecutionid (None | str):
        start (datetime.datetime):
        end (datetime.datetime | None):
        status (str):
    """

    id: str
    parentexecutionid: None | str
    start: datetime.datetime
    end: datetime.datetime | None
    status: str
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        if self.parentexecutionid is None or isinstance(self.parentexecutionid, Unset):
            parentexecutionid = self.parentexecutionid
        else:
            parentexecutionid: None | str
            parentexecutionid = self.parentexecutionid

        if self.start is None or isinstance(self.start, Unset):
            start = self.start
        else:
            start = self.start.isoformat()

        if self.end is None or isinstance(self.end, Unset):
            end = self.end
        else:
            end: None | str
            if isinstance(self.end, datetime.datetime):
                end = self.end.isoformat()
            else:
                end = self.end

        status = self.status

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "parentexecutionid": parentexecutionid,
                "start": start,
                "end": end,
                "status": status,
            }
        )
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["parentexecutionid"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            parentexecutionid, _raw = _decoding.missing(_path, "parentexecutionid", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_parentexecutionid(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                parentexecutionid = _parse_parentexecutionid(_v)

            except Exception as _e:
                _decoding.leave(_t)
                parentexecutionid, _raw = _decoding.failed(
                    _v, _e, _path, "parentexecutionid", "None | str", _raw
                )
            else:
                _decoding.leave(_t)
                if parentexecutionid is _v and (_v.__class__ is list or _v.__class__ is dict):
                    parentexecutionid, _raw = _decoding.failed(
                        _v, None, _path, "parentexecutionid", "None | str", _raw
                    )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["start"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                start = datetime.datetime.fromisoformat(_v)
            except ValueError:
                start, _raw = _decoding.as_datetime(_v, "date-time", _path, "start", _raw)
        else:
            start, _raw = _decoding.as_datetime(_v, "date-time", _path, "start", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["end"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            end, _raw = _decoding.missing(_path, "end", "datetime.datetime | None", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_end(data: object) -> datetime.datetime | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        end_type_0 = datetime.datetime.fromisoformat(data)

                        return end_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(datetime.datetime | None, data)

                end = _parse_end(_v)

            except Exception as _e:
                _decoding.leave(_t)
                end, _raw = _decoding.failed(_v, _e, _path, "end", "datetime.datetime | None", _raw)
            else:
                _decoding.leave(_t)
                if end is _v and (_v.__class__ is list or _v.__class__ is dict):
                    end, _raw = _decoding.failed(_v, None, _path, "end", "datetime.datetime | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            status = _src["status"]
        except KeyError:
            status = UNSET
        if status.__class__ is not str:
            status, _raw = _decoding.scalar(status, "str", _path, "status", _raw)

        if cls is ChainExecutionItem:
            _obj = _new(cls)
            _obj.id = id
            _obj.parentexecutionid = parentexecutionid
            _obj.start = start
            _obj.end = end
            _obj.status = status
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                parentexecutionid,
                start,
                end,
                status,
            )

        if len(_src) != 5 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
