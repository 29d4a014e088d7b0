from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ItemSupplier")


@_attrs_define
class ItemSupplier:
    """
    Attributes:
        item_id (int):  Example: 1.
        supplier_id (int):  Example: 1.
        sku (str):  Example: ART2394871.
        item_name (str):  Example: Interdimensional Goggles.
        is_standard (bool):  Example: False.
        purchase_price_net (float):  Example: 97.23.
        tax_rate (float):  Example: 19.
        minimum_purchase_quantity (float):  Example: 1.
        permissible_order_quantity (float):  Example: 2.
        delivery_time (int):  Example: 2.
        use_supplier_delivery_time (bool):  Example: False.
        stocklevel (float):  Example: 34.
        is_dropshipping (bool):  Example: False.
        merge_stock_level (bool):  Example: False.
        comment (str):  Example: A custom comment.
        packaging_unit (str):  Example: box.
        amount_packaging_unit (float):  Example: 1.
        packaging_unit_purchase_price_net (float):  Example: 94.21.
        scale_prices (list[SupplierItemScalePrice]):
    """

    item_id: int
    supplier_id: int
    sku: str
    item_name: str
    is_standard: bool
    purchase_price_net: float
    tax_rate: float
    minimum_purchase_quantity: float
    permissible_order_quantity: float
    delivery_time: int
    use_supplier_delivery_time: bool
    stocklevel: float
    is_dropshipping: bool
    merge_stock_level: bool
    comment: str
    packaging_unit: str
    amount_packaging_unit: float
    packaging_unit_purchase_price_net: float
    scale_prices: list[SupplierItemScalePrice]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        supplier_id = self.supplier_id

        sku = self.sku

        item_name = self.item_name

        is_standard = self.is_standard

        purchase_price_net = self.purchase_price_net

        tax_rate = self.tax_rate

        minimum_purchase_quantity = self.minimum_purchase_quantity

        permissible_order_quantity = self.permissible_order_quantity

        delivery_time = self.delivery_time

        use_supplier_delivery_time = self.use_supplier_delivery_time

        stocklevel = self.stocklevel

        is_dropshipping = self.is_dropshipping

        merge_stock_level = self.merge_stock_level

        comment = self.comment

        packaging_unit = self.packaging_unit

        amount_packaging_unit = self.amount_packaging_unit

        packaging_unit_purchase_price_net = self.packaging_unit_purchase_price_net

        scale_prices = []
        for scale_prices_item_data in self.scale_prices:
            scale_prices_item = scale_prices_item_data.to_dict()
            scale_prices.append(scale_prices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ItemId": item_id,
                "SupplierId": supplier_id,
                "Sku": sku,
                "ItemName": item_name,
                "IsStandard": is_standard,
                "PurchasePriceNet": purchase_price_net,
                "TaxRate": tax_rate,
                "MinimumPurchaseQuantity": minimum_purchase_quantity,
                "PermissibleOrderQuantity": permissible_order_quantity,
                "DeliveryTime": delivery_time,
                "UseSupplierDeliveryTime": use_supplier_delivery_time,
                "Stocklevel": stocklevel,
                "IsDropshipping": is_dropshipping,
                "MergeStockLevel": merge_stock_level,
                "Comment": comment,
                "PackagingUnit": packaging_unit,
                "AmountPackagingUnit": amount_packaging_unit,
                "PackagingUnitPurchasePriceNet": packaging_unit_purchase_price_net,
                "ScalePrices": scale_prices,
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

        _v = d.pop("SupplierId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("SupplierId: expected int, got " + type(_v).__name__)
        supplier_id = _v

        _v = d.pop("Sku", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Sku: expected str, got " + type(_v).__name__)
        sku = _v

        _v = d.pop("ItemName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("ItemName: expected str, got " + type(_v).__name__)
        item_name = _v

        _v = d.pop("IsStandard", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsStandard: expected bool, got " + type(_v).__name__)
        is_standard = _v

        _v = d.pop("PurchasePriceNet", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("PurchasePriceNet: expected float, got " + type(_v).__name__)
        purchase_price_net = _v

        _v = d.pop("TaxRate", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("TaxRate: expected float, got " + type(_v).__name__)
        tax_rate = _v

        _v = d.pop("MinimumPurchaseQuantity", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("MinimumPurchaseQuantity: expected float, got " + type(_v).__name__)
        minimum_purchase_quantity = _v

        _v = d.pop("PermissibleOrderQuantity", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("PermissibleOrderQuantity: expected float, got " + type(_v).__name__)
        permissible_order_quantity = _v

        _v = d.pop("DeliveryTime", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("DeliveryTime: expected int, got " + type(_v).__name__)
        delivery_time = _v

        _v = d.pop("UseSupplierDeliveryTime", UNSET)
        if type(_v) is not bool:
            raise TypeError("UseSupplierDeliveryTime: expected bool, got " + type(_v).__name__)
        use_supplier_delivery_time = _v

        _v = d.pop("Stocklevel", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("Stocklevel: expected float, got " + type(_v).__name__)
        stocklevel = _v

        _v = d.pop("IsDropshipping", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsDropshipping: expected bool, got " + type(_v).__name__)
        is_dropshipping = _v

        _v = d.pop("MergeStockLevel", UNSET)
        if type(_v) is not bool:
            raise TypeError("MergeStockLevel: expected bool, got " + type(_v).__name__)
        merge_stock_level = _v

        _v = d.pop("Comment", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Comment: expected str, got " + type(_v).__name__)
        comment = _v

        _v = d.pop("PackagingUnit", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("PackagingUnit: expected str, got " + type(_v).__name__)
        packaging_unit = _v

        _v = d.pop("AmountPackagingUnit", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("AmountPackagingUnit: expected float, got " + type(_v).__name__)
        amount_packaging_unit = _v

        _v = d.pop("PackagingUnitPurchasePriceNet", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("PackagingUnitPurchasePriceNet: expected float, got " + type(_v).__name__)
        packaging_unit_purchase_price_net = _v

        _v = d.pop("ScalePrices", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("ScalePrices: expected list, got " + type(_v).__name__)
        scale_prices = []
        _scale_prices = _v
        for scale_prices_item_data in _scale_prices:
            scale_prices_item = SupplierItemScalePrice.from_dict(scale_prices_item_data)

            scale_prices.append(scale_prices_item)

        item_supplier = cls(
            item_id=item_id,
            supplier_id=supplier_id,
            sku=sku,
            item_name=item_name,
            is_standard=is_standard,
            purchase_price_net=purchase_price_net,
            tax_rate=tax_rate,
            minimum_purchase_quantity=minimum_purchase_quantity,
            permissible_order_quantity=permissible_order_quantity,
            delivery_time=delivery_time,
            use_supplier_delivery_time=use_supplier_delivery_time,
            stocklevel=stocklevel,
            is_dropshipping=is_dropshipping,
            merge_stock_level=merge_stock_level,
            comment=comment,
            packaging_unit=packaging_unit,
            amount_packaging_unit=amount_packaging_unit,
            packaging_unit_purchase_price_net=packaging_unit_purchase_price_net,
            scale_prices=scale_prices,
        )

        item_supplier.additional_properties = d
        return item_supplier

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


from ..models.supplier_item_scale_price import SupplierItemScalePrice
