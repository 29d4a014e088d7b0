from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSupplierItemScalePrice")


@_attrs_define
class CreateSupplierItemScalePrice:
    """
    Attributes:
        from_quantity (int):  Example: 0.
        purchase_price_net (float | Unset):  Example: 94.21.
        reduce_standard_price_by_percent (float | Unset):  Example: 5.
    """

    from_quantity: int
    purchase_price_net: float | Unset = UNSET
    reduce_standard_price_by_percent: float | Unset = UNSET
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
            }
        )
        if purchase_price_net is not UNSET:
            field_dict["PurchasePriceNet"] = purchase_price_net
        if reduce_standard_price_by_percent is not UNSET:
            field_dict["ReduceStandardPriceByPercent"] = reduce_standard_price_by_percent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("FromQuantity", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("FromQuantity: expected int, got " + type(_v).__name__)
        from_quantity = _v

        _v = d.pop("PurchasePriceNet", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("PurchasePriceNet: expected float, got " + type(_v).__name__)
        purchase_price_net = _v

        _v = d.pop("ReduceStandardPriceByPercent", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("ReduceStandardPriceByPercent: expected float, got " + type(_v).__name__)
        reduce_standard_price_by_percent = _v

        create_supplier_item_scale_price = cls(
            from_quantity=from_quantity,
            purchase_price_net=purchase_price_net,
            reduce_standard_price_by_percent=reduce_standard_price_by_percent,
        )

        create_supplier_item_scale_price.additional_properties = d
        return create_supplier_item_scale_price

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
