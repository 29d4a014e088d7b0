from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="SpecialPrice")


@_attrs_define
class SpecialPrice:
    """
    Attributes:
        is_active (bool):  Example: True.
        customer_group_id (int):  Example: 1.
        net_price (float):  Example: 126.04.
        sales_channel_id (str):  Example: 1-1-1.
    """

    is_active: bool
    customer_group_id: int
    net_price: float
    sales_channel_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_active = self.is_active

        customer_group_id = self.customer_group_id

        net_price = self.net_price

        sales_channel_id = self.sales_channel_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "IsActive": is_active,
                "CustomerGroupId": customer_group_id,
                "NetPrice": net_price,
                "SalesChannelId": sales_channel_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("IsActive", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsActive: expected bool, got " + type(_v).__name__)
        is_active = _v

        _v = d.pop("CustomerGroupId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CustomerGroupId: expected int, got " + type(_v).__name__)
        customer_group_id = _v

        _v = d.pop("NetPrice", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("NetPrice: expected float, got " + type(_v).__name__)
        net_price = _v

        _v = d.pop("SalesChannelId", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SalesChannelId: expected str, got " + type(_v).__name__)
        sales_channel_id = _v

        special_price = cls(
            is_active=is_active,
            customer_group_id=customer_group_id,
            net_price=net_price,
            sales_channel_id=sales_channel_id,
        )

        special_price.additional_properties = d
        return special_price

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
