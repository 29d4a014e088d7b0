from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="OrderLineItemIn")


@_attrs_define
class OrderLineItemIn:
    """
    Attributes:
        variant_id (str):
        quantity (int):
        tax_rate (float):
        unit_price (float):
    """

    variant_id: str
    quantity: int
    tax_rate: float
    unit_price: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variant_id = self.variant_id

        quantity = self.quantity

        tax_rate = self.tax_rate

        unit_price = self.unit_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variant_id": variant_id,
                "quantity": quantity,
                "tax_rate": tax_rate,
                "unit_price": unit_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("variant_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("variant_id: expected str, got " + type(_v).__name__)
        variant_id = _v

        _v = d.pop("quantity", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("quantity: expected int, got " + type(_v).__name__)
        quantity = _v

        _v = d.pop("tax_rate", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_rate: expected float, got " + type(_v).__name__)
        tax_rate = _v

        _v = d.pop("unit_price", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("unit_price: expected float, got " + type(_v).__name__)
        unit_price = _v

        order_line_item_in = cls(
            variant_id=variant_id,
            quantity=quantity,
            tax_rate=tax_rate,
            unit_price=unit_price,
        )

        order_line_item_in.additional_properties = d
        return order_line_item_in

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
