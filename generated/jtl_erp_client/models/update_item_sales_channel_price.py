from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateItemSalesChannelPrice")


@_attrs_define
class UpdateItemSalesChannelPrice:
    """
    Attributes:
        net_price (float | Unset):  Example: 126.04.
        reduce_standard_price_by_percent (float | Unset):  Example: 5.
    """

    net_price: float | Unset = UNSET
    reduce_standard_price_by_percent: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        net_price = self.net_price

        reduce_standard_price_by_percent = self.reduce_standard_price_by_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if net_price is not UNSET:
            field_dict["NetPrice"] = net_price
        if reduce_standard_price_by_percent is not UNSET:
            field_dict["ReduceStandardPriceByPercent"] = reduce_standard_price_by_percent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("NetPrice", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("NetPrice: expected float, got " + type(_v).__name__)
        net_price = _v

        _v = d.pop("ReduceStandardPriceByPercent", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("ReduceStandardPriceByPercent: expected float, got " + type(_v).__name__)
        reduce_standard_price_by_percent = _v

        update_item_sales_channel_price = cls(
            net_price=net_price,
            reduce_standard_price_by_percent=reduce_standard_price_by_percent,
        )

        update_item_sales_channel_price.additional_properties = d
        return update_item_sales_channel_price

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
