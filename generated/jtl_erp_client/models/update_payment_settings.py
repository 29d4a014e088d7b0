from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePaymentSettings")


@_attrs_define
class UpdatePaymentSettings:
    """
    Attributes:
        payment_method_id (int | Unset):  Example: 123.
        discount (float | Unset):  Example: 5.
        payment_target (int | Unset):  Example: 3.
        credit_limit (int | Unset):  Example: 100.
        stop_payment_request (bool | Unset):  Example: False.
    """

    payment_method_id: int | Unset = UNSET
    discount: float | Unset = UNSET
    payment_target: int | Unset = UNSET
    credit_limit: int | Unset = UNSET
    stop_payment_request: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method_id = self.payment_method_id

        discount = self.discount

        payment_target = self.payment_target

        credit_limit = self.credit_limit

        stop_payment_request = self.stop_payment_request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_method_id is not UNSET:
            field_dict["PaymentMethodId"] = payment_method_id
        if discount is not UNSET:
            field_dict["Discount"] = discount
        if payment_target is not UNSET:
            field_dict["PaymentTarget"] = payment_target
        if credit_limit is not UNSET:
            field_dict["CreditLimit"] = credit_limit
        if stop_payment_request is not UNSET:
            field_dict["StopPaymentRequest"] = stop_payment_request

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("PaymentMethodId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("PaymentMethodId: expected int, got " + type(_v).__name__)
        payment_method_id = _v

        _v = d.pop("Discount", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("Discount: expected float, got " + type(_v).__name__)
        discount = _v

        _v = d.pop("PaymentTarget", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("PaymentTarget: expected int, got " + type(_v).__name__)
        payment_target = _v

        _v = d.pop("CreditLimit", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("CreditLimit: expected int, got " + type(_v).__name__)
        credit_limit = _v

        _v = d.pop("StopPaymentRequest", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("StopPaymentRequest: expected bool, got " + type(_v).__name__)
        stop_payment_request = _v

        update_payment_settings = cls(
            payment_method_id=payment_method_id,
            discount=discount,
            payment_target=payment_target,
            credit_limit=credit_limit,
            stop_payment_request=stop_payment_request,
        )

        update_payment_settings.additional_properties = d
        return update_payment_settings

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
