from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.journal_type import JournalType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutstandingItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "journal_id",
        "journal_type",
        "date",
        "currency",
        "currency_exchange_rate",
        "amount",
        "open_amount",
        "partner_id",
        "account_number",
        "posted",
        "number",
        "due_date",
        "due_dates",
        "reference",
        "matching_numbers",
        "payment_communication",
        "original_document",
    }
)


@_attrs_define
class OutstandingItem:
    """
    Attributes:
        id (str):
        journal_id (str):
        journal_type (JournalType):
        date (datetime.date):
        currency (str):
        currency_exchange_rate (float):
        amount (float):
        open_amount (float):
        partner_id (str):
        account_number (str):
        posted (bool):
        number (None | str | Unset):
        due_date (datetime.date | None | Unset):
        due_dates (list[OutstandingItemDueDatesOut] | None | Unset):
        reference (None | str | Unset):
        matching_numbers (list[str] | None | Unset):
        payment_communication (None | str | Unset):
        original_document (None | OriginalOutstandingItem | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    journal_id: str
    journal_type: JournalType
    date: datetime.date
    currency: str
    currency_exchange_rate: float
    amount: float
    open_amount: float
    partner_id: str
    account_number: str
    posted: bool
    number: None | str | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    due_dates: list[OutstandingItemDueDatesOut] | None | Unset = UNSET
    reference: None | str | Unset = UNSET
    matching_numbers: list[str] | None | Unset = UNSET
    payment_communication: None | str | Unset = UNSET
    original_document: None | OriginalOutstandingItem | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        journal_id = self.journal_id

        if self.journal_type is None or isinstance(self.journal_type, Unset):
            journal_type = self.journal_type
        else:
            journal_type = self.journal_type.value

        if self.date is None or isinstance(self.date, Unset):
            date = self.date
        else:
            date = self.date.isoformat()

        currency = self.currency

        currency_exchange_rate = self.currency_exchange_rate

        amount = self.amount

        open_amount = self.open_amount

        partner_id = self.partner_id

        account_number = self.account_number

        posted = self.posted

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        due_dates: list[dict[str, Any]] | None | Unset
        if isinstance(self.due_dates, Unset):
            due_dates = UNSET
        elif isinstance(self.due_dates, list):
            due_dates = []
            for due_dates_type_0_item_data in self.due_dates:
                due_dates_type_0_item = due_dates_type_0_item_data.to_dict()
                due_dates.append(due_dates_type_0_item)

        else:
            due_dates = self.due_dates

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        matching_numbers: list[str] | None | Unset
        if isinstance(self.matching_numbers, Unset):
            matching_numbers = UNSET
        elif isinstance(self.matching_numbers, list):
            matching_numbers = self.matching_numbers

        else:
            matching_numbers = self.matching_numbers

        payment_communication: None | str | Unset
        if isinstance(self.payment_communication, Unset):
            payment_communication = UNSET
        else:
            payment_communication = self.payment_communication

        original_document: dict[str, Any] | None | Unset
        if isinstance(self.original_document, Unset):
            original_document = UNSET
        elif isinstance(self.original_document, OriginalOutstandingItem):
            original_document = self.original_document.to_dict()
        else:
            original_document = self.original_document

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "journal_id": journal_id,
                "journal_type": journal_type,
                "date": date,
                "currency": currency,
                "currency_exchange_rate": currency_exchange_rate,
                "amount": amount,
                "open_amount": open_amount,
                "partner_id": partner_id,
                "account_number": account_number,
                "posted": posted,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if due_dates is not UNSET:
            field_dict["due_dates"] = due_dates
        if reference is not UNSET:
            field_dict["reference"] = reference
        if matching_numbers is not UNSET:
            field_dict["matching_numbers"] = matching_numbers
        if payment_communication is not UNSET:
            field_dict["payment_communication"] = payment_communication
        if original_document is not UNSET:
            field_dict["original_document"] = original_document
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
        _lazy = not _m.strict and cls is OutstandingItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            journal_id = _src["journal_id"]
        except KeyError:
            journal_id = UNSET
        if journal_id.__class__ is not str:
            journal_id, _raw = _decoding.scalar(journal_id, "str", _path, "journal_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["journal_type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            journal_type, _raw = _decoding.missing(_path, "journal_type", "JournalType", _raw)
        else:
            try:
                journal_type = JournalType(_v)

            except Exception as _e:
                journal_type, _raw = _decoding.failed(_v, _e, _path, "journal_type", "JournalType", _raw)

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
            currency = _src["currency"]
        except KeyError:
            currency = UNSET
        if currency.__class__ is not str:
            currency, _raw = _decoding.scalar(currency, "str", _path, "currency", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency_exchange_rate = _src["currency_exchange_rate"]
        except KeyError:
            currency_exchange_rate = UNSET
        if currency_exchange_rate.__class__ is not float and currency_exchange_rate.__class__ is not int:
            currency_exchange_rate, _raw = _decoding.scalar(
                currency_exchange_rate, "float", _path, "currency_exchange_rate", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            amount = _src["amount"]
        except KeyError:
            amount = UNSET
        if amount.__class__ is not float and amount.__class__ is not int:
            amount, _raw = _decoding.scalar(amount, "float", _path, "amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            open_amount = _src["open_amount"]
        except KeyError:
            open_amount = UNSET
        if open_amount.__class__ is not float and open_amount.__class__ is not int:
            open_amount, _raw = _decoding.scalar(open_amount, "float", _path, "open_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            partner_id = _src["partner_id"]
        except KeyError:
            partner_id = UNSET
        if partner_id.__class__ is not str:
            partner_id, _raw = _decoding.scalar(partner_id, "str", _path, "partner_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            account_number = _src["account_number"]
        except KeyError:
            account_number = UNSET
        if account_number.__class__ is not str:
            account_number, _raw = _decoding.scalar(account_number, "str", _path, "account_number", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            posted = _src["posted"]
        except KeyError:
            posted = UNSET
        if posted.__class__ is not bool:
            posted, _raw = _decoding.scalar(posted, "bool", _path, "posted", _raw)

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
            _v = _src["due_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_due_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    due_date_type_0 = datetime.date.fromisoformat(data)

                    return due_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            due_date = _parse_due_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            due_date, _raw = _decoding.failed(_v, _e, _path, "due_date", "datetime.date | None", _raw)
        else:
            _decoding.leave(_t)
            if due_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                due_date, _raw = _decoding.failed(_v, None, _path, "due_date", "datetime.date | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["due_dates"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "due_dates", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            due_dates = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                due_dates = _v
                _pending |= 1
            else:
                due_dates = []
                _at = _path + "due_dates[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        due_dates.append(_OutstandingItemDueDatesOut_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, OutstandingItemDueDatesOut, _path, "due_dates", _raw
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
            _v = _src["matching_numbers"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_matching_numbers(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    matching_numbers_type_0 = cast(list[str], data)

                    return matching_numbers_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            matching_numbers = _parse_matching_numbers(_v)

        except Exception as _e:
            _decoding.leave(_t)
            matching_numbers, _raw = _decoding.failed(
                _v, _e, _path, "matching_numbers", "list[str] | None", _raw
            )
        else:
            _decoding.leave(_t)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payment_communication"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_payment_communication(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            payment_communication = _parse_payment_communication(_v)

        except Exception as _e:
            _decoding.leave(_t)
            payment_communication, _raw = _decoding.failed(
                _v, _e, _path, "payment_communication", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if payment_communication is _v and (_v.__class__ is list or _v.__class__ is dict):
                payment_communication, _raw = _decoding.failed(
                    _v, None, _path, "payment_communication", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["original_document"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                original_document = _v
                _pending |= 2
            else:
                original_document = _OriginalOutstandingItem_from_dict(_v, _path + "original_document.")
        elif _v is None:
            original_document = None
        elif _v is UNSET:
            original_document = UNSET
        else:
            original_document, _raw = _decoding.as_model(
                _v, OriginalOutstandingItem, _path, "original_document", _raw
            )

        if cls is OutstandingItem:
            _obj = _new(cls)
            _obj.id = id
            _obj.journal_id = journal_id
            _obj.journal_type = journal_type
            _obj.date = date
            _obj.currency = currency
            _obj.currency_exchange_rate = currency_exchange_rate
            _obj.amount = amount
            _obj.open_amount = open_amount
            _obj.partner_id = partner_id
            _obj.account_number = account_number
            _obj.posted = posted
            _obj.number = number
            _obj.due_date = due_date
            _set_due_dates(_obj, due_dates)
            _obj.reference = reference
            _obj.matching_numbers = matching_numbers
            _obj.payment_communication = payment_communication
            _set_original_document(_obj, original_document)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                journal_id,
                journal_type,
                date,
                currency,
                currency_exchange_rate,
                amount,
                open_amount,
                partner_id,
                account_number,
                posted,
                number,
                due_date,
                due_dates,
                reference,
                matching_numbers,
                payment_communication,
                original_document,
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


from ..models.original_outstanding_item import OriginalOutstandingItem
from ..models.outstanding_item_due_dates_out import OutstandingItemDueDatesOut

_OriginalOutstandingItem_from_dict = OriginalOutstandingItem.from_dict
_OutstandingItemDueDatesOut_from_dict = OutstandingItemDueDatesOut.from_dict

_set_due_dates = _decoding.lazy(
    OutstandingItem, "due_dates", "due_dates", 1, OutstandingItemDueDatesOut.from_dict, True
)
_set_original_document = _decoding.lazy(
    OutstandingItem, "original_document", "original_document", 2, OriginalOutstandingItem.from_dict, False
)
