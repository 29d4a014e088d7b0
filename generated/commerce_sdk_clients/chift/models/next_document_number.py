from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="NextDocumentNumber")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "bookyear_name",
        "next_document_number",
        "start_date",
        "end_date",
    }
)


@_attrs_define
class NextDocumentNumber:
    """
    Attributes:
        bookyear_name (None | str | Unset):
        next_document_number (None | str | Unset):
        start_date (datetime.date | None | Unset):
        end_date (datetime.date | None | Unset):
    """

    bookyear_name: None | str | Unset = UNSET
    next_document_number: None | str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        bookyear_name: None | str | Unset
        if isinstance(self.bookyear_name, Unset):
            bookyear_name = UNSET
        else:
            bookyear_name = self.bookyear_name

        next_document_number: None | str | Unset
        if isinstance(self.next_document_number, Unset):
            next_document_number = UNSET
        else:
            next_document_number = self.next_document_number

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if bookyear_name is not UNSET:
            field_dict["bookyear_name"] = bookyear_name
        if next_document_number is not UNSET:
            field_dict["next_document_number"] = next_document_number
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
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
            _v = _src["bookyear_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_bookyear_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            bookyear_name = _parse_bookyear_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            bookyear_name, _raw = _decoding.failed(_v, _e, _path, "bookyear_name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if bookyear_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                bookyear_name, _raw = _decoding.failed(_v, None, _path, "bookyear_name", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["next_document_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_next_document_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            next_document_number = _parse_next_document_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            next_document_number, _raw = _decoding.failed(
                _v, _e, _path, "next_document_number", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if next_document_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                next_document_number, _raw = _decoding.failed(
                    _v, None, _path, "next_document_number", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["start_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_start_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    start_date_type_0 = datetime.date.fromisoformat(data)

                    return start_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            start_date = _parse_start_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            start_date, _raw = _decoding.failed(_v, _e, _path, "start_date", "datetime.date | None", _raw)
        else:
            _decoding.leave(_t)
            if start_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                start_date, _raw = _decoding.failed(
                    _v, None, _path, "start_date", "datetime.date | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["end_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_end_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    end_date_type_0 = datetime.date.fromisoformat(data)

                    return end_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            end_date = _parse_end_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            end_date, _raw = _decoding.failed(_v, _e, _path, "end_date", "datetime.date | None", _raw)
        else:
            _decoding.leave(_t)
            if end_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                end_date, _raw = _decoding.failed(_v, None, _path, "end_date", "datetime.date | None", _raw)

        if cls is NextDocumentNumber:
            _obj = _new(cls)
            _obj.bookyear_name = bookyear_name
            _obj.next_document_number = next_document_number
            _obj.start_date = start_date
            _obj.end_date = end_date
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                bookyear_name,
                next_document_number,
                start_date,
                end_date,
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
