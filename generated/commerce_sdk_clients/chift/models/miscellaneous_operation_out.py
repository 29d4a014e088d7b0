from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.miscellaneous_operation_status_out import MiscellaneousOperationStatusOut
from ..types import UNSET, Unset

T = TypeVar("T", bound="MiscellaneousOperationOut")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "currency",
        "lines",
        "journal_id",
        "status",
        "id",
        "operation_number",
        "currency_exchange_rate",
        "operation_date",
    }
)


@_attrs_define
class MiscellaneousOperationOut:
    """
    Attributes:
        currency (str):
        lines (list[MiscellaneousOperationLine]):
        journal_id (str):
        status (MiscellaneousOperationStatusOut):
        id (str):
        operation_number (None | str | Unset):
        currency_exchange_rate (float | None | Unset):  Default: 1.0.
        operation_date (datetime.date | None | Unset):  Default: datetime.date.fromisoformat('1970-01-01').
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    currency: str
    lines: list[MiscellaneousOperationLine]
    journal_id: str
    status: MiscellaneousOperationStatusOut
    id: str
    operation_number: None | str | Unset = UNSET
    currency_exchange_rate: float | None | Unset = 1.0
    operation_date: datetime.date | None | Unset = datetime.date.fromisoformat("1970-01-01")
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        if self.lines is None or isinstance(self.lines, Unset):
            lines = self.lines
        else:
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        journal_id = self.journal_id

        if self.status is None or isinstance(self.status, Unset):
            status = self.status
        else:
            status = self.status.value

        id = self.id

        operation_number: None | str | Unset
        if isinstance(self.operation_number, Unset):
            operation_number = UNSET
        else:
            operation_number = self.operation_number

        currency_exchange_rate: float | None | Unset
        if isinstance(self.currency_exchange_rate, Unset):
            currency_exchange_rate = UNSET
        else:
            currency_exchange_rate = self.currency_exchange_rate

        operation_date: None | str | Unset
        if isinstance(self.operation_date, Unset):
            operation_date = UNSET
        elif isinstance(self.operation_date, datetime.date):
            operation_date = self.operation_date.isoformat()
        else:
            operation_date = self.operation_date

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "lines": lines,
                "journal_id": journal_id,
                "status": status,
                "id": id,
            }
        )
        if operation_number is not UNSET:
            field_dict["operation_number"] = operation_number
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate
        if operation_date is not UNSET:
            field_dict["operation_date"] = operation_date
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
        _lazy = not _m.strict and cls is MiscellaneousOperationOut
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency = _src["currency"]
        except KeyError:
            currency = UNSET
        if currency.__class__ is not str:
            currency, _raw = _decoding.scalar(currency, "str", _path, "currency", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["lines"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "lines", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            lines = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                lines = _v
                _pending |= 1
            else:
                lines = []
                _at = _path + "lines[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        lines.append(_MiscellaneousOperationLine_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, MiscellaneousOperationLine, _path, "lines", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            journal_id = _src["journal_id"]
        except KeyError:
            journal_id = UNSET
        if journal_id.__class__ is not str:
            journal_id, _raw = _decoding.scalar(journal_id, "str", _path, "journal_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["status"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            status, _raw = _decoding.missing(_path, "status", "MiscellaneousOperationStatusOut", _raw)
        else:
            try:
                status = MiscellaneousOperationStatusOut(_v)

            except Exception as _e:
                status, _raw = _decoding.failed(
                    _v, _e, _path, "status", "MiscellaneousOperationStatusOut", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["operation_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_operation_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            operation_number = _parse_operation_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            operation_number, _raw = _decoding.failed(_v, _e, _path, "operation_number", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if operation_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                operation_number, _raw = _decoding.failed(
                    _v, None, _path, "operation_number", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["currency_exchange_rate"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_currency_exchange_rate(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            currency_exchange_rate = _parse_currency_exchange_rate(_v)

        except Exception as _e:
            _decoding.leave(_t)
            currency_exchange_rate, _raw = _decoding.failed(
                _v, _e, _path, "currency_exchange_rate", "float | None", _raw
            )
        else:
            _decoding.leave(_t)
            if currency_exchange_rate is _v and (_v.__class__ is list or _v.__class__ is dict):
                currency_exchange_rate, _raw = _decoding.failed(
                    _v, None, _path, "currency_exchange_rate", "float | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["operation_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_operation_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    operation_date_type_0 = datetime.date.fromisoformat(data)

                    return operation_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            operation_date = _parse_operation_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            operation_date, _raw = _decoding.failed(
                _v, _e, _path, "operation_date", "datetime.date | None", _raw
            )
        else:
            _decoding.leave(_t)
            if operation_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                operation_date, _raw = _decoding.failed(
                    _v, None, _path, "operation_date", "datetime.date | None", _raw
                )

        if cls is MiscellaneousOperationOut:
            _obj = _new(cls)
            _obj.currency = currency
            _set_lines(_obj, lines)
            _obj.journal_id = journal_id
            _obj.status = status
            _obj.id = id
            _obj.operation_number = operation_number
            _obj.currency_exchange_rate = currency_exchange_rate
            _obj.operation_date = operation_date
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                currency,
                lines,
                journal_id,
                status,
                id,
                operation_number,
                currency_exchange_rate,
                operation_date,
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


from ..models.miscellaneous_operation_line import MiscellaneousOperationLine

_MiscellaneousOperationLine_from_dict = MiscellaneousOperationLine.from_dict

_set_lines = _decoding.lazy(
    MiscellaneousOperationOut, "lines", "lines", 1, MiscellaneousOperationLine.from_dict, True
)
