from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_status import InvoiceStatus
from ..models.invoicing_invoice_type import InvoicingInvoiceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadDocumentItemOut")


@_attrs_define
class UploadDocumentItemOut:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        currency (None | str | Unset):
        invoice_type (InvoicingInvoiceType | None | Unset):
        status (InvoiceStatus | None | Unset):
        invoice_date (datetime.date | None | Unset):
        tax_amount (float | None | Unset):
        untaxed_amount (float | None | Unset):
        total (float | None | Unset):
        lines (list[InvoiceLineItem] | None | Unset):
        partner_id (None | str | Unset):
        invoice_number (None | str | Unset):
        due_date (datetime.date | None | Unset):
        reference (None | str | Unset):
        payment_communication (None | str | Unset):
        customer_memo (None | str | Unset):
        journal_ref (FieldRef | None | Unset):
        italian_specificities (ItalianSpecificitiesOutput | None | Unset):
        spanish_specificities (None | SpanishSpecificities | Unset):
        last_updated_on (datetime.datetime | None | Unset):
        outstanding_amount (float | None | Unset):
        last_payment_date (datetime.date | None | Unset):
        accounting_date (datetime.date | None | Unset):
        payment_method_id (None | str | Unset):
        currency_exchange_rate (float | None | Unset):  Default: 1.0.
    """

    id: str
    source_ref: Ref
    currency: None | str | Unset = UNSET
    invoice_type: InvoicingInvoiceType | None | Unset = UNSET
    status: InvoiceStatus | None | Unset = UNSET
    invoice_date: datetime.date | None | Unset = UNSET
    tax_amount: float | None | Unset = UNSET
    untaxed_amount: float | None | Unset = UNSET
    total: float | None | Unset = UNSET
    lines: list[InvoiceLineItem] | None | Unset = UNSET
    partner_id: None | str | Unset = UNSET
    invoice_number: None | str | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    reference: None | str | Unset = UNSET
    payment_communication: None | str | Unset = UNSET
    customer_memo: None | str | Unset = UNSET
    journal_ref: FieldRef | None | Unset = UNSET
    italian_specificities: ItalianSpecificitiesOutput | None | Unset = UNSET
    spanish_specificities: None | SpanishSpecificities | Unset = UNSET
    last_updated_on: datetime.datetime | None | Unset = UNSET
    outstanding_amount: float | None | Unset = UNSET
    last_payment_date: datetime.date | None | Unset = UNSET
    accounting_date: datetime.date | None | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    currency_exchange_rate: float | None | Unset = 1.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        invoice_type: None | str | Unset
        if isinstance(self.invoice_type, Unset):
            invoice_type = UNSET
        elif isinstance(self.invoice_type, InvoicingInvoiceType):
            invoice_type = self.invoice_type.value
        else:
            invoice_type = self.invoice_type

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, InvoiceStatus):
            status = self.status.value
        else:
            status = self.status

        invoice_date: None | str | Unset
        if isinstance(self.invoice_date, Unset):
            invoice_date = UNSET
        elif isinstance(self.invoice_date, datetime.date):
            invoice_date = self.invoice_date.isoformat()
        else:
            invoice_date = self.invoice_date

        tax_amount: float | None | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        untaxed_amount: float | None | Unset
        if isinstance(self.untaxed_amount, Unset):
            untaxed_amount = UNSET
        else:
            untaxed_amount = self.untaxed_amount

        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.lines, Unset):
            lines = UNSET
        elif isinstance(self.lines, list):
            lines = []
            for lines_type_0_item_data in self.lines:
                lines_type_0_item = lines_type_0_item_data.to_dict()
                lines.append(lines_type_0_item)

        else:
            lines = self.lines

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
        elif isinstance(self.italian_specificities, ItalianSpecificitiesOutput):
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

        last_updated_on: None | str | Unset
        if isinstance(self.last_updated_on, Unset):
            last_updated_on = UNSET
        elif isinstance(self.last_updated_on, datetime.datetime):
            last_updated_on = self.last_updated_on.isoformat()
        else:
            last_updated_on = self.last_updated_on

        outstanding_amount: float | None | Unset
        if isinstance(self.outstanding_amount, Unset):
            outstanding_amount = UNSET
        else:
            outstanding_amount = self.outstanding_amount

        last_payment_date: None | str | Unset
        if isinstance(self.last_payment_date, Unset):
            last_payment_date = UNSET
        elif isinstance(self.last_payment_date, datetime.date):
            last_payment_date = self.last_payment_date.isoformat()
        else:
            last_payment_date = self.last_payment_date

        accounting_date: None | str | Unset
        if isinstance(self.accounting_date, Unset):
            accounting_date = UNSET
        elif isinstance(self.accounting_date, datetime.date):
            accounting_date = self.accounting_date.isoformat()
        else:
            accounting_date = self.accounting_date

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        currency_exchange_rate: float | None | Unset
        if isinstance(self.currency_exchange_rate, Unset):
            currency_exchange_rate = UNSET
        else:
            currency_exchange_rate = self.currency_exchange_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if invoice_type is not UNSET:
            field_dict["invoice_type"] = invoice_type
        if status is not UNSET:
            field_dict["status"] = status
        if invoice_date is not UNSET:
            field_dict["invoice_date"] = invoice_date
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if untaxed_amount is not UNSET:
            field_dict["untaxed_amount"] = untaxed_amount
        if total is not UNSET:
            field_dict["total"] = total
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
        if last_updated_on is not UNSET:
            field_dict["last_updated_on"] = last_updated_on
        if outstanding_amount is not UNSET:
            field_dict["outstanding_amount"] = outstanding_amount
        if last_payment_date is not UNSET:
            field_dict["last_payment_date"] = last_payment_date
        if accounting_date is not UNSET:
            field_dict["accounting_date"] = accounting_date
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_invoice_type(data: object) -> InvoicingInvoiceType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                invoice_type_type_0 = InvoicingInvoiceType(data)

                return invoice_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicingInvoiceType | None | Unset, data)

        invoice_type = _parse_invoice_type(d.pop("invoice_type", UNSET))

        def _parse_status(data: object) -> InvoiceStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = InvoiceStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_invoice_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                invoice_date_type_0 = datetime.date.fromisoformat(data)

                return invoice_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        invoice_date = _parse_invoice_date(d.pop("invoice_date", UNSET))

        def _parse_tax_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_amount = _parse_tax_amount(d.pop("tax_amount", UNSET))

        def _parse_untaxed_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        untaxed_amount = _parse_untaxed_amount(d.pop("untaxed_amount", UNSET))

        def _parse_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_lines(data: object) -> list[InvoiceLineItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lines_type_0 = []
                _lines_type_0 = data
                for lines_type_0_item_data in _lines_type_0:
                    lines_type_0_item = InvoiceLineItem.from_dict(lines_type_0_item_data)

                    lines_type_0.append(lines_type_0_item)

                return lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceLineItem] | None | Unset, data)

        lines = _parse_lines(d.pop("lines", UNSET))

        def _parse_partner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))

        def _parse_invoice_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_number = _parse_invoice_number(d.pop("invoice_number", UNSET))

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

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_payment_communication(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_communication = _parse_payment_communication(d.pop("payment_communication", UNSET))

        def _parse_customer_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_memo = _parse_customer_memo(d.pop("customer_memo", UNSET))

        def _parse_journal_ref(data: object) -> FieldRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                journal_ref_type_0 = FieldRef.from_dict(data)

                return journal_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldRef | None | Unset, data)

        journal_ref = _parse_journal_ref(d.pop("journal_ref", UNSET))

        def _parse_italian_specificities(data: object) -> ItalianSpecificitiesOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                italian_specificities_type_0 = ItalianSpecificitiesOutput.from_dict(data)

                return italian_specificities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItalianSpecificitiesOutput | None | Unset, data)

        italian_specificities = _parse_italian_specificities(d.pop("italian_specificities", UNSET))

        def _parse_spanish_specificities(data: object) -> None | SpanishSpecificities | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                spanish_specificities_type_0 = SpanishSpecificities.from_dict(data)

                return spanish_specificities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SpanishSpecificities | Unset, data)

        spanish_specificities = _parse_spanish_specificities(d.pop("spanish_specificities", UNSET))

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

        last_updated_on = _parse_last_updated_on(d.pop("last_updated_on", UNSET))

        def _parse_outstanding_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        outstanding_amount = _parse_outstanding_amount(d.pop("outstanding_amount", UNSET))

        def _parse_last_payment_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_payment_date_type_0 = datetime.date.fromisoformat(data)

                return last_payment_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        last_payment_date = _parse_last_payment_date(d.pop("last_payment_date", UNSET))

        def _parse_accounting_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accounting_date_type_0 = datetime.date.fromisoformat(data)

                return accounting_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        accounting_date = _parse_accounting_date(d.pop("accounting_date", UNSET))

        def _parse_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_id = _parse_payment_method_id(d.pop("payment_method_id", UNSET))

        def _parse_currency_exchange_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        currency_exchange_rate = _parse_currency_exchange_rate(d.pop("currency_exchange_rate", UNSET))

        upload_document_item_out = cls(
            id=id,
            source_ref=source_ref,
            currency=currency,
            invoice_type=invoice_type,
            status=status,
            invoice_date=invoice_date,
            tax_amount=tax_amount,
            untaxed_amount=untaxed_amount,
            total=total,
            lines=lines,
            partner_id=partner_id,
            invoice_number=invoice_number,
            due_date=due_date,
            reference=reference,
            payment_communication=payment_communication,
            customer_memo=customer_memo,
            journal_ref=journal_ref,
            italian_specificities=italian_specificities,
            spanish_specificities=spanish_specificities,
            last_updated_on=last_updated_on,
            outstanding_amount=outstanding_amount,
            last_payment_date=last_payment_date,
            accounting_date=accounting_date,
            payment_method_id=payment_method_id,
            currency_exchange_rate=currency_exchange_rate,
        )

        upload_document_item_out.additional_properties = d
        return upload_document_item_out

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
from ..models.italian_specificities_output import ItalianSpecificitiesOutput
from ..models.ref import Ref
from ..models.spanish_specificities import SpanishSpecificities
