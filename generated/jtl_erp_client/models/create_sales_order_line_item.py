from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSalesOrderLineItem")


@_attrs_define
class CreateSalesOrderLineItem:
    """
    Attributes:
        quantity (float):  Example: 2.
        item_id (int | Unset):  Example: 1000.
        name (str | Unset):  Example: Awesome Binoculars.
        sku (str | Unset):  Example: ART2394871.
        sales_unit (str | Unset):  Example: stk.
        sales_price_net (float | Unset):  Example: 16.8.
        sales_price_gross (float | Unset):  Example: 19.99.
        discount (float | Unset):  Example: 5.
        purchase_price_net (float | Unset):  Example: 13.46.
        tax_rate (float | Unset):  Example: 19.
        notice (str | Unset):  Example: Without sugar.
    """

    quantity: float
    item_id: int | Unset = UNSET
    name: str | Unset = UNSET
    sku: str | Unset = UNSET
    sales_unit: str | Unset = UNSET
    sales_price_net: float | Unset = UNSET
    sales_price_gross: float | Unset = UNSET
    discount: float | Unset = UNSET
    purchase_price_net: float | Unset = UNSET
    tax_rate: float | Unset = UNSET
    notice: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        item_id = self.item_id

        name = self.name

        sku = self.sku

        sales_unit = self.sales_unit

        sales_price_net = self.sales_price_net

        sales_price_gross = self.sales_price_gross

        discount = self.discount

        purchase_price_net = self.purchase_price_net

        tax_rate = self.tax_rate

        notice = self.notice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Quantity": quantity,
            }
        )
        if item_id is not UNSET:
            field_dict["ItemId"] = item_id
        if name is not UNSET:
            field_dict["Name"] = name
        if sku is not UNSET:
            field_dict["SKU"] = sku
        if sales_unit is not UNSET:
            field_dict["SalesUnit"] = sales_unit
        if sales_price_net is not UNSET:
            field_dict["SalesPriceNet"] = sales_price_net
        if sales_price_gross is not UNSET:
            field_dict["SalesPriceGross"] = sales_price_gross
        if discount is not UNSET:
            field_dict["Discount"] = discount
        if purchase_price_net is not UNSET:
            field_dict["PurchasePriceNet"] = purchase_price_net
        if tax_rate is not UNSET:
            field_dict["TaxRate"] = tax_rate
        if notice is not UNSET:
            field_dict["Notice"] = notice

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Quantity", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("Quantity: expected float, got " + type(_v).__name__)
        quantity = _v

        _v = d.pop("ItemId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("ItemId: expected int, got " + type(_v).__name__)
        item_id = _v

        _v = d.pop("Name", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("SKU", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("SKU: expected str, got " + type(_v).__name__)
        sku = _v

        _v = d.pop("SalesUnit", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("SalesUnit: expected str, got " + type(_v).__name__)
        sales_unit = _v

        _v = d.pop("SalesPriceNet", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("SalesPriceNet: expected float, got " + type(_v).__name__)
        sales_price_net = _v

        _v = d.pop("SalesPriceGross", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("SalesPriceGross: expected float, got " + type(_v).__name__)
        sales_price_gross = _v

        _v = d.pop("Discount", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("Discount: expected float, got " + type(_v).__name__)
        discount = _v

        _v = d.pop("PurchasePriceNet", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("PurchasePriceNet: expected float, got " + type(_v).__name__)
        purchase_price_net = _v

        _v = d.pop("TaxRate", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("TaxRate: expected float, got " + type(_v).__name__)
        tax_rate = _v

        _v = d.pop("Notice", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Notice: expected str, got " + type(_v).__name__)
        notice = _v

        create_sales_order_line_item = cls(
            quantity=quantity,
            item_id=item_id,
            name=name,
            sku=sku,
            sales_unit=sales_unit,
            sales_price_net=sales_price_net,
            sales_price_gross=sales_price_gross,
            discount=discount,
            purchase_price_net=purchase_price_net,
            tax_rate=tax_rate,
            notice=notice,
        )

        create_sales_order_line_item.additional_properties = d
        return create_sales_order_line_item

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
