from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.sales_order_line_item_type import SalesOrderLineItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesOrderLineItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "SalesOrderId",
        "ItemId",
        "Name",
        "SKU",
        "Type",
        "Quantity",
        "QuantityDelivered",
        "QuantityReturned",
        "SalesUnit",
        "SalesPriceNet",
        "SalesPriceGross",
        "Discount",
        "PurchasePriceNet",
        "TaxRate",
        "Notice",
    }
)


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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sales_order_id = self.sales_order_id

        item_id = self.item_id

        name = self.name

        sku = self.sku

        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["Id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not int:
            id, _raw = _decoding.scalar(id, "int", _path, "Id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sales_order_id = _src["SalesOrderId"]
        except KeyError:
            sales_order_id = UNSET
        if sales_order_id.__class__ is not int:
            sales_order_id, _raw = _decoding.scalar(sales_order_id, "int", _path, "SalesOrderId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            item_id = _src["ItemId"]
        except KeyError:
            item_id = UNSET
        if item_id.__class__ is not int:
            item_id, _raw = _decoding.scalar(item_id, "int", _path, "ItemId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["Name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "Name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sku = _src["SKU"]
        except KeyError:
            sku = UNSET
        if sku.__class__ is not str:
            sku, _raw = _decoding.scalar(sku, "str", _path, "SKU", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            type_, _raw = _decoding.missing(_path, "Type", "SalesOrderLineItemType", _raw)
        else:
            try:
                type_ = SalesOrderLineItemType(_v)

            except Exception as _e:
                type_, _raw = _decoding.failed(_v, _e, _path, "Type", "SalesOrderLineItemType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            quantity = _src["Quantity"]
        except KeyError:
            quantity = UNSET
        if quantity.__class__ is not float and quantity.__class__ is not int:
            quantity, _raw = _decoding.scalar(quantity, "float", _path, "Quantity", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            quantity_delivered = _src["QuantityDelivered"]
        except KeyError:
            quantity_delivered = UNSET
        if quantity_delivered.__class__ is not float and quantity_delivered.__class__ is not int:
            quantity_delivered, _raw = _decoding.scalar(
                quantity_delivered, "float", _path, "QuantityDelivered", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            quantity_returned = _src["QuantityReturned"]
        except KeyError:
            quantity_returned = UNSET
        if quantity_returned.__class__ is not float and quantity_returned.__class__ is not int:
            quantity_returned, _raw = _decoding.scalar(
                quantity_returned, "float", _path, "QuantityReturned", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sales_unit = _src["SalesUnit"]
        except KeyError:
            sales_unit = UNSET
        if sales_unit.__class__ is not str:
            sales_unit, _raw = _decoding.scalar(sales_unit, "str", _path, "SalesUnit", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sales_price_net = _src["SalesPriceNet"]
        except KeyError:
            sales_price_net = UNSET
        if sales_price_net.__class__ is not float and sales_price_net.__class__ is not int:
            sales_price_net, _raw = _decoding.scalar(sales_price_net, "float", _path, "SalesPriceNet", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sales_price_gross = _src["SalesPriceGross"]
        except KeyError:
            sales_price_gross = UNSET
        if sales_price_gross.__class__ is not float and sales_price_gross.__class__ is not int:
            sales_price_gross, _raw = _decoding.scalar(
                sales_price_gross, "float", _path, "SalesPriceGross", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            discount = _src["Discount"]
        except KeyError:
            discount = UNSET
        if discount.__class__ is not float and discount.__class__ is not int:
            discount, _raw = _decoding.scalar(discount, "float", _path, "Discount", _raw)

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
            notice = _src["Notice"]
        except KeyError:
            notice = UNSET
        if notice.__class__ is not str:
            notice, _raw = _decoding.scalar(notice, "str", _path, "Notice", _raw)

        if cls is SalesOrderLineItem:
            _obj = _new(cls)
            _obj.id = id
            _obj.sales_order_id = sales_order_id
            _obj.item_id = item_id
            _obj.name = name
            _obj.sku = sku
            _obj.type_ = type_
            _obj.quantity = quantity
            _obj.quantity_delivered = quantity_delivered
            _obj.quantity_returned = quantity_returned
            _obj.sales_unit = sales_unit
            _obj.sales_price_net = sales_price_net
            _obj.sales_price_gross = sales_price_gross
            _obj.discount = discount
            _obj.purchase_price_net = purchase_price_net
            _obj.tax_rate = tax_rate
            _obj.notice = notice
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                sales_order_id,
                item_id,
                name,
                sku,
                type_,
                quantity,
                quantity_delivered,
                quantity_returned,
                sales_unit,
                sales_price_net,
                sales_price_gross,
                discount,
                purchase_price_net,
                tax_rate,
                notice,
            )

        if len(_src) != 16 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
