from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.invoice_approval_status import InvoiceApprovalStatus
from ..models.invoice_status_out import InvoiceStatusOut
from ..models.invoice_type import InvoiceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceItemOutMultiAnalyticPlans")
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
        "id",
        "delivery_date",
        "partner_id",
        "journal_id",
        "payments",
        "status",
        "last_updated_on",
        "partner",
        "due_dates",
        "attachments_info",
        "accounting_info",
        "payment_method_id",
        "approval_status",
    }
)


@_attrs_define
class InvoiceItemOutMultiAnalyticPlans:
    """
    Attributes:
        invoice_type (InvoiceType):
        currency (str):
        untaxed_amount (float):
        tax_amount (float):
        total (float):
        invoice_date (datetime.date):
        due_date (datetime.date):
        lines (list[InvoiceLineItemOutMultiAnalyticPlans]):
        invoice_number (None | str | Unset):
        reference (None | str | Unset):
        payment_communication (None | str | Unset):
        customer_memo (None | str | Unset):
        payment_term_id (None | str | Unset):
        withholding_tax (None | Unset | WithholdingTax):
        id (None | str | Unset):
        delivery_date (datetime.date | None | Unset):
        partner_id (None | str | Unset):
        journal_id (None | str | Unset):
        payments (list[Payment] | None | Unset):
        status (InvoiceStatusOut | None | Unset):  Default: InvoiceStatusOut.POSTED.
        last_updated_on (datetime.datetime | None | Unset):
        partner (None | Partner | Unset):
        due_dates (list[InvoiceItemDueDatesOut] | None | Unset):
        attachments_info (ItemAttachmentInfoOut | Unset):
        accounting_info (AccountingInfoOut | None | Unset):
        payment_method_id (None | str | Unset):
        approval_status (InvoiceApprovalStatus | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    invoice_type: InvoiceType
    currency: str
    untaxed_amount: float
    tax_amount: float
    total: float
    invoice_date: datetime.date
    due_date: datetime.date
    lines: list[InvoiceLineItemOutMultiAnalyticPlans]
    invoice_number: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    payment_communication: None | str | Unset = UNSET
    customer_memo: None | str | Unset = UNSET
    payment_term_id: None | str | Unset = UNSET
    withholding_tax: None | Unset | WithholdingTax = UNSET
    id: None | str | Unset = UNSET
    delivery_date: datetime.date | None | Unset = UNSET
    partner_id: None | str | Unset = UNSET
    journal_id: None | str | Unset = UNSET
    payments: list[Payment] | None | Unset = UNSET
    status: InvoiceStatusOut | None | Unset = InvoiceStatusOut.POSTED
    last_updated_on: datetime.datetime | None | Unset = UNSET
    partner: None | Partner | Unset = UNSET
    due_dates: list[InvoiceItemDueDatesOut] | None | Unset = UNSET
    attachments_info: ItemAttachmentInfoOut | Unset = UNSET
    accounting_info: AccountingInfoOut | None | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    approval_status: InvoiceApprovalStatus | Unset = UNSET
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

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        elif isinstance(self.delivery_date, datetime.date):
            delivery_date = self.delivery_date.isoformat()
        else:
            delivery_date = self.delivery_date

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

        payments: list[dict[str, Any]] | None | Unset
        if isinstance(self.payments, Unset):
            payments = UNSET
        elif isinstance(self.payments, list):
            payments = []
            for payments_type_0_item_data in self.payments:
                payments_type_0_item = payments_type_0_item_data.to_dict()
                payments.append(payments_type_0_item)

        else:
            payments = self.payments

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, InvoiceStatusOut):
            status = self.status.value
        else:
            status = self.status

        last_updated_on: None | str | Unset
        if isinstance(self.last_updated_on, Unset):
            last_updated_on = UNSET
        elif isinstance(self.last_updated_on, datetime.datetime):
            last_updated_on = self.last_updated_on.isoformat()
        else:
            last_updated_on = self.last_updated_on

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, Partner):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

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

        attachments_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments_info, Unset):
            attachments_info = self.attachments_info.to_dict()

        accounting_info: dict[str, Any] | None | Unset
        if isinstance(self.accounting_info, Unset):
            accounting_info = UNSET
        elif isinstance(self.accounting_info, AccountingInfoOut):
            accounting_info = self.accounting_info.to_dict()
        else:
            accounting_info = self.accounting_info

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        approval_status: str | Unset = UNSET
        if not isinstance(self.approval_status, Unset):
            approval_status = self.approval_status.value

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
        if id is not UNSET:
            field_dict["id"] = id
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if journal_id is not UNSET:
            field_dict["journal_id"] = journal_id
        if payments is not UNSET:
            field_dict["payments"] = payments
        if status is not UNSET:
            field_dict["status"] = status
        if last_updated_on is not UNSET:
            field_dict["last_updated_on"] = last_updated_on
        if partner is not UNSET:
            field_dict["partner"] = partner
        if due_dates is not UNSET:
            field_dict["due_dates"] = due_dates
        if attachments_info is not UNSET:
            field_dict["attachments_info"] = attachments_info
        if accounting_info is not UNSET:
            field_dict["accounting_info"] = accounting_info
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if approval_status is not UNSET:
            field_dict["approval_status"] = approval_status
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
        _lazy = not _m.strict and cls is InvoiceItemOutMultiAnalyticPlans
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
                        lines.append(_InvoiceLineItemOutMultiAnalyticPlans_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, InvoiceLineItemOutMultiAnalyticPlans, _path, "lines", _raw
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
            _v = _src["id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            id = _parse_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            id, _raw = _decoding.failed(_v, _e, _path, "id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if id is _v and (_v.__class__ is list or _v.__class__ is dict):
                id, _raw = _decoding.failed(_v, None, _path, "id", "None | str", _raw)

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
            _v = _src["payments"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "payments", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            payments = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                payments = _v
                _pending |= 4
            else:
                payments = []
                _at = _path + "payments[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        payments.append(_Payment_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, Payment, _path, "payments", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["status"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_status(data: object) -> InvoiceStatusOut | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = InvoiceStatusOut(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(InvoiceStatusOut | None | Unset, data)

            status = _parse_status(_v)

        except Exception as _e:
            _decoding.leave(_t)
            status, _raw = _decoding.failed(_v, _e, _path, "status", "InvoiceStatusOut | None", _raw)
        else:
            _decoding.leave(_t)
            if status is _v and (_v.__class__ is list or _v.__class__ is dict):
                status, _raw = _decoding.failed(_v, None, _path, "status", "InvoiceStatusOut | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["last_updated_on"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_last_updated_on(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_updated_on_type_0 = datetime.datetime.fromisoformat(data)

                    return last_updated_on_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            last_updated_on = _parse_last_updated_on(_v)

        except Exception as _e:
            _decoding.leave(_t)
            last_updated_on, _raw = _decoding.failed(
                _v, _e, _path, "last_updated_on", "datetime.datetime | None", _raw
            )
        else:
            _decoding.leave(_t)
            if last_updated_on is _v and (_v.__class__ is list or _v.__class__ is dict):
                last_updated_on, _raw = _decoding.failed(
                    _v, None, _path, "last_updated_on", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["partner"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                partner = _v
                _pending |= 8
            else:
                partner = _Partner_from_dict(_v, _path + "partner.")
        elif _v is None:
            partner = None
        elif _v is UNSET:
            partner = UNSET
        else:
            partner, _raw = _decoding.as_model(_v, Partner, _path, "partner", _raw)

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
                _pending |= 16
            else:
                due_dates = []
                _at = _path + "due_dates[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        due_dates.append(_InvoiceItemDueDatesOut_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, InvoiceItemDueDatesOut, _path, "due_dates", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["attachments_info"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                attachments_info = _v
                _pending |= 32
            else:
                attachments_info = _ItemAttachmentInfoOut_from_dict(_v, _path + "attachments_info.")
        elif _v is UNSET:
            attachments_info = UNSET
        else:
            attachments_info, _raw = _decoding.as_model(
                _v, ItemAttachmentInfoOut, _path, "attachments_info", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["accounting_info"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                accounting_info = _v
                _pending |= 64
            else:
                accounting_info = _AccountingInfoOut_from_dict(_v, _path + "accounting_info.")
        elif _v is None:
            accounting_info = None
        elif _v is UNSET:
            accounting_info = UNSET
        else:
            accounting_info, _raw = _decoding.as_model(_v, AccountingInfoOut, _path, "accounting_info", _raw)

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
            _v = _src["approval_status"]
        except KeyError:
            _v = UNSET
        try:
            _approval_status = _v
            approval_status: InvoiceApprovalStatus | Unset
            if isinstance(_approval_status, Unset):
                approval_status = UNSET
            else:
                approval_status = InvoiceApprovalStatus(_approval_status)

        except Exception as _e:
            approval_status, _raw = _decoding.failed(
                _v, _e, _path, "approval_status", "InvoiceApprovalStatus", _raw
            )

        if cls is InvoiceItemOutMultiAnalyticPlans:
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
            _obj.id = id
            _obj.delivery_date = delivery_date
            _obj.partner_id = partner_id
            _obj.journal_id = journal_id
            _set_payments(_obj, payments)
            _obj.status = status
            _obj.last_updated_on = last_updated_on
            _set_partner(_obj, partner)
            _set_due_dates(_obj, due_dates)
            _set_attachments_info(_obj, attachments_info)
            _set_accounting_info(_obj, accounting_info)
            _obj.payment_method_id = payment_method_id
            _obj.approval_status = approval_status
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
                id,
                delivery_date,
                partner_id,
                journal_id,
                payments,
                status,
                last_updated_on,
                partner,
                due_dates,
                attachments_info,
                accounting_info,
                payment_method_id,
                approval_status,
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


from ..models.accounting_info_out import AccountingInfoOut
from ..models.invoice_item_due_dates_out import InvoiceItemDueDatesOut
from ..models.invoice_line_item_out_multi_analytic_plans import InvoiceLineItemOutMultiAnalyticPlans
from ..models.item_attachment_info_out import ItemAttachmentInfoOut
from ..models.partner import Partner
from ..models.payment import Payment
from ..models.withholding_tax import WithholdingTax

_AccountingInfoOut_from_dict = AccountingInfoOut.from_dict
_InvoiceItemDueDatesOut_from_dict = InvoiceItemDueDatesOut.from_dict
_InvoiceLineItemOutMultiAnalyticPlans_from_dict = InvoiceLineItemOutMultiAnalyticPlans.from_dict
_ItemAttachmentInfoOut_from_dict = ItemAttachmentInfoOut.from_dict
_Partner_from_dict = Partner.from_dict
_Payment_from_dict = Payment.from_dict
_WithholdingTax_from_dict = WithholdingTax.from_dict

_set_lines = _decoding.lazy(
    InvoiceItemOutMultiAnalyticPlans,
    "lines",
    "lines",
    1,
    InvoiceLineItemOutMultiAnalyticPlans.from_dict,
    True,
)
_set_withholding_tax = _decoding.lazy(
    InvoiceItemOutMultiAnalyticPlans, "withholding_tax", "withholding_tax", 2, WithholdingTax.from_dict, False
)
_set_payments = _decoding.lazy(
    InvoiceItemOutMultiAnalyticPlans, "payments", "payments", 4, Payment.from_dict, True
)
_set_partner = _decoding.lazy(
    InvoiceItemOutMultiAnalyticPlans, "partner", "partner", 8, Partner.from_dict, False
)
_set_due_dates = _decoding.lazy(
    InvoiceItemOutMultiAnalyticPlans, "due_dates", "due_dates", 16, InvoiceItemDueDatesOut.from_dict, True
)
_set_attachments_info = _decoding.lazy(
    InvoiceItemOutMultiAnalyticPlans,
    "attachments_info",
    "attachments_info",
    32,
    ItemAttachmentInfoOut.from_dict,
    False,
)
_set_accounting_info = _decoding.lazy(
    InvoiceItemOutMultiAnalyticPlans,
    "accounting_info",
    "accounting_info",
    64,
    AccountingInfoOut.from_dict,
    False,
)
