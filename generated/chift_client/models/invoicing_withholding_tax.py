from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.withholding_tax_payment_reason import WithholdingTaxPaymentReason
from ..models.withholding_tax_reason import WithholdingTaxReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicingWithholdingTax")


@_attrs_define
class InvoicingWithholdingTax:
    """
    Attributes:
        rate (float):
        amount (float):
        reason (None | Unset | WithholdingTaxReason):
        payment_reason (None | Unset | WithholdingTaxPaymentReason):
    """

    rate: float
    amount: float
    reason: None | Unset | WithholdingTaxReason = UNSET
    payment_reason: None | Unset | WithholdingTaxPaymentReason = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate = self.rate

        amount = self.amount

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, WithholdingTaxReason):
            reason = self.reason.value
        else:
            reason = self.reason

        payment_reason: None | str | Unset
        if isinstance(self.payment_reason, Unset):
            payment_reason = UNSET
        elif isinstance(self.payment_reason, WithholdingTaxPaymentReason):
            payment_reason = self.payment_reason.value
        else:
            payment_reason = self.payment_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rate": rate,
                "amount": amount,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if payment_reason is not UNSET:
            field_dict["payment_reason"] = payment_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("rate", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("rate: expected float, got " + type(_v).__name__)
        rate = _v

        _v = d.pop("amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("amount: expected float, got " + type(_v).__name__)
        amount = _v

        def _parse_reason(data: object) -> None | Unset | WithholdingTaxReason:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = WithholdingTaxReason(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WithholdingTaxReason, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_payment_reason(data: object) -> None | Unset | WithholdingTaxPaymentReason:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_reason_type_0 = WithholdingTaxPaymentReason(data)

                return payment_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WithholdingTaxPaymentReason, data)

        payment_reason = _parse_payment_reason(d.pop("payment_reason", UNSET))

        invoicing_withholding_tax = cls(
            rate=rate,
            amount=amount,
            reason=reason,
            payment_reason=payment_reason,
        )

        invoicing_withholding_tax.additional_properties = d
        return invoicing_withholding_tax

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
