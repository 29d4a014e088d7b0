from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ItemCustomerPrice")


@_attrs_define
class ItemCustomerPrice:
    """
    Attributes:
        item_id (int):  Example: 1.
        customer_id (int):  Example: 1.
        from_quantity (int):  Example: 0.
        net_price (float):  Example: 12.99.
        reduce_standard_price_by_percent (float):  Example: 5.
    """

    item_id: int
    customer_id: int
    from_quantity: int
    net_price: float
    reduce_standard_price_by_percent: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        customer_id = self.customer_id

        from_quantity = self.from_quantity

        net_price = self.net_price

        reduce_standard_price_by_percent = self.reduce_standard_price_by_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ItemId": item_id,
                "CustomerId": customer_id,
                "FromQuantity": from_quantity,
                "NetPrice": net_price,
                "ReduceStandardPriceByPercent": reduce_standard_price_by_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("ItemId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ItemId: expected int, got " + type(_v).__name__)
        item_id = _v

        _v = d.pop("CustomerId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CustomerId: expected int, got " + type(_v).__name__)
        customer_id = _v

        _v = d.pop("FromQuantity", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("FromQuantity: expected int, got " + type(_v).__name__)
        from_quantity = _v

        _v = d.pop("NetPrice", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("NetPrice: expected float, got " + type(_v).__name__)
        net_price = _v

        _v = d.pop("ReduceStandardPriceByPercent", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("ReduceStandardPriceByPercent: expected float, got " + type(_v).__name__)
        reduce_standard_price_by_percent = _v

        item_customer_price = cls(
            item_id=item_id,
            customer_id=customer_id,
            from_quantity=from_quantity,
            net_price=net_price,
            reduce_standard_price_by_percent=reduce_standard_price_by_percent,
        )

        item_customer_price.additional_properties = d
        return item_customer_price

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
