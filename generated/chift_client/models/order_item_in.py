from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItemIn")


@_attrs_define
class OrderItemIn:
    """
    Attributes:
        customer (OrderCustomerItem):
        billing_address (CommerceAddressItemIn):
        shipping_address (CommerceAddressItemIn):
        currency (str):
        lines (list[OrderLineItemIn]):
        note (None | str | Unset):
        payment_method (None | str | Unset):
    """

    customer: OrderCustomerItem
    billing_address: CommerceAddressItemIn
    shipping_address: CommerceAddressItemIn
    currency: str
    lines: list[OrderLineItemIn]
    note: None | str | Unset = UNSET
    payment_method: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        billing_address = self.billing_address.to_dict()

        shipping_address = self.shipping_address.to_dict()

        currency = self.currency

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = self.payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
                "billing_address": billing_address,
                "shipping_address": shipping_address,
                "currency": currency,
                "lines": lines,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer = OrderCustomerItem.from_dict(d.pop("customer"))

        billing_address = CommerceAddressItemIn.from_dict(d.pop("billing_address"))

        shipping_address = CommerceAddressItemIn.from_dict(d.pop("shipping_address"))

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        _v = d.pop("lines", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("lines: expected list, got " + type(_v).__name__)
        lines = []
        _lines = _v
        for lines_item_data in _lines:
            lines_item = OrderLineItemIn.from_dict(lines_item_data)

            lines.append(lines_item)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_payment_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method = _parse_payment_method(d.pop("payment_method", UNSET))

        order_item_in = cls(
            customer=customer,
            billing_address=billing_address,
            shipping_address=shipping_address,
            currency=currency,
            lines=lines,
            note=note,
            payment_method=payment_method,
        )

        order_item_in.additional_properties = d
        return order_item_in

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


from ..models.commerce_address_item_in import CommerceAddressItemIn
from ..models.order_customer_item import OrderCustomerItem
from ..models.order_line_item_in import OrderLineItemIn
