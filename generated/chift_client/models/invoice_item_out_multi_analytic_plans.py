from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_approval_status import InvoiceApprovalStatus
from ..models.invoice_status_out import InvoiceStatusOut
from ..models.invoice_type import InvoiceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceItemOutMultiAnalyticPlans")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_type = self.invoice_type.value

        currency = self.currency

        untaxed_amount = self.untaxed_amount

        tax_amount = self.tax_amount

        total = self.total

        invoice_date = self.invoice_date.isoformat()

        due_date = self.due_date.isoformat()

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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        invoice_type = InvoiceType(d.pop("invoice_type"))

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        _v = d.pop("untaxed_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("untaxed_amount: expected float, got " + type(_v).__name__)
        untaxed_amount = _v

        _v = d.pop("tax_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_amount: expected float, got " + type(_v).__name__)
        tax_amount = _v

        _v = d.pop("total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total: expected float, got " + type(_v).__name__)
        total = _v

        invoice_date = datetime.date.fromisoformat(d.pop("invoice_date"))

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        _v = d.pop("lines", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("lines: expected list, got " + type(_v).__name__)
        lines = []
        _lines = _v
        for lines_item_data in _lines:
            lines_item = InvoiceLineItemOutMultiAnalyticPlans.from_dict(lines_item_data)

            lines.append(lines_item)

        def _parse_invoice_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_number = _parse_invoice_number(d.pop("invoice_number", UNSET))

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

        def _parse_payment_term_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_term_id = _parse_payment_term_id(d.pop("payment_term_id", UNSET))

        def _parse_withholding_tax(data: object) -> None | Unset | WithholdingTax:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                withholding_tax_type_0 = WithholdingTax.from_dict(data)

                return withholding_tax_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WithholdingTax, data)

        withholding_tax = _parse_withholding_tax(d.pop("withholding_tax", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

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

        delivery_date = _parse_delivery_date(d.pop("delivery_date", UNSET))

        def _parse_partner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))

        def _parse_journal_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        journal_id = _parse_journal_id(d.pop("journal_id", UNSET))

        def _parse_payments(data: object) -> list[Payment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payments_type_0 = []
                _payments_type_0 = data
                for payments_type_0_item_data in _payments_type_0:
                    payments_type_0_item = Payment.from_dict(payments_type_0_item_data)

                    payments_type_0.append(payments_type_0_item)

                return payments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Payment] | None | Unset, data)

        payments = _parse_payments(d.pop("payments", UNSET))

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

        status = _parse_status(d.pop("status", UNSET))

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

        def _parse_partner(data: object) -> None | Partner | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partner_type_0 = Partner.from_dict(data)

                return partner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Partner | Unset, data)

        partner = _parse_partner(d.pop("partner", UNSET))

        def _parse_due_dates(data: object) -> list[InvoiceItemDueDatesOut] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                due_dates_type_0 = []
                _due_dates_type_0 = data
                for due_dates_type_0_item_data in _due_dates_type_0:
                    due_dates_type_0_item = InvoiceItemDueDatesOut.from_dict(due_dates_type_0_item_data)

                    due_dates_type_0.append(due_dates_type_0_item)

                return due_dates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceItemDueDatesOut] | None | Unset, data)

        due_dates = _parse_due_dates(d.pop("due_dates", UNSET))

        _attachments_info = d.pop("attachments_info", UNSET)
        attachments_info: ItemAttachmentInfoOut | Unset
        if isinstance(_attachments_info, Unset):
            attachments_info = UNSET
        else:
            attachments_info = ItemAttachmentInfoOut.from_dict(_attachments_info)

        def _parse_accounting_info(data: object) -> AccountingInfoOut | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                accounting_info_type_0 = AccountingInfoOut.from_dict(data)

                return accounting_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingInfoOut | None | Unset, data)

        accounting_info = _parse_accounting_info(d.pop("accounting_info", UNSET))

        def _parse_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_id = _parse_payment_method_id(d.pop("payment_method_id", UNSET))

        _approval_status = d.pop("approval_status", UNSET)
        approval_status: InvoiceApprovalStatus | Unset
        if isinstance(_approval_status, Unset):
            approval_status = UNSET
        else:
            approval_status = InvoiceApprovalStatus(_approval_status)

        invoice_item_out_multi_analytic_plans = cls(
            invoice_type=invoice_type,
            currency=currency,
            untaxed_amount=untaxed_amount,
            tax_amount=tax_amount,
            total=total,
            invoice_date=invoice_date,
            due_date=due_date,
            lines=lines,
            invoice_number=invoice_number,
            reference=reference,
            payment_communication=payment_communication,
            customer_memo=customer_memo,
            payment_term_id=payment_term_id,
            withholding_tax=withholding_tax,
            id=id,
            delivery_date=delivery_date,
            partner_id=partner_id,
            journal_id=journal_id,
            payments=payments,
            status=status,
            last_updated_on=last_updated_on,
            partner=partner,
            due_dates=due_dates,
            attachments_info=attachments_info,
            accounting_info=accounting_info,
            payment_method_id=payment_method_id,
            approval_status=approval_status,
        )

        invoice_item_out_multi_analytic_plans.additional_properties = d
        return invoice_item_out_multi_analytic_plans

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
