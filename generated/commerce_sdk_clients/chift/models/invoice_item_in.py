from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.invoice_status import InvoiceStatus
from ..models.invoicing_create_invoice_type import InvoicingCreateInvoiceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceItemIn")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "currency",
        "invoice_type",
        "status",
        "invoice_date",
        "tax_amount",
        "untaxed_amount",
        "total",
        "lines",
        "partner_id",
        "invoice_number",
        "due_date",
        "reference",
        "payment_communication",
        "customer_memo",
        "journal_ref",
        "italian_specificities",
        "spanish_specificities",
    }
)


@_attrs_define
class InvoiceItemIn:
    """
    Attributes:
        currency (str):
        invoice_type (InvoicingCreateInvoiceType):
        status (InvoiceStatus):
        invoice_date (datetime.date):
        tax_amount (float):
        untaxed_amount (float):
        total (float):
        lines (list[InvoiceLineItem] | Unset):
        partner_id (None | str | Unset):
        invoice_number (None | str | Unset):
        due_date (datetime.date | None | Unset):
        reference (None | str | Unset):
        payment_communication (None | str | Unset):
        customer_memo (None | str | Unset):
        journal_ref (FieldRef | None | Unset):
        italian_specificities (ItalianSpecificitiesInput | None | Unset):
        spanish_specificities (None | SpanishSpecificities | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    currency: str
    invoice_type: InvoicingCreateInvoiceType
    status: InvoiceStatus
    invoice_date: datetime.date
    tax_amount: float
    untaxed_amount: float
    total: float
    lines: list[InvoiceLineItem] | Unset = UNSET
    partner_id: None | str | Unset = UNSET
    invoice_number: None | str | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    reference: None | str | Unset = UNSET
    payment_communication: None | str | Unset = UNSET
    customer_memo: None | str | Unset = UNSET
    journal_ref: FieldRef | None | Unset = UNSET
    italian_specificities: ItalianSpecificitiesInput | None | Unset = UNSET
    spanish_specificities: None | SpanishSpecificities | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        if self.invoice_type is None or isinstance(self.invoice_type, Unset):
            invoice_type = self.invoice_type
        else:
            invoice_type = self.invoice_type.value

        if self.status is None or isinstance(self.status, Unset):
            status = self.status
        else:
            status = self.status.value

        if self.invoice_date is None or isinstance(self.invoice_date, Unset):
            invoice_date = self.invoice_date
        else:
            invoice_date = self.invoice_date.isoformat()

        tax_amount = self.tax_amount

        untaxed_amount = self.untaxed_amount

        total = self.total

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        invoice_number: None | str | Unset
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        payment_communication: None | str | Unset
        if isinstance(self.payment_communication, Unset):
            payment_communication = UNSET
        else:
            payment_communication = self.payment_communication

        customer_memo: None | str | Unset
        if isinstance(self.customer_memo, Unset):
            customer_memo = UNSET
        else:
            customer_memo = self.customer_memo

        journal_ref: dict[str, Any] | None | Unset
        if isinstance(self.journal_ref, Unset):
            journal_ref = UNSET
        elif isinstance(self.journal_ref, FieldRef):
            journal_ref = self.journal_ref.to_dict()
        else:
            journal_ref = self.journal_ref

        italian_specificities: dict[str, Any] | None | Unset
        if isinstance(self.italian_specificities, Unset):
            italian_specificities = UNSET
        elif isinstance(self.italian_specificities, ItalianSpecificitiesInput):
            italian_specificities = self.italian_specificities.to_dict()
        else:
            italian_specificities = self.italian_specificities

        spanish_specificities: dict[str, Any] | None | Unset
        if isinstance(self.spanish_specificities, Unset):
            spanish_specificities = UNSET
        elif isinstance(self.spanish_specificities, SpanishSpecificities):
            spanish_specificities = self.spanish_specificities.to_dict()
        else:
            spanish_specificities = self.spanish_specificities

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "invoice_type": invoice_type,
                "status": status,
                "invoice_date": invoice_date,
                "tax_amount": tax_amount,
                "untaxed_amount": untaxed_amount,
                "total": total,
            }
        )
        if lines is not UNSET:
            field_dict["lines"] = lines
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if reference is not UNSET:
            field_dict["reference"] = reference
        if payment_communication is not UNSET:
            field_dict["payment_communication"] = payment_communication
        if customer_memo is not UNSET:
            field_dict["customer_memo"] = customer_memo
        if journal_ref is not UNSET:
            field_dict["journal_ref"] = journal_ref
        if italian_specificities is not UNSET:
            field_dict["italian_specificities"] = italian_specificities
        if spanish_specificities is not UNSET:
            field_dict["spanish_specificities"] = spanish_specificities
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
        _lazy = not _m.strict and cls is InvoiceItemIn
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency = _src["currency"]
        except KeyError:
            currency = UNSET
        if currency.__class__ is not str:
            currency, _raw = _decoding.scalar(currency, "str", _path, "currency", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["invoice_type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            invoice_type, _raw = _decoding.missing(_path, "invoice_type", "InvoicingCreateInvoiceType", _raw)
        else:
            try:
                invoice_type = InvoicingCreateInvoiceType(_v)

            except Exception as _e:
                invoice_type, _raw = _decoding.failed(
                    _v, _e, _path, "invoice_type", "InvoicingCreateInvoiceType", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["status"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            status, _raw = _decoding.missing(_path, "status", "InvoiceStatus", _raw)
        else:
            try:
                status = InvoiceStatus(_v)

            except Exception as _e:
                status, _raw = _decoding.failed(_v, _e, _path, "status", "InvoiceStatus", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["invoice_date"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                invoice_date = datetime.date.fromisoformat(_v)
            except ValueError:
                invoice_date, _raw = _decoding.as_datetime(_v, "date", _path, "invoice_date", _raw)
        else:
            invoice_date, _raw = _decoding.as_datetime(_v, "date", _path, "invoice_date", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_amount = _src["tax_amount"]
        except KeyError:
            tax_amount = UNSET
        if tax_amount.__class__ is not float and tax_amount.__class__ is not int:
            tax_amount, _raw = _decoding.scalar(tax_amount, "float", _path, "tax_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            untaxed_amount = _src["untaxed_amount"]
        except KeyError:
            untaxed_amount = UNSET
        if untaxed_amount.__class__ is not float and untaxed_amount.__class__ is not int:
            untaxed_amount, _raw = _decoding.scalar(untaxed_amount, "float", _path, "untaxed_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total = _src["total"]
        except KeyError:
            total = UNSET
        if total.__class__ is not float and total.__class__ is not int:
            total, _raw = _decoding.scalar(total, "float", _path, "total", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["lines"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
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
                        lines.append(_InvoiceLineItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, InvoiceLineItem, _path, "lines", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["partner_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_partner_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            partner_id = _parse_partner_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            partner_id, _raw = _decoding.failed(_v, _e, _path, "partner_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if partner_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                partner_id, _raw = _decoding.failed(_v, None, _path, "partner_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["invoice_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_invoice_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            invoice_number = _parse_invoice_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            invoice_number, _raw = _decoding.failed(_v, _e, _path, "invoice_number", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if invoice_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                invoice_number, _raw = _decoding.failed(_v, None, _path, "invoice_number", "None | str", _raw)

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
            _v = _src["customer_memo"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_customer_memo(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            customer_memo = _parse_customer_memo(_v)

        except Exception as _e:
            _decoding.leave(_t)
            customer_memo, _raw = _decoding.failed(_v, _e, _path, "customer_memo", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if customer_memo is _v and (_v.__class__ is list or _v.__class__ is dict):
                customer_memo, _raw = _decoding.failed(_v, None, _path, "customer_memo", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["journal_ref"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                journal_ref = _v
                _pending |= 2
            else:
                journal_ref = _FieldRef_from_dict(_v, _path + "journal_ref.")
        elif _v is None:
            journal_ref = None
        elif _v is UNSET:
            journal_ref = UNSET
        else:
            journal_ref, _raw = _decoding.as_model(_v, FieldRef, _path, "journal_ref", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["italian_specificities"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                italian_specificities = _v
                _pending |= 4
            else:
                italian_specificities = _ItalianSpecificitiesInput_from_dict(
                    _v, _path + "italian_specificities."
                )
        elif _v is None:
            italian_specificities = None
        elif _v is UNSET:
            italian_specificities = UNSET
        else:
            italian_specificities, _raw = _decoding.as_model(
                _v, ItalianSpecificitiesInput, _path, "italian_specificities", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["spanish_specificities"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                spanish_specificities = _v
                _pending |= 8
            else:
                spanish_specificities = _SpanishSpecificities_from_dict(_v, _path + "spanish_specificities.")
        elif _v is None:
            spanish_specificities = None
        elif _v is UNSET:
            spanish_specificities = UNSET
        else:
            spanish_specificities, _raw = _decoding.as_model(
                _v, SpanishSpecificities, _path, "spanish_specificities", _raw
            )

        if cls is InvoiceItemIn:
            _obj = _new(cls)
            _obj.currency = currency
            _obj.invoice_type = invoice_type
            _obj.status = status
            _obj.invoice_date = invoice_date
            _obj.tax_amount = tax_amount
            _obj.untaxed_amount = untaxed_amount
            _obj.total = total
            _set_lines(_obj, lines)
            _obj.partner_id = partner_id
            _obj.invoice_number = invoice_number
            _obj.due_date = due_date
            _obj.reference = reference
            _obj.payment_communication = payment_communication
            _obj.customer_memo = customer_memo
            _set_journal_ref(_obj, journal_ref)
            _set_italian_specificities(_obj, italian_specificities)
            _set_spanish_specificities(_obj, spanish_specificities)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                currency,
                invoice_type,
                status,
                invoice_date,
                tax_amount,
                untaxed_amount,
                total,
                lines,
                partner_id,
                invoice_number,
                due_date,
                reference,
                payment_communication,
                customer_memo,
                journal_ref,
                italian_specificities,
                spanish_specificities,
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


from ..models.field_ref import FieldRef
from ..models.invoice_line_item import InvoiceLineItem
from ..models.italian_specificities_input import ItalianSpecificitiesInput
from ..models.spanish_specificities import SpanishSpecificities

_FieldRef_from_dict = FieldRef.from_dict
_InvoiceLineItem_from_dict = InvoiceLineItem.from_dict
_ItalianSpecificitiesInput_from_dict = ItalianSpecificitiesInput.from_dict
_SpanishSpecificities_from_dict = SpanishSpecificities.from_dict

_set_lines = _decoding.lazy(InvoiceItemIn, "lines", "lines", 1, InvoiceLineItem.from_dict, True)
_set_journal_ref = _decoding.lazy(InvoiceItemIn, "journal_ref", "journal_ref", 2, FieldRef.from_dict, False)
_set_italian_specificities = _decoding.lazy(
    InvoiceItemIn,
    "italian_specificities",
    "italian_specificities",
    4,
    ItalianSpecificitiesInput.from_dict,
    False,
)
_set_spanish_specificities = _decoding.lazy(
    InvoiceItemIn, "spanish_specificities", "spanish_specificities", 8, SpanishSpecificities.from_dict, False
)
