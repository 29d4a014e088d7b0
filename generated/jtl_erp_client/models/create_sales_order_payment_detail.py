from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSalesOrderPaymentDetail")


@_attrs_define
class CreateSalesOrderPaymentDetail:
    """
    Attributes:
        payment_method_id (int | Unset):  Example: 12.
        currency_iso (str | Unset):  Example: EUR.
        currency_factor (float | Unset):  Example: 1.
        payment_target (int | Unset):  Example: 0.
        cash_discount (float | Unset):  Example: 5.
        cash_discount_days (int | Unset):  Example: 2.
    """

    payment_method_id: int | Unset = UNSET
    currency_iso: str | Unset = UNSET
    currency_factor: float | Unset = UNSET
    payment_target: int | Unset = UNSET
    cash_discount: float | Unset = UNSET
    cash_discount_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method_id = self.payment_method_id

        currency_iso = self.currency_iso

        currency_factor = self.currency_factor

        payment_target = self.payment_target

        cash_discount = self.cash_discount

        cash_discount_days = self.cash_discount_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_method_id is not UNSET:
            field_dict["PaymentMethodId"] = payment_method_id
        if currency_iso is not UNSET:
            field_dict["CurrencyIso"] = currency_iso
        if currency_factor is not UNSET:
            field_dict["CurrencyFactor"] = currency_factor
        if payment_target is not UNSET:
            field_dict["PaymentTarget"] = payment_target
        if cash_discount is not UNSET:
            field_dict["CashDiscount"] = cash_discount
        if cash_discount_days is not UNSET:
            field_dict["CashDiscountDays"] = cash_discount_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("PaymentMethodId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("PaymentMethodId: expected int, got " + type(_v).__name__)
        payment_method_id = _v

        _v = d.pop("CurrencyIso", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("CurrencyIso: expected str, got " + type(_v).__name__)
        currency_iso = _v

        _v = d.pop("CurrencyFactor", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("CurrencyFactor: expected float, got " + type(_v).__name__)
        currency_factor = _v

        _v = d.pop("PaymentTarget", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("PaymentTarget: expected int, got " + type(_v).__name__)
        payment_target = _v

        _v = d.pop("CashDiscount", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("CashDiscount: expected float, got " + type(_v).__name__)
        cash_discount = _v

        _v = d.pop("CashDiscountDays", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("CashDiscountDays: expected int, got " + type(_v).__name__)
        cash_discount_days = _v

        create_sales_order_payment_detail = cls(
            payment_method_id=payment_method_id,
            currency_iso=currency_iso,
            currency_factor=currency_factor,
            payment_target=payment_target,
            cash_discount=cash_discount,
            cash_discount_days=cash_discount_days,
        )

        create_sales_order_payment_detail.additional_properties = d
        return create_sales_order_payment_detail

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
