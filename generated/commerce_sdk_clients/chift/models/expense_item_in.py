from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpenseItemIn")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "employee_id",
        "total",
        "untaxed_amount",
        "tax_amount",
        "currency",
        "date",
        "lines",
        "reference",
        "number",
        "currency_exchange_rate",
        "pdf",
        "pdf_name",
    }
)


@_attrs_define
class ExpenseItemIn:
    """
    Attributes:
        employee_id (str):
        total (float):
        untaxed_amount (float):
        tax_amount (float):
        currency (str):
        date (datetime.date):
        lines (list[ExpenseLineItem]):
        reference (None | str | Unset):
        number (None | str | Unset):
        currency_exchange_rate (float | None | Unset):  Default: 1.0.
        pdf (None | str | Unset):
        pdf_name (None | str | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    employee_id: str
    total: float
    untaxed_amount: float
    tax_amount: float
    currency: str
    date: datetime.date
    lines: list[ExpenseLineItem]
    reference: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    currency_exchange_rate: float | None | Unset = 1.0
    pdf: None | str | Unset = UNSET
    pdf_name: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        employee_id = self.employee_id

        total = self.total

        untaxed_amount = self.untaxed_amount

        tax_amount = self.tax_amount

        currency = self.currency

        if self.date is None or isinstance(self.date, Unset):
            date = self.date
        else:
            date = self.date.isoformat()

        if self.lines is None or isinstance(self.lines, Unset):
            lines = self.lines
        else:
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        currency_exchange_rate: float | None | Unset
        if isinstance(self.currency_exchange_rate, Unset):
            currency_exchange_rate = UNSET
        else:
            currency_exchange_rate = self.currency_exchange_rate

        pdf: None | str | Unset
        if isinstance(self.pdf, Unset):
            pdf = UNSET
        else:
            pdf = self.pdf

        pdf_name: None | str | Unset
        if isinstance(self.pdf_name, Unset):
            pdf_name = UNSET
        else:
            pdf_name = self.pdf_name

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "total": total,
                "untaxed_amount": untaxed_amount,
                "tax_amount": tax_amount,
                "currency": currency,
                "date": date,
                "lines": lines,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if number is not UNSET:
            field_dict["number"] = number
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate
        if pdf is not UNSET:
            field_dict["pdf"] = pdf
        if pdf_name is not UNSET:
            field_dict["pdf_name"] = pdf_name
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
        _lazy = not _m.strict and cls is ExpenseItemIn
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            employee_id = _src["employee_id"]
        except KeyError:
            employee_id = UNSET
        if employee_id.__class__ is not str:
            employee_id, _raw = _decoding.scalar(employee_id, "str", _path, "employee_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total = _src["total"]
        except KeyError:
            total = UNSET
        if total.__class__ is not float and total.__class__ is not int:
            total, _raw = _decoding.scalar(total, "float", _path, "total", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            untaxed_amount = _src["untaxed_amount"]
        except KeyError:
            untaxed_amount = UNSET
        if untaxed_amount.__class__ is not float and untaxed_amount.__class__ is not int:
            untaxed_amount, _raw = _decoding.scalar(untaxed_amount, "float", _path, "untaxed_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_amount = _src["tax_amount"]
        except KeyError:
            tax_amount = UNSET
        if tax_amount.__class__ is not float and tax_amount.__class__ is not int:
            tax_amount, _raw = _decoding.scalar(tax_amount, "float", _path, "tax_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency = _src["currency"]
        except KeyError:
            currency = UNSET
        if currency.__class__ is not str:
            currency, _raw = _decoding.scalar(currency, "str", _path, "currency", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["date"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                date = datetime.date.fromisoformat(_v)
            except ValueError:
                date, _raw = _decoding.as_datetime(_v, "date", _path, "date", _raw)
        else:
            date, _raw = _decoding.as_datetime(_v, "date", _path, "date", _raw)

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
                        lines.append(_ExpenseLineItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, ExpenseLineItem, _path, "lines", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["reference"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_reference(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            reference = _parse_reference(_v)

        except Exception as _e:
            _decoding.leave(_t)
            reference, _raw = _decoding.failed(_v, _e, _path, "reference", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if reference is _v and (_v.__class__ is list or _v.__class__ is dict):
                reference, _raw = _decoding.failed(_v, None, _path, "reference", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            number = _parse_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            number, _raw = _decoding.failed(_v, _e, _path, "number", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if number is _v and (_v.__class__ is list or _v.__class__ is dict):
                number, _raw = _decoding.failed(_v, None, _path, "number", "None | str", _raw)

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
            _v = _src["pdf"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_pdf(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            pdf = _parse_pdf(_v)

        except Exception as _e:
            _decoding.leave(_t)
            pdf, _raw = _decoding.failed(_v, _e, _path, "pdf", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if pdf is _v and (_v.__class__ is list or _v.__class__ is dict):
                pdf, _raw = _decoding.failed(_v, None, _path, "pdf", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["pdf_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_pdf_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            pdf_name = _parse_pdf_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            pdf_name, _raw = _decoding.failed(_v, _e, _path, "pdf_name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if pdf_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                pdf_name, _raw = _decoding.failed(_v, None, _path, "pdf_name", "None | str", _raw)

        if cls is ExpenseItemIn:
            _obj = _new(cls)
            _obj.employee_id = employee_id
            _obj.total = total
            _obj.untaxed_amount = untaxed_amount
            _obj.tax_amount = tax_amount
            _obj.currency = currency
            _obj.date = date
            _set_lines(_obj, lines)
            _obj.reference = reference
            _obj.number = number
            _obj.currency_exchange_rate = currency_exchange_rate
            _obj.pdf = pdf
            _obj.pdf_name = pdf_name
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                employee_id,
                total,
                untaxed_amount,
                tax_amount,
                currency,
                date,
                lines,
                reference,
                number,
                currency_exchange_rate,
                pdf,
                pdf_name,
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


from ..models.expense_line_item import ExpenseLineItem

_ExpenseLineItem_from_dict = ExpenseLineItem.from_dict

_set_lines = _decoding.lazy(ExpenseItemIn, "lines", "lines", 1, ExpenseLineItem.from_dict, True)
