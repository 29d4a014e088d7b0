from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.invoice_status_in import InvoiceStatusIn
from ..models.invoice_type import InvoiceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceItemInMultiAnalyticPlans")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "invoice_type",
        "currency",
        "untaxed_amount",
        "tax_amount",
        "total",
        "invoice_date",
        "due_date",
        "lines",
        "invoice_number",
        "reference",
        "payment_communication",
        "customer_memo",
        "payment_term_id",
        "withholding_tax",
        "partner_id",
        "journal_id",
        "status",
        "pdf",
        "pdf_name",
        "currency_exchange_rate",
        "invoice_correction",
        "nl_payment_terms_split",
        "shipping_country",
        "partner_info",
        "start_date",
        "end_date",
        "payment_method_id",
        "delivery_date",
    }
)


@_attrs_define
class InvoiceItemInMultiAnalyticPlans:
    """
    Attributes:
        invoice_type (InvoiceType):
        currency (str):
        untaxed_amount (float):
        tax_amount (float):
        total (float):
        invoice_date (datetime.date):
        due_date (datetime.date):
        lines (list[InvoiceLineItemInMultiAnalyticPlans]):
        invoice_number (None | str | Unset):
        reference (None | str | Unset):
        payment_communication (None | str | Unset):
        customer_memo (None | str | Unset):
        payment_term_id (None | str | Unset):
        withholding_tax (None | Unset | WithholdingTax):
        partner_id (None | str | Unset):
        journal_id (None | str | Unset):
        status (InvoiceStatusIn | None | Unset):  Default: InvoiceStatusIn.POSTED.
        pdf (None | str | Unset):
        pdf_name (None | str | Unset):
        currency_exchange_rate (float | None | Unset):  Default: 1.0.
        invoice_correction (InvoiceCorrection | None | Unset):
        nl_payment_terms_split (NlPaymentTermsSplit | None | Unset):
        shipping_country (None | str | Unset):
        partner_info (AccountToCreate | None | Unset):
        start_date (datetime.date | None | Unset):
        end_date (datetime.date | None | Unset):
        payment_method_id (None | str | Unset):
        delivery_date (datetime.date | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    invoice_type: InvoiceType
    currency: str
    untaxed_amount: float
    tax_amount: float
    total: float
    invoice_date: datetime.date
    due_date: datetime.date
    lines: list[InvoiceLineItemInMultiAnalyticPlans]
    invoice_number: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    payment_communication: None | str | Unset = UNSET
    customer_memo: None | str | Unset = UNSET
    payment_term_id: None | str | Unset = UNSET
    withholding_tax: None | Unset | WithholdingTax = UNSET
    partner_id: None | str | Unset = UNSET
    journal_id: None | str | Unset = UNSET
    status: InvoiceStatusIn | None | Unset = InvoiceStatusIn.POSTED
    pdf: None | str | Unset = UNSET
    pdf_name: None | str | Unset = UNSET
    currency_exchange_rate: float | None | Unset = 1.0
    invoice_correction: InvoiceCorrection | None | Unset = UNSET
    nl_payment_terms_split: NlPaymentTermsSplit | None | Unset = UNSET
    shipping_country: None | str | Unset = UNSET
    partner_info: AccountToCreate | None | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    delivery_date: datetime.date | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.invoice_type is None or isinstance(self.invoice_type, Unset):
            invoice_type = self.invoice_type
        else:
            invoice_type = self.invoice_type.value

        currency = self.currency

        untaxed_amount = self.untaxed_amount

        tax_amount = self.tax_amount

        total = self.total

        if self.invoice_date is None or isinstance(self.invoice_date, Unset):
            invoice_date = self.invoice_date
        else:
            invoice_date = self.invoice_date.isoformat()

        if self.due_date is None or isinstance(self.due_date, Unset):
            due_date = self.due_date
        else:
            due_date = self.due_date.isoformat()

        if self.lines is None or isinstance(self.lines, Unset):
            lines = self.lines
        else:
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        invoice_number: None | str | Unset
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

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

        payment_term_id: None | str | Unset
        if isinstance(self.payment_term_id, Unset):
            payment_term_id = UNSET
        else:
            payment_term_id = self.payment_term_id

        withholding_tax: dict[str, Any] | None | Unset
        if isinstance(self.withholding_tax, Unset):
            withholding_tax = UNSET
        elif isinstance(self.withholding_tax, WithholdingTax):
            withholding_tax = self.withholding_tax.to_dict()
        else:
            withholding_tax = self.withholding_tax

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        journal_id: None | str | Unset
        if isinstance(self.journal_id, Unset):
            journal_id = UNSET
        else:
            journal_id = self.journal_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, InvoiceStatusIn):
            status = self.status.value
        else:
            status = self.status

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

        currency_exchange_rate: float | None | Unset
        if isinstance(self.currency_exchange_rate, Unset):
            currency_exchange_rate = UNSET
        else:
            currency_exchange_rate = self.currency_exchange_rate

        invoice_correction: dict[str, Any] | None | Unset
        if isinstance(self.invoice_correction, Unset):
            invoice_correction = UNSET
        elif isinstance(self.invoice_correction, InvoiceCorrection):
            invoice_correction = self.invoice_correction.to_dict()
        else:
            invoice_correction = self.invoice_correction

        nl_payment_terms_split: dict[str, Any] | None | Unset
        if isinstance(self.nl_payment_terms_split, Unset):
            nl_payment_terms_split = UNSET
        elif isinstance(self.nl_payment_terms_split, NlPaymentTermsSplit):
            nl_payment_terms_split = self.nl_payment_terms_split.to_dict()
        else:
            nl_payment_terms_split = self.nl_payment_terms_split

        shipping_country: None | str | Unset
        if isinstance(self.shipping_country, Unset):
            shipping_country = UNSET
        else:
            shipping_country = self.shipping_country

        partner_info: dict[str, Any] | None | Unset
        if isinstance(self.partner_info, Unset):
            partner_info = UNSET
        elif isinstance(self.partner_info, AccountToCreate):
            partner_info = self.partner_info.to_dict()
        else:
            partner_info = self.partner_info

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

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        elif isinstance(self.delivery_date, datetime.date):
            delivery_date = self.delivery_date.isoformat()
        else:
            delivery_date = self.delivery_date

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "invoice_type": invoice_type,
                "currency": currency,
                "untaxed_amount": untaxed_amount,
                "tax_amount": tax_amount,
                "total": total,
                "invoice_date": invoice_date,
                "due_date": due_date,
                "lines": lines,
            }
        )
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if reference is not UNSET:
            field_dict["reference"] = reference
        if payment_communication is not UNSET:
            field_dict["payment_communication"] = payment_communication
        if customer_memo is not UNSET:
            field_dict["customer_memo"] = customer_memo
        if payment_term_id is not UNSET:
            field_dict["payment_term_id"] = payment_term_id
        if withholding_tax is not UNSET:
            field_dict["withholding_tax"] = withholding_tax
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if journal_id is not UNSET:
            field_dict["journal_id"] = journal_id
        if status is not UNSET:
            field_dict["status"] = status
        if pdf is not UNSET:
            field_dict["pdf"] = pdf
        if pdf_name is not UNSET:
            field_dict["pdf_name"] = pdf_name
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate
        if invoice_correction is not UNSET:
            field_dict["invoice_correction"] = invoice_correction
        if nl_payment_terms_split is not UNSET:
            field_dict["nl_payment_terms_split"] = nl_payment_terms_split
        if shipping_country is not UNSET:
            field_dict["shipping_country"] = shipping_country
        if partner_info is not UNSET:
            field_dict["partner_info"] = partner_info
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date
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
        _lazy = not _m.strict and cls is InvoiceItemInMultiAnalyticPlans
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["invoice_type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            invoice_type, _raw = _decoding.missing(_path, "invoice_type", "InvoiceType", _raw)
        else:
            try:
                invoice_type = InvoiceType(_v)

            except Exception as _e:
                invoice_type, _raw = _decoding.failed(_v, _e, _path, "invoice_type", "InvoiceType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency = _src["currency"]
        except KeyError:
            currency = UNSET
        if currency.__class__ is not str:
            currency, _raw = _decoding.scalar(currency, "str", _path, "currency", _raw)

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
            total = _src["total"]
        except KeyError:
            total = UNSET
        if total.__class__ is not float and total.__class__ is not int:
            total, _raw = _decoding.scalar(total, "float", _path, "total", _raw)

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
            _v = _src["due_date"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                due_date = datetime.date.fromisoformat(_v)
            except ValueError:
                due_date, _raw = _decoding.as_datetime(_v, "date", _path, "due_date", _raw)
        else:
            due_date, _raw = _decoding.as_datetime(_v, "date", _path, "due_date", _raw)

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
                        lines.append(_InvoiceLineItemInMultiAnalyticPlans_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, InvoiceLineItemInMultiAnalyticPlans, _path, "lines", _raw
                        )

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
            _v = _src["payment_term_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_payment_term_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            payment_term_id = _parse_payment_term_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            payment_term_id, _raw = _decoding.failed(_v, _e, _path, "payment_term_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if payment_term_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                payment_term_id, _raw = _decoding.failed(
                    _v, None, _path, "payment_term_id", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["withholding_tax"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                withholding_tax = _v
                _pending |= 2
            else:
                withholding_tax = _WithholdingTax_from_dict(_v, _path + "withholding_tax.")
        elif _v is None:
            withholding_tax = None
        elif _v is UNSET:
            withholding_tax = UNSET
        else:
            withholding_tax, _raw = _decoding.as_model(_v, WithholdingTax, _path, "withholding_tax", _raw)

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
            _v = _src["journal_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_journal_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            journal_id = _parse_journal_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            journal_id, _raw = _decoding.failed(_v, _e, _path, "journal_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if journal_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                journal_id, _raw = _decoding.failed(_v, None, _path, "journal_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["status"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_status(data: object) -> InvoiceStatusIn | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = InvoiceStatusIn(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(InvoiceStatusIn | None | Unset, data)

            status = _parse_status(_v)

        except Exception as _e:
            _decoding.leave(_t)
            status, _raw = _decoding.failed(_v, _e, _path, "status", "InvoiceStatusIn | None", _raw)
        else:
            _decoding.leave(_t)
            if status is _v and (_v.__class__ is list or _v.__class__ is dict):
                status, _raw = _decoding.failed(_v, None, _path, "status", "InvoiceStatusIn | None", _raw)

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
            _v = _src["invoice_correction"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                invoice_correction = _v
                _pending |= 4
            else:
                invoice_correction = _InvoiceCorrection_from_dict(_v, _path + "invoice_correction.")
        elif _v is None:
            invoice_correction = None
        elif _v is UNSET:
            invoice_correction = UNSET
        else:
            invoice_correction, _raw = _decoding.as_model(
                _v, InvoiceCorrection, _path, "invoice_correction", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["nl_payment_terms_split"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                nl_payment_terms_split = _v
                _pending |= 8
            else:
                nl_payment_terms_split = _NlPaymentTermsSplit_from_dict(_v, _path + "nl_payment_terms_split.")
        elif _v is None:
            nl_payment_terms_split = None
        elif _v is UNSET:
            nl_payment_terms_split = UNSET
        else:
            nl_payment_terms_split, _raw = _decoding.as_model(
                _v, NlPaymentTermsSplit, _path, "nl_payment_terms_split", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["shipping_country"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_shipping_country(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            shipping_country = _parse_shipping_country(_v)

        except Exception as _e:
            _decoding.leave(_t)
            shipping_country, _raw = _decoding.failed(_v, _e, _path, "shipping_country", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if shipping_country is _v and (_v.__class__ is list or _v.__class__ is dict):
                shipping_country, _raw = _decoding.failed(
                    _v, None, _path, "shipping_country", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["partner_info"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                partner_info = _v
                _pending |= 16
            else:
                partner_info = _AccountToCreate_from_dict(_v, _path + "partner_info.")
        elif _v is None:
            partner_info = None
        elif _v is UNSET:
            partner_info = UNSET
        else:
            partner_info, _raw = _decoding.as_model(_v, AccountToCreate, _path, "partner_info", _raw)

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

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payment_method_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_payment_method_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            payment_method_id = _parse_payment_method_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            payment_method_id, _raw = _decoding.failed(_v, _e, _path, "payment_method_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if payment_method_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                payment_method_id, _raw = _decoding.failed(
                    _v, None, _path, "payment_method_id", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["delivery_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_delivery_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    delivery_date_type_0 = datetime.date.fromisoformat(data)

                    return delivery_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            delivery_date = _parse_delivery_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            delivery_date, _raw = _decoding.failed(
                _v, _e, _path, "delivery_date", "datetime.date | None", _raw
            )
        else:
            _decoding.leave(_t)
            if delivery_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                delivery_date, _raw = _decoding.failed(
                    _v, None, _path, "delivery_date", "datetime.date | None", _raw
                )

        if cls is InvoiceItemInMultiAnalyticPlans:
            _obj = _new(cls)
            _obj.invoice_type = invoice_type
            _obj.currency = currency
            _obj.untaxed_amount = untaxed_amount
            _obj.tax_amount = tax_amount
            _obj.total = total
            _obj.invoice_date = invoice_date
            _obj.due_date = due_date
            _set_lines(_obj, lines)
            _obj.invoice_number = invoice_number
            _obj.reference = reference
            _obj.payment_communication = payment_communication
            _obj.customer_memo = customer_memo
            _obj.payment_term_id = payment_term_id
            _set_withholding_tax(_obj, withholding_tax)
            _obj.partner_id = partner_id
            _obj.journal_id = journal_id
            _obj.status = status
            _obj.pdf = pdf
            _obj.pdf_name = pdf_name
            _obj.currency_exchange_rate = currency_exchange_rate
            _set_invoice_correction(_obj, invoice_correction)
            _set_nl_payment_terms_split(_obj, nl_payment_terms_split)
            _obj.shipping_country = shipping_country
            _set_partner_info(_obj, partner_info)
            _obj.start_date = start_date
            _obj.end_date = end_date
            _obj.payment_method_id = payment_method_id
            _obj.delivery_date = delivery_date
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                invoice_type,
                currency,
                untaxed_amount,
                tax_amount,
                total,
                invoice_date,
                due_date,
                lines,
                invoice_number,
                reference,
                payment_communication,
                customer_memo,
                payment_term_id,
                withholding_tax,
                partner_id,
                journal_id,
                status,
                pdf,
                pdf_name,
                currency_exchange_rate,
                invoice_correction,
                nl_payment_terms_split,
                shipping_country,
                partner_info,
                start_date,
                end_date,
                payment_method_id,
                delivery_date,
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


from ..models.account_to_create import AccountToCreate
from ..models.invoice_correction import InvoiceCorrection
from ..models.invoice_line_item_in_multi_analytic_plans import InvoiceLineItemInMultiAnalyticPlans
from ..models.nl_payment_terms_split import NlPaymentTermsSplit
from ..models.withholding_tax import WithholdingTax

_AccountToCreate_from_dict = AccountToCreate.from_dict
_InvoiceCorrection_from_dict = InvoiceCorrection.from_dict
_InvoiceLineItemInMultiAnalyticPlans_from_dict = InvoiceLineItemInMultiAnalyticPlans.from_dict
_NlPaymentTermsSplit_from_dict = NlPaymentTermsSplit.from_dict
_WithholdingTax_from_dict = WithholdingTax.from_dict

_set_lines = _decoding.lazy(
    InvoiceItemInMultiAnalyticPlans, "lines", "lines", 1, InvoiceLineItemInMultiAnalyticPlans.from_dict, True
)
_set_withholding_tax = _decoding.lazy(
    InvoiceItemInMultiAnalyticPlans, "withholding_tax", "withholding_tax", 2, WithholdingTax.from_dict, False
)
_set_invoice_correction = _decoding.lazy(
    InvoiceItemInMultiAnalyticPlans,
    "invoice_correction",
    "invoice_correction",
    4,
    InvoiceCorrection.from_dict,
    False,
)
_set_nl_payment_terms_split = _decoding.lazy(
    InvoiceItemInMultiAnalyticPlans,
    "nl_payment_terms_split",
    "nl_payment_terms_split",
    8,
    NlPaymentTermsSplit.from_dict,
    False,
)
_set_partner_info = _decoding.lazy(
    InvoiceItemInMultiAnalyticPlans, "partner_info", "partner_info", 16, AccountToCreate.from_dict, False
)
