from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSalesOrderLineItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Quantity",
        "ItemId",
        "Name",
        "SKU",
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
            quantity = _src["Quantity"]
        except KeyError:
            quantity = UNSET
        if quantity.__class__ is not float and quantity.__class__ is not int:
            quantity, _raw = _decoding.scalar(quantity, "float", _path, "Quantity", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            item_id = _src["ItemId"]
        except KeyError:
            item_id = UNSET
        if item_id.__class__ is not int and item_id is not UNSET:
            item_id, _raw = _decoding.scalar(item_id, "int", _path, "ItemId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["Name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str and name is not UNSET:
            name, _raw = _decoding.scalar(name, "str", _path, "Name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sku = _src["SKU"]
        except KeyError:
            sku = UNSET
        if sku.__class__ is not str and sku is not UNSET:
            sku, _raw = _decoding.scalar(sku, "str", _path, "SKU", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sales_unit = _src["SalesUnit"]
        except KeyError:
            sales_unit = UNSET
        if sales_unit.__class__ is not str and sales_unit is not UNSET:
            sales_unit, _raw = _decoding.scalar(sales_unit, "str", _path, "SalesUnit", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sales_price_net = _src["SalesPriceNet"]
        except KeyError:
            sales_price_net = UNSET
        if (
            sales_price_net.__class__ is not float
            and sales_price_net.__class__ is not int
            and sales_price_net is not UNSET
        ):
            sales_price_net, _raw = _decoding.scalar(sales_price_net, "float", _path, "SalesPriceNet", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sales_price_gross = _src["SalesPriceGross"]
        except KeyError:
            sales_price_gross = UNSET
        if (
            sales_price_gross.__class__ is not float
            and sales_price_gross.__class__ is not int
            and sales_price_gross is not UNSET
        ):
            sales_price_gross, _raw = _decoding.scalar(
                sales_price_gross, "float", _path, "SalesPriceGross", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            discount = _src["Discount"]
        except KeyError:
            discount = UNSET
        if discount.__class__ is not float and discount.__class__ is not int and discount is not UNSET:
            discount, _raw = _decoding.scalar(discount, "float", _path, "Discount", _raw)

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
            notice = _src["Notice"]
        except KeyError:
            notice = UNSET
        if notice.__class__ is not str and notice is not UNSET:
            notice, _raw = _decoding.scalar(notice, "str", _path, "Notice", _raw)

        if cls is CreateSalesOrderLineItem:
            _obj = _new(cls)
            _obj.quantity = quantity
            _obj.item_id = item_id
            _obj.name = name
            _obj.sku = sku
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
                quantity,
                item_id,
                name,
                sku,
                sales_unit,
                sales_price_net,
                sales_price_gross,
                discount,
                purchase_price_net,
                tax_rate,
                notice,
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
