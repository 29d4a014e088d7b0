from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_status_in import InvoiceStatusIn
from ..models.invoice_type import InvoiceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceItemInMultiAnalyticPlans")


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
            lines_item = InvoiceLineItemInMultiAnalyticPlans.from_dict(lines_item_data)

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

        status = _parse_status(d.pop("status", UNSET))

        def _parse_pdf(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pdf = _parse_pdf(d.pop("pdf", UNSET))

        def _parse_pdf_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pdf_name = _parse_pdf_name(d.pop("pdf_name", UNSET))

        def _parse_currency_exchange_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        currency_exchange_rate = _parse_currency_exchange_rate(d.pop("currency_exchange_rate", UNSET))

        def _parse_invoice_correction(data: object) -> InvoiceCorrection | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invoice_correction_type_0 = InvoiceCorrection.from_dict(data)

                return invoice_correction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceCorrection | None | Unset, data)

        invoice_correction = _parse_invoice_correction(d.pop("invoice_correction", UNSET))

        def _parse_nl_payment_terms_split(data: object) -> NlPaymentTermsSplit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                nl_payment_terms_split_type_0 = NlPaymentTermsSplit.from_dict(data)

                return nl_payment_terms_split_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NlPaymentTermsSplit | None | Unset, data)

        nl_payment_terms_split = _parse_nl_payment_terms_split(d.pop("nl_payment_terms_split", UNSET))

        def _parse_shipping_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_country = _parse_shipping_country(d.pop("shipping_country", UNSET))

        def _parse_partner_info(data: object) -> AccountToCreate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partner_info_type_0 = AccountToCreate.from_dict(data)

                return partner_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountToCreate | None | Unset, data)

        partner_info = _parse_partner_info(d.pop("partner_info", UNSET))

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

        start_date = _parse_start_date(d.pop("start_date", UNSET))

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

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_id = _parse_payment_method_id(d.pop("payment_method_id", UNSET))

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

        invoice_item_in_multi_analytic_plans = cls(
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
            partner_id=partner_id,
            journal_id=journal_id,
            status=status,
            pdf=pdf,
            pdf_name=pdf_name,
            currency_exchange_rate=currency_exchange_rate,
            invoice_correction=invoice_correction,
            nl_payment_terms_split=nl_payment_terms_split,
            shipping_country=shipping_country,
            partner_info=partner_info,
            start_date=start_date,
            end_date=end_date,
            payment_method_id=payment_method_id,
            delivery_date=delivery_date,
        )

        invoice_item_in_multi_analytic_plans.additional_properties = d
        return invoice_item_in_multi_analytic_plans

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
