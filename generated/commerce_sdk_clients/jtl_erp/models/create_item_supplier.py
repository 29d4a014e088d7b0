from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateItemSupplier")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
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
        "ScalePrices",
    }
)


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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        _lazy = not _m.strict and cls is CreateItemSupplier
        _pending = 0
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
        if sku.__class__ is not str and sku is not UNSET:
            sku, _raw = _decoding.scalar(sku, "str", _path, "Sku", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            item_name = _src["ItemName"]
        except KeyError:
            item_name = UNSET
        if item_name.__class__ is not str and item_name is not UNSET:
            item_name, _raw = _decoding.scalar(item_name, "str", _path, "ItemName", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_standard = _src["IsStandard"]
        except KeyError:
            is_standard = UNSET
        if is_standard.__class__ is not bool and is_standard is not UNSET:
            is_standard, _raw = _decoding.scalar(is_standard, "bool", _path, "IsStandard", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            purchase_price_net = _src["PurchasePriceNet"]
        except KeyError:
            purchase_price_net = UNSET
        if (
            purchase_price_net.__class__ is not float
            and purchase_price_net.__class__ is not int
            and purchase_price_net is not UNSET
        ):
            purchase_price_net, _raw = _decoding.scalar(
                purchase_price_net, "float", _path, "PurchasePriceNet", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_rate = _src["TaxRate"]
        except KeyError:
            tax_rate = UNSET
        if tax_rate.__class__ is not float and tax_rate.__class__ is not int and tax_rate is not UNSET:
            tax_rate, _raw = _decoding.scalar(tax_rate, "float", _path, "TaxRate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            minimum_purchase_quantity = _src["MinimumPurchaseQuantity"]
        except KeyError:
            minimum_purchase_quantity = UNSET
        if (
            minimum_purchase_quantity.__class__ is not float
            and minimum_purchase_quantity.__class__ is not int
            and minimum_purchase_quantity is not UNSET
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
            and permissible_order_quantity is not UNSET
        ):
            permissible_order_quantity, _raw = _decoding.scalar(
                permissible_order_quantity, "float", _path, "PermissibleOrderQuantity", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            delivery_time = _src["DeliveryTime"]
        except KeyError:
            delivery_time = UNSET
        if delivery_time.__class__ is not int and delivery_time is not UNSET:
            delivery_time, _raw = _decoding.scalar(delivery_time, "int", _path, "DeliveryTime", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            use_supplier_delivery_time = _src["UseSupplierDeliveryTime"]
        except KeyError:
            use_supplier_delivery_time = UNSET
        if use_supplier_delivery_time.__class__ is not bool and use_supplier_delivery_time is not UNSET:
            use_supplier_delivery_time, _raw = _decoding.scalar(
                use_supplier_delivery_time, "bool", _path, "UseSupplierDeliveryTime", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            stocklevel = _src["Stocklevel"]
        except KeyError:
            stocklevel = UNSET
        if stocklevel.__class__ is not float and stocklevel.__class__ is not int and stocklevel is not UNSET:
            stocklevel, _raw = _decoding.scalar(stocklevel, "float", _path, "Stocklevel", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_dropshipping = _src["IsDropshipping"]
        except KeyError:
            is_dropshipping = UNSET
        if is_dropshipping.__class__ is not bool and is_dropshipping is not UNSET:
            is_dropshipping, _raw = _decoding.scalar(is_dropshipping, "bool", _path, "IsDropshipping", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            merge_stock_level = _src["MergeStockLevel"]
        except KeyError:
            merge_stock_level = UNSET
        if merge_stock_level.__class__ is not bool and merge_stock_level is not UNSET:
            merge_stock_level, _raw = _decoding.scalar(
                merge_stock_level, "bool", _path, "MergeStockLevel", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            comment = _src["Comment"]
        except KeyError:
            comment = UNSET
        if comment.__class__ is not str and comment is not UNSET:
            comment, _raw = _decoding.scalar(comment, "str", _path, "Comment", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            packaging_unit = _src["PackagingUnit"]
        except KeyError:
            packaging_unit = UNSET
        if packaging_unit.__class__ is not str and packaging_unit is not UNSET:
            packaging_unit, _raw = _decoding.scalar(packaging_unit, "str", _path, "PackagingUnit", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            amount_packaging_unit = _src["AmountPackagingUnit"]
        except KeyError:
            amount_packaging_unit = UNSET
        if (
            amount_packaging_unit.__class__ is not float
            and amount_packaging_unit.__class__ is not int
            and amount_packaging_unit is not UNSET
        ):
            amount_packaging_unit, _raw = _decoding.scalar(
                amount_packaging_unit, "float", _path, "AmountPackagingUnit", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ScalePrices"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
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
                        scale_prices.append(_CreateSupplierItemScalePrice_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, CreateSupplierItemScalePrice, _path, "ScalePrices", _raw
                        )

        if cls is CreateItemSupplier:
            _obj = _new(cls)
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
            _set_scale_prices(_obj, scale_prices)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
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
                scale_prices,
            )

        if not _KNOWN_KEYS.issuperset(_src):
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


from ..models.create_supplier_item_scale_price import CreateSupplierItemScalePrice

_CreateSupplierItemScalePrice_from_dict = CreateSupplierItemScalePrice.from_dict

_set_scale_prices = _decoding.lazy(
    CreateItemSupplier, "scale_prices", "ScalePrices", 1, CreateSupplierItemScalePrice.from_dict, True
)
