from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_detail_payment_status import InvoicePaymentDetailPaymentStatus
from ..types import UNSET

T = TypeVar("T", bound="InvoicePaymentDetail")


@_attrs_define
class InvoicePaymentDetail:
    """
    Attributes:
        payment_method_id (int):  Example: 12.
        payment_status (InvoicePaymentDetailPaymentStatus):  Example: TODO.
        total_gross_amount (float):  Example: 19.99.
        currency_iso (str):  Example: TODO.
        currency_factor (float):  Example: 1.37.
        still_to_pay (float):  Example: 0.
        payment_target (int):  Example: 0.
        cash_discount (float):  Example: 5.
        cash_discount_days (int):  Example: 2.
        stop_payment_request (bool):  Example: False.
        dunning_level (int):  Example: 0.
        next_due_date (datetime.datetime):  Example: 2023-02-01T12:45:00.0000000+00:00.
    """

    payment_method_id: int
    payment_status: InvoicePaymentDetailPaymentStatus
    total_gross_amount: float
    currency_iso: str
    currency_factor: float
    still_to_pay: float
    payment_target: int
    cash_discount: float
    cash_discount_days: int
    stop_payment_request: bool
    dunning_level: int
    next_due_date: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method_id = self.payment_method_id

        payment_status = self.payment_status.value

        total_gross_amount = self.total_gross_amount

        currency_iso = self.currency_iso

        currency_factor = self.currency_factor

        still_to_pay = self.still_to_pay

        payment_target = self.payment_target

        cash_discount = self.cash_discount

        cash_discount_days = self.cash_discount_days

        stop_payment_request = self.stop_payment_request

        dunning_level = self.dunning_level

        next_due_date = self.next_due_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PaymentMethodId": payment_method_id,
                "PaymentStatus": payment_status,
                "TotalGrossAmount": total_gross_amount,
                "CurrencyIso": currency_iso,
                "CurrencyFactor": currency_factor,
                "StillToPay": still_to_pay,
                "PaymentTarget": payment_target,
                "CashDiscount": cash_discount,
                "CashDiscountDays": cash_discount_days,
                "StopPaymentRequest": stop_payment_request,
                "DunningLevel": dunning_level,
                "NextDueDate": next_due_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("PaymentMethodId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("PaymentMethodId: expected int, got " + type(_v).__name__)
        payment_method_id = _v

        payment_status = InvoicePaymentDetailPaymentStatus(d.pop("PaymentStatus"))

        _v = d.pop("TotalGrossAmount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("TotalGrossAmount: expected float, got " + type(_v).__name__)
        total_gross_amount = _v

        _v = d.pop("CurrencyIso", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("CurrencyIso: expected str, got " + type(_v).__name__)
        currency_iso = _v

        _v = d.pop("CurrencyFactor", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("CurrencyFactor: expected float, got " + type(_v).__name__)
        currency_factor = _v

        _v = d.pop("StillToPay", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("StillToPay: expected float, got " + type(_v).__name__)
        still_to_pay = _v

        _v = d.pop("PaymentTarget", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("PaymentTarget: expected int, got " + type(_v).__name__)
        payment_target = _v

        _v = d.pop("CashDiscount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("CashDiscount: expected float, got " + type(_v).__name__)
        cash_discount = _v

        _v = d.pop("CashDiscountDays", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CashDiscountDays: expected int, got " + type(_v).__name__)
        cash_discount_days = _v

        _v = d.pop("StopPaymentRequest", UNSET)
        if type(_v) is not bool:
            raise TypeError("StopPaymentRequest: expected bool, got " + type(_v).__name__)
        stop_payment_request = _v

        _v = d.pop("DunningLevel", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("DunningLevel: expected int, got " + type(_v).__name__)
        dunning_level = _v

        next_due_date = datetime.datetime.fromisoformat(d.pop("NextDueDate"))

        invoice_payment_detail = cls(
            payment_method_id=payment_method_id,
            payment_status=payment_status,
            total_gross_amount=total_gross_amount,
            currency_iso=currency_iso,
            currency_factor=currency_factor,
            still_to_pay=still_to_pay,
            payment_target=payment_target,
            cash_discount=cash_discount,
            cash_discount_days=cash_discount_days,
            stop_payment_request=stop_payment_request,
            dunning_level=dunning_level,
            next_due_date=next_due_date,
        )

        invoice_payment_detail.additional_properties = d
        return invoice_payment_detail

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
