from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateItemSupplier")


@_attrs_define
class CreateItemSupplier:
    """
    Attributes:
        supplier_id (int):  Example: 1.
        sku (str | Unset):  Example: ART2394871.
        item_name (str | Unset):  Example: Interdimensional Goggles.
        is_standard (bool | Unset):  Example: False.
        purchase_price_net (float | Unset):  Example: 97.23.
        tax_rate (float | Unset):  Example: 19.
        minimum_purchase_quantity (float | Unset):  Example: 1.
        permissible_order_quantity (float | Unset):  Example: 2.
        delivery_time (int | Unset):  Example: 2.
        use_supplier_delivery_time (bool | Unset):  Example: False.
        stocklevel (float | Unset):  Example: 34.
        is_dropshipping (bool | Unset):  Example: False.
        merge_stock_level (bool | Unset):  Example: False.
        comment (str | Unset):  Example: A custom comment.
        packaging_unit (str | Unset):  Example: box.
        amount_packaging_unit (float | Unset):  Example: 1.
        scale_prices (list[CreateSupplierItemScalePrice] | Unset):
    """

    supplier_id: int
    sku: str | Unset = UNSET
    item_name: str | Unset = UNSET
    is_standard: bool | Unset = UNSET
    purchase_price_net: float | Unset = UNSET
    tax_rate: float | Unset = UNSET
    minimum_purchase_quantity: float | Unset = UNSET
    permissible_order_quantity: float | Unset = UNSET
    delivery_time: int | Unset = UNSET
    use_supplier_delivery_time: bool | Unset = UNSET
    stocklevel: float | Unset = UNSET
    is_dropshipping: bool | Unset = UNSET
    merge_stock_level: bool | Unset = UNSET
    comment: str | Unset = UNSET
    packaging_unit: str | Unset = UNSET
    amount_packaging_unit: float | Unset = UNSET
    scale_prices: list[CreateSupplierItemScalePrice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        scale_prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scale_prices, Unset):
            scale_prices = []
            for scale_prices_item_data in self.scale_prices:
                scale_prices_item = scale_prices_item_data.to_dict()
                scale_prices.append(scale_prices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SupplierId": supplier_id,
            }
        )
        if sku is not UNSET:
            field_dict["Sku"] = sku
        if item_name is not UNSET:
            field_dict["ItemName"] = item_name
        if is_standard is not UNSET:
            field_dict["IsStandard"] = is_standard
        if purchase_price_net is not UNSET:
            field_dict["PurchasePriceNet"] = purchase_price_net
        if tax_rate is not UNSET:
            field_dict["TaxRate"] = tax_rate
        if minimum_purchase_quantity is not UNSET:
            field_dict["MinimumPurchaseQuantity"] = minimum_purchase_quantity
        if permissible_order_quantity is not UNSET:
            field_dict["PermissibleOrderQuantity"] = permissible_order_quantity
        if delivery_time is not UNSET:
            field_dict["DeliveryTime"] = delivery_time
        if use_supplier_delivery_time is not UNSET:
            field_dict["UseSupplierDeliveryTime"] = use_supplier_delivery_time
        if stocklevel is not UNSET:
            field_dict["Stocklevel"] = stocklevel
        if is_dropshipping is not UNSET:
            field_dict["IsDropshipping"] = is_dropshipping
        if merge_stock_level is not UNSET:
            field_dict["MergeStockLevel"] = merge_stock_level
        if comment is not UNSET:
            field_dict["Comment"] = comment
        if packaging_unit is not UNSET:
            field_dict["PackagingUnit"] = packaging_unit
        if amount_packaging_unit is not UNSET:
            field_dict["AmountPackagingUnit"] = amount_packaging_unit
        if scale_prices is not UNSET:
            field_dict["ScalePrices"] = scale_prices

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("SupplierId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("SupplierId: expected int, got " + type(_v).__name__)
        supplier_id = _v

        _v = d.pop("Sku", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Sku: expected str, got " + type(_v).__name__)
        sku = _v

        _v = d.pop("ItemName", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("ItemName: expected str, got " + type(_v).__name__)
        item_name = _v

        _v = d.pop("IsStandard", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("IsStandard: expected bool, got " + type(_v).__name__)
        is_standard = _v

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

        _v = d.pop("MinimumPurchaseQuantity", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("MinimumPurchaseQuantity: expected float, got " + type(_v).__name__)
        minimum_purchase_quantity = _v

        _v = d.pop("PermissibleOrderQuantity", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("PermissibleOrderQuantity: expected float, got " + type(_v).__name__)
        permissible_order_quantity = _v

        _v = d.pop("DeliveryTime", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("DeliveryTime: expected int, got " + type(_v).__name__)
        delivery_time = _v

        _v = d.pop("UseSupplierDeliveryTime", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("UseSupplierDeliveryTime: expected bool, got " + type(_v).__name__)
        use_supplier_delivery_time = _v

        _v = d.pop("Stocklevel", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("Stocklevel: expected float, got " + type(_v).__name__)
        stocklevel = _v

        _v = d.pop("IsDropshipping", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("IsDropshipping: expected bool, got " + type(_v).__name__)
        is_dropshipping = _v

        _v = d.pop("MergeStockLevel", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("MergeStockLevel: expected bool, got " + type(_v).__name__)
        merge_stock_level = _v

        _v = d.pop("Comment", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Comment: expected str, got " + type(_v).__name__)
        comment = _v

        _v = d.pop("PackagingUnit", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("PackagingUnit: expected str, got " + type(_v).__name__)
        packaging_unit = _v

        _v = d.pop("AmountPackagingUnit", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("AmountPackagingUnit: expected float, got " + type(_v).__name__)
        amount_packaging_unit = _v

        _v = d.pop("ScalePrices", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("ScalePrices: expected list, got " + type(_v).__name__)
        _scale_prices = _v
        scale_prices: list[CreateSupplierItemScalePrice] | Unset = UNSET
        if _scale_prices is not UNSET:
            scale_prices = []
            for scale_prices_item_data in _scale_prices:
                scale_prices_item = CreateSupplierItemScalePrice.from_dict(scale_prices_item_data)

                scale_prices.append(scale_prices_item)

        create_item_supplier = cls(
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
            scale_prices=scale_prices,
        )

        create_item_supplier.additional_properties = d
        return create_item_supplier

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


from ..models.create_supplier_item_scale_price import CreateSupplierItemScalePrice
