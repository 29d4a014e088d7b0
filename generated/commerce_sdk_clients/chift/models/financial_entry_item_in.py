from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="FinancialEntryItemIn")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "date",
        "journal_id",
        "currency",
        "items",
        "currency_exchange_rate",
        "reference",
        "number",
        "pdf",
        "pdf_name",
    }
)


@_attrs_define
class FinancialEntryItemIn:
    """
    Attributes:
        date (datetime.date):
        journal_id (str):
        currency (str):
        items (list[FinancialEntryLineItem]):
        currency_exchange_rate (float | None | Unset):  Default: 1.0.
        reference (None | str | Unset):
        number (None | str | Unset):
        pdf (None | str | Unset):
        pdf_name (None | str | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    date: datetime.date
    journal_id: str
    currency: str
    items: list[FinancialEntryLineItem]
    currency_exchange_rate: float | None | Unset = 1.0
    reference: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    pdf: None | str | Unset = UNSET
    pdf_name: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.date is None or isinstance(self.date, Unset):
            date = self.date
        else:
            date = self.date.isoformat()

        journal_id = self.journal_id

        currency = self.currency

        if self.items is None or isinstance(self.items, Unset):
            items = self.items
        else:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        currency_exchange_rate: float | None | Unset
        if isinstance(self.currency_exchange_rate, Unset):
            currency_exchange_rate = UNSET
        else:
            currency_exchange_rate = self.currency_exchange_rate

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
                "date": date,
                "journal_id": journal_id,
                "currency": currency,
                "items": items,
            }
        )
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate
        if reference is not UNSET:
            field_dict["reference"] = reference
        if number is not UNSET:
            field_dict["number"] = number
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
        _lazy = not _m.strict and cls is FinancialEntryItemIn
        _pending = 0
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
            journal_id = _src["journal_id"]
        except KeyError:
            journal_id = UNSET
        if journal_id.__class__ is not str:
            journal_id, _raw = _decoding.scalar(journal_id, "str", _path, "journal_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency = _src["currency"]
        except KeyError:
            currency = UNSET
        if currency.__class__ is not str:
            currency, _raw = _decoding.scalar(currency, "str", _path, "currency", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["items"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "items", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            items = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                items = _v
                _pending |= 1
            else:
                items = []
                _at = _path + "items[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        items.append(_FinancialEntryLineItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, FinancialEntryLineItem, _path, "items", _raw)

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

        if cls is FinancialEntryItemIn:
            _obj = _new(cls)
            _obj.date = date
            _obj.journal_id = journal_id
            _obj.currency = currency
            _set_items(_obj, items)
            _obj.currency_exchange_rate = currency_exchange_rate
            _obj.reference = reference
            _obj.number = number
            _obj.pdf = pdf
            _obj.pdf_name = pdf_name
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                date,
                journal_id,
                currency,
                items,
                currency_exchange_rate,
                reference,
                number,
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


from ..models.financial_entry_line_item import FinancialEntryLineItem

_FinancialEntryLineItem_from_dict = FinancialEntryLineItem.from_dict

_set_items = _decoding.lazy(FinancialEntryItemIn, "items", "items", 1, FinancialEntryLineItem.from_dict, True)
