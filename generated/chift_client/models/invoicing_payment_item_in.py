from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicingPaymentItemIn")


@_attrs_define
class InvoicingPaymentItemIn:
    """
    Attributes:
        amount (float):
        invoice_id (str):
        date (datetime.date):
        currency (str):
        payment_method_id (None | str | Unset):
        description (None | str | Unset):
    """

    amount: float
    invoice_id: str
    date: datetime.date
    currency: str
    payment_method_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        invoice_id = self.invoice_id

        date = self.date.isoformat()

        currency = self.currency

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "invoice_id": invoice_id,
                "date": date,
                "currency": currency,
            }
        )
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("amount: expected float, got " + type(_v).__name__)
        amount = _v

        _v = d.pop("invoice_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("invoice_id: expected str, got " + type(_v).__name__)
        invoice_id = _v

        date = datetime.date.fromisoformat(d.pop("date"))

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        def _parse_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_id = _parse_payment_method_id(d.pop("payment_method_id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        invoicing_payment_item_in = cls(
            amount=amount,
            invoice_id=invoice_id,
            date=date,
            currency=currency,
            payment_method_id=payment_method_id,
            description=description,
        )

        invoicing_payment_item_in.additional_properties = d
        return invoicing_payment_item_in

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
