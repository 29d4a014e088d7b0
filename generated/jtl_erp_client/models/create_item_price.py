from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateItemPrice")


@_attrs_define
class CreateItemPrice:
    """
    Attributes:
        sales_price_net (float | Unset):  Example: 125.21.
        suggested_retail_price (float | Unset):  Example: 159.99.
        purchase_price_net (float | Unset):  Example: 99.73.
        ebay_price (float | Unset):  Example: 149.99.
        amazon_price (float | Unset):  Example: 149.99.
    """

    sales_price_net: float | Unset = UNSET
    suggested_retail_price: float | Unset = UNSET
    purchase_price_net: float | Unset = UNSET
    ebay_price: float | Unset = UNSET
    amazon_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sales_price_net = self.sales_price_net

        suggested_retail_price = self.suggested_retail_price

        purchase_price_net = self.purchase_price_net

        ebay_price = self.ebay_price

        amazon_price = self.amazon_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sales_price_net is not UNSET:
            field_dict["SalesPriceNet"] = sales_price_net
        if suggested_retail_price is not UNSET:
            field_dict["SuggestedRetailPrice"] = suggested_retail_price
        if purchase_price_net is not UNSET:
            field_dict["PurchasePriceNet"] = purchase_price_net
        if ebay_price is not UNSET:
            field_dict["EbayPrice"] = ebay_price
        if amazon_price is not UNSET:
            field_dict["AmazonPrice"] = amazon_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("SalesPriceNet", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("SalesPriceNet: expected float, got " + type(_v).__name__)
        sales_price_net = _v

        _v = d.pop("SuggestedRetailPrice", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("SuggestedRetailPrice: expected float, got " + type(_v).__name__)
        suggested_retail_price = _v

        _v = d.pop("PurchasePriceNet", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("PurchasePriceNet: expected float, got " + type(_v).__name__)
        purchase_price_net = _v

        _v = d.pop("EbayPrice", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("EbayPrice: expected float, got " + type(_v).__name__)
        ebay_price = _v

        _v = d.pop("AmazonPrice", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("AmazonPrice: expected float, got " + type(_v).__name__)
        amazon_price = _v

        create_item_price = cls(
            sales_price_net=sales_price_net,
            suggested_retail_price=suggested_retail_price,
            purchase_price_net=purchase_price_net,
            ebay_price=ebay_price,
            amazon_price=amazon_price,
        )

        create_item_price.additional_properties = d
        return create_item_price

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
