from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemSupplier")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "ItemId",
        "SupplierId",
        "Sku",
        "ItemName",
        "IsStandard",
        "PurchasePriceNet",
        "TaxRate",
        "MinimumPurchaseQuantity",
        "PermissibleOrderQuantity",
        "DeliveryTime",
        "UseSupplierDeliveryTime",
        "Stocklevel",
        "IsDropshipping",
        "MergeStockLevel",
        "Comment",
        "PackagingUnit",
        "AmountPackagingUnit",
        "PackagingUnitPurchasePriceNet",
        "ScalePrices",
    }
)


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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

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

        if self.scale_prices is None or isinstance(self.scale_prices, Unset):
            scale_prices = self.scale_prices
        else:
            scale_prices = []
            for scale_prices_item_data in self.scale_prices:
                scale_prices_item = scale_prices_item_data.to_dict()
                scale_prices.append(scale_prices_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages.
        Tolerant mode keeps nested objects as they are in `src_dict` and builds them on first
        read (`_decoding.lazy`): do not change `src_dict` afterwards."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        _m = _decoding.MODE.get()
        _lazy = not _m.strict and cls is ItemSupplier
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            item_id = _src["ItemId"]
        except KeyError:
            item_id = UNSET
        if item_id.__class__ is not int:
            item_id, _raw = _decoding.scalar(item_id, "int", _path, "ItemId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            supplier_id = _src["SupplierId"]
        except KeyError:
            supplier_id = UNSET
        if supplier_id.__class__ is not int:
            supplier_id, _raw = _decoding.scalar(supplier_id, "int", _path, "SupplierId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sku = _src["Sku"]
        except KeyError:
            sku = UNSET
        if sku.__class__ is not str:
            sku, _raw = _decoding.scalar(sku, "str", _path, "Sku", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            item_name = _src["ItemName"]
        except KeyError:
            item_name = UNSET
        if item_name.__class__ is not str:
            item_name, _raw = _decoding.scalar(item_name, "str", _path, "ItemName", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_standard = _src["IsStandard"]
        except KeyError:
            is_standard = UNSET
        if is_standard.__class__ is not bool:
            is_standard, _raw = _decoding.scalar(is_standard, "bool", _path, "IsStandard", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            purchase_price_net = _src["PurchasePriceNet"]
        except KeyError:
            purchase_price_net = UNSET
        if purchase_price_net.__class__ is not float and purchase_price_net.__class__ is not int:
            purchase_price_net, _raw = _decoding.scalar(
                purchase_price_net, "float", _path, "PurchasePriceNet", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_rate = _src["TaxRate"]
        except KeyError:
            tax_rate = UNSET
        if tax_rate.__class__ is not float and tax_rate.__class__ is not int:
            tax_rate, _raw = _decoding.scalar(tax_rate, "float", _path, "TaxRate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            minimum_purchase_quantity = _src["MinimumPurchaseQuantity"]
        except KeyError:
            minimum_purchase_quantity = UNSET
        if (
            minimum_purchase_quantity.__class__ is not float
            and minimum_purchase_quantity.__class__ is not int
        ):
            minimum_purchase_quantity, _raw = _decoding.scalar(
                minimum_purchase_quantity, "float", _path, "MinimumPurchaseQuantity", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            permissible_order_quantity = _src["PermissibleOrderQuantity"]
        except KeyError:
            permissible_order_quantity = UNSET
        if (
            permissible_order_quantity.__class__ is not float
            and permissible_order_quantity.__class__ is not int
        ):
            permissible_order_quantity, _raw = _decoding.scalar(
                permissible_order_quantity, "float", _path, "PermissibleOrderQuantity", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            delivery_time = _src["DeliveryTime"]
        except KeyError:
            delivery_time = UNSET
        if delivery_time.__class__ is not int:
            delivery_time, _raw = _decoding.scalar(delivery_time, "int", _path, "DeliveryTime", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            use_supplier_delivery_time = _src["UseSupplierDeliveryTime"]
        except KeyError:
            use_supplier_delivery_time = UNSET
        if use_supplier_delivery_time.__class__ is not bool:
            use_supplier_delivery_time, _raw = _decoding.scalar(
                use_supplier_delivery_time, "bool", _path, "UseSupplierDeliveryTime", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            stocklevel = _src["Stocklevel"]
        except KeyError:
            stocklevel = UNSET
        if stocklevel.__class__ is not float and stocklevel.__class__ is not int:
            stocklevel, _raw = _decoding.scalar(stocklevel, "float", _path, "Stocklevel", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_dropshipping = _src["IsDropshipping"]
        except KeyError:
            is_dropshipping = UNSET
        if is_dropshipping.__class__ is not bool:
            is_dropshipping, _raw = _decoding.scalar(is_dropshipping, "bool", _path, "IsDropshipping", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            merge_stock_level = _src["MergeStockLevel"]
        except KeyError:
            merge_stock_level = UNSET
        if merge_stock_level.__class__ is not bool:
            merge_stock_level, _raw = _decoding.scalar(
                merge_stock_level, "bool", _path, "MergeStockLevel", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            comment = _src["Comment"]
        except KeyError:
            comment = UNSET
        if comment.__class__ is not str:
            comment, _raw = _decoding.scalar(comment, "str", _path, "Comment", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            packaging_unit = _src["PackagingUnit"]
        except KeyError:
            packaging_unit = UNSET
        if packaging_unit.__class__ is not str:
            packaging_unit, _raw = _decoding.scalar(packaging_unit, "str", _path, "PackagingUnit", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            amount_packaging_unit = _src["AmountPackagingUnit"]
        except KeyError:
            amount_packaging_unit = UNSET
        if amount_packaging_unit.__class__ is not float and amount_packaging_unit.__class__ is not int:
            amount_packaging_unit, _raw = _decoding.scalar(
                amount_packaging_unit, "float", _path, "AmountPackagingUnit", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            packaging_unit_purchase_price_net = _src["PackagingUnitPurchasePriceNet"]
        except KeyError:
            packaging_unit_purchase_price_net = UNSET
        if (
            packaging_unit_purchase_price_net.__class__ is not float
            and packaging_unit_purchase_price_net.__class__ is not int
        ):
            packaging_unit_purchase_price_net, _raw = _decoding.scalar(
                packaging_unit_purchase_price_net, "float", _path, "PackagingUnitPurchasePriceNet", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ScalePrices"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "ScalePrices", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            scale_prices = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                scale_prices = _v
                _pending |= 1
            else:
                scale_prices = []
                _at = _path + "ScalePrices[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        scale_prices.append(_SupplierItemScalePrice_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, SupplierItemScalePrice, _path, "ScalePrices", _raw)

        if cls is ItemSupplier:
            _obj = _new(cls)
            _obj.item_id = item_id
            _obj.supplier_id = supplier_id
            _obj.sku = sku
            _obj.item_name = item_name
            _obj.is_standard = is_standard
            _obj.purchase_price_net = purchase_price_net
            _obj.tax_rate = tax_rate
            _obj.minimum_purchase_quantity = minimum_purchase_quantity
            _obj.permissible_order_quantity = permissible_order_quantity
            _obj.delivery_time = delivery_time
            _obj.use_supplier_delivery_time = use_supplier_delivery_time
            _obj.stocklevel = stocklevel
            _obj.is_dropshipping = is_dropshipping
            _obj.merge_stock_level = merge_stock_level
            _obj.comment = comment
            _obj.packaging_unit = packaging_unit
            _obj.amount_packaging_unit = amount_packaging_unit
            _obj.packaging_unit_purchase_price_net = packaging_unit_purchase_price_net
            _set_scale_prices(_obj, scale_prices)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                item_id,
                supplier_id,
                sku,
                item_name,
                is_standard,
                purchase_price_net,
                tax_rate,
                minimum_purchase_quantity,
                permissible_order_quantity,
                delivery_time,
                use_supplier_delivery_time,
                stocklevel,
                is_dropshipping,
                merge_stock_level,
                comment,
                packaging_unit,
                amount_packaging_unit,
                packaging_unit_purchase_price_net,
                scale_prices,
            )

        if len(_src) != 19 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
            _obj._additional_properties = {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        if _raw is not None:
            _obj._raw_values = _raw
        return _obj

    @property
    def raw_values(self) -> dict[str, Any]:
        """Values from the response that could not be read as the spec says, by field name
        (tolerant decoding left those fields unset); empty when the body matched the spec."""
        return self._raw_values if self._raw_values is not None else {}

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys of the body the spec does not declare, with their values."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

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

_SupplierItemScalePrice_from_dict = SupplierItemScalePrice.from_dict

_set_scale_prices = _decoding.lazy(
    ItemSupplier, "scale_prices", "ScalePrices", 1, SupplierItemScalePrice.from_dict, True
)
