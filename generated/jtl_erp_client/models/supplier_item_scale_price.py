from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="SupplierItemScalePrice")


@_attrs_define
class SupplierItemScalePrice:
    """
    Attributes:
        from_quantity (int):  Example: 0.
        purchase_price_net (float):  Example: 94.21.
        reduce_standard_price_by_percent (float):  Example: 5.
    """

    from_quantity: int
    purchase_price_net: float
    reduce_standard_price_by_percent: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_quantity = self.from_quantity

        purchase_price_net = self.purchase_price_net

        reduce_standard_price_by_percent = self.reduce_standard_price_by_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FromQuantity": from_quantity,
                "PurchasePriceNet": purchase_price_net,
                "ReduceStandardPriceByPercent": reduce_standard_price_by_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("FromQuantity", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("FromQuantity: expected int, got " + type(_v).__name__)
        from_quantity = _v

        _v = d.pop("PurchasePriceNet", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("PurchasePriceNet: expected float, got " + type(_v).__name__)
        purchase_price_net = _v

        _v = d.pop("ReduceStandardPriceByPercent", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("ReduceStandardPriceByPercent: expected float, got " + type(_v).__name__)
        reduce_standard_price_by_percent = _v

        supplier_item_scale_price = cls(
            from_quantity=from_quantity,
            purchase_price_net=purchase_price_net,
            reduce_standard_price_by_percent=reduce_standard_price_by_percent,
        )

        supplier_item_scale_price.additional_properties = d
        return supplier_item_scale_price

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
