from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItalianSpecificitiesOutput")


@_attrs_define
class ItalianSpecificitiesOutput:
    """
    Attributes:
        stamp_duty_amount (float | None | Unset):
        withholding_tax (InvoicingWithholdingTax | None | Unset):
        welfare_fund (None | Unset | WelfareFund):
        payment_reporting (None | PaymentReporting | Unset):
    """

    stamp_duty_amount: float | None | Unset = UNSET
    withholding_tax: InvoicingWithholdingTax | None | Unset = UNSET
    welfare_fund: None | Unset | WelfareFund = UNSET
    payment_reporting: None | PaymentReporting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stamp_duty_amount: float | None | Unset
        if isinstance(self.stamp_duty_amount, Unset):
            stamp_duty_amount = UNSET
        else:
            stamp_duty_amount = self.stamp_duty_amount

        withholding_tax: dict[str, Any] | None | Unset
        if isinstance(self.withholding_tax, Unset):
            withholding_tax = UNSET
        elif isinstance(self.withholding_tax, InvoicingWithholdingTax):
            withholding_tax = self.withholding_tax.to_dict()
        else:
            withholding_tax = self.withholding_tax

        welfare_fund: dict[str, Any] | None | Unset
        if isinstance(self.welfare_fund, Unset):
            welfare_fund = UNSET
        elif isinstance(self.welfare_fund, WelfareFund):
            welfare_fund = self.welfare_fund.to_dict()
        else:
            welfare_fund = self.welfare_fund

        payment_reporting: dict[str, Any] | None | Unset
        if isinstance(self.payment_reporting, Unset):
            payment_reporting = UNSET
        elif isinstance(self.payment_reporting, PaymentReporting):
            payment_reporting = self.payment_reporting.to_dict()
        else:
            payment_reporting = self.payment_reporting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stamp_duty_amount is not UNSET:
            field_dict["stamp_duty_amount"] = stamp_duty_amount
        if withholding_tax is not UNSET:
            field_dict["withholding_tax"] = withholding_tax
        if welfare_fund is not UNSET:
            field_dict["welfare_fund"] = welfare_fund
        if payment_reporting is not UNSET:
            field_dict["payment_reporting"] = payment_reporting

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_stamp_duty_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stamp_duty_amount = _parse_stamp_duty_amount(d.pop("stamp_duty_amount", UNSET))

        def _parse_withholding_tax(data: object) -> InvoicingWithholdingTax | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                withholding_tax_type_0 = InvoicingWithholdingTax.from_dict(data)

                return withholding_tax_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicingWithholdingTax | None | Unset, data)

        withholding_tax = _parse_withholding_tax(d.pop("withholding_tax", UNSET))

        def _parse_welfare_fund(data: object) -> None | Unset | WelfareFund:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                welfare_fund_type_0 = WelfareFund.from_dict(data)

                return welfare_fund_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WelfareFund, data)

        welfare_fund = _parse_welfare_fund(d.pop("welfare_fund", UNSET))

        def _parse_payment_reporting(data: object) -> None | PaymentReporting | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_reporting_type_0 = PaymentReporting.from_dict(data)

                return payment_reporting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentReporting | Unset, data)

        payment_reporting = _parse_payment_reporting(d.pop("payment_reporting", UNSET))

        italian_specificities_output = cls(
            stamp_duty_amount=stamp_duty_amount,
            withholding_tax=withholding_tax,
            welfare_fund=welfare_fund,
            payment_reporting=payment_reporting,
        )

        italian_specificities_output.additional_properties = d
        return italian_specificities_output

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


from ..models.invoicing_withholding_tax import InvoicingWithholdingTax
from ..models.payment_reporting import PaymentReporting
from ..models.welfare_fund import WelfareFund
