from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_order_line_item_type import SalesOrderLineItemType
from ..types import UNSET

T = TypeVar("T", bound="SalesOrderLineItem")


@_attrs_define
class SalesOrderLineItem:
    """
    Attributes:
        id (int):  Example: 1123.
        sales_order_id (int):  Example: 12.
        item_id (int):  Example: 1000.
        name (str):  Example: Awesome Binoculars.
        sku (str):  Example: ART2394871.
        type_ (SalesOrderLineItemType):  Example: 1.
        quantity (float):  Example: 2.
        quantity_delivered (float):  Example: 2.
        quantity_returned (float):  Example: 1.
        sales_unit (str):  Example: stk.
        sales_price_net (float):  Example: 16.8.
        sales_price_gross (float):  Example: 19.99.
        discount (float):  Example: 5.
        purchase_price_net (float):  Example: 13.46.
        tax_rate (float):  Example: 19.
        notice (str):  Example: Without sugar.
    """

    id: int
    sales_order_id: int
    item_id: int
    name: str
    sku: str
    type_: SalesOrderLineItemType
    quantity: float
    quantity_delivered: float
    quantity_returned: float
    sales_unit: str
    sales_price_net: float
    sales_price_gross: float
    discount: float
    purchase_price_net: float
    tax_rate: float
    notice: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sales_order_id = self.sales_order_id

        item_id = self.item_id

        name = self.name

        sku = self.sku

        type_ = self.type_.value

        quantity = self.quantity

        quantity_delivered = self.quantity_delivered

        quantity_returned = self.quantity_returned

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
                "Id": id,
                "SalesOrderId": sales_order_id,
                "ItemId": item_id,
                "Name": name,
                "SKU": sku,
                "Type": type_,
                "Quantity": quantity,
                "QuantityDelivered": quantity_delivered,
                "QuantityReturned": quantity_returned,
                "SalesUnit": sales_unit,
                "SalesPriceNet": sales_price_net,
                "SalesPriceGross": sales_price_gross,
                "Discount": discount,
                "PurchasePriceNet": purchase_price_net,
                "TaxRate": tax_rate,
                "Notice": notice,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Id", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Id: expected int, got " + type(_v).__name__)
        id = _v

        _v = d.pop("SalesOrderId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("SalesOrderId: expected int, got " + type(_v).__name__)
        sales_order_id = _v

        _v = d.pop("ItemId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ItemId: expected int, got " + type(_v).__name__)
        item_id = _v

        _v = d.pop("Name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("SKU", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SKU: expected str, got " + type(_v).__name__)
        sku = _v

        type_ = SalesOrderLineItemType(d.pop("Type"))

        _v = d.pop("Quantity", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("Quantity: expected float, got " + type(_v).__name__)
        quantity = _v

        _v = d.pop("QuantityDelivered", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("QuantityDelivered: expected float, got " + type(_v).__name__)
        quantity_delivered = _v

        _v = d.pop("QuantityReturned", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("QuantityReturned: expected float, got " + type(_v).__name__)
        quantity_returned = _v

        _v = d.pop("SalesUnit", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SalesUnit: expected str, got " + type(_v).__name__)
        sales_unit = _v

        _v = d.pop("SalesPriceNet", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("SalesPriceNet: expected float, got " + type(_v).__name__)
        sales_price_net = _v

        _v = d.pop("SalesPriceGross", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("SalesPriceGross: expected float, got " + type(_v).__name__)
        sales_price_gross = _v

        _v = d.pop("Discount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("Discount: expected float, got " + type(_v).__name__)
        discount = _v

        _v = d.pop("PurchasePriceNet", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("PurchasePriceNet: expected float, got " + type(_v).__name__)
        purchase_price_net = _v

        _v = d.pop("TaxRate", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("TaxRate: expected float, got " + type(_v).__name__)
        tax_rate = _v

        _v = d.pop("Notice", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Notice: expected str, got " + type(_v).__name__)
        notice = _v

        sales_order_line_item = cls(
            id=id,
            sales_order_id=sales_order_id,
            item_id=item_id,
            name=name,
            sku=sku,
            type_=type_,
            quantity=quantity,
            quantity_delivered=quantity_delivered,
            quantity_returned=quantity_returned,
            sales_unit=sales_unit,
            sales_price_net=sales_price_net,
            sales_price_gross=sales_price_gross,
            discount=discount,
            purchase_price_net=purchase_price_net,
            tax_rate=tax_rate,
            notice=notice,
        )

        sales_order_line_item.additional_properties = d
        return sales_order_line_item

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
