from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateItemPrice")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "SalesPriceNet",
        "SuggestedRetailPrice",
        "PurchasePriceNet",
        "EbayPrice",
        "AmazonPrice",
    }
)


@_attrs_define
class UpdateItemPrice:
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        sales_price_net = self.sales_price_net

        suggested_retail_price = self.suggested_retail_price

        purchase_price_net = self.purchase_price_net

        ebay_price = self.ebay_price

        amazon_price = self.amazon_price

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
            suggested_retail_price = _src["SuggestedRetailPrice"]
        except KeyError:
            suggested_retail_price = UNSET
        if (
            suggested_retail_price.__class__ is not float
            and suggested_retail_price.__class__ is not int
            and suggested_retail_price is not UNSET
        ):
            suggested_retail_price, _raw = _decoding.scalar(
                suggested_retail_price, "float", _path, "SuggestedRetailPrice", _raw
            )

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
            ebay_price = _src["EbayPrice"]
        except KeyError:
            ebay_price = UNSET
        if ebay_price.__class__ is not float and ebay_price.__class__ is not int and ebay_price is not UNSET:
            ebay_price, _raw = _decoding.scalar(ebay_price, "float", _path, "EbayPrice", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            amazon_price = _src["AmazonPrice"]
        except KeyError:
            amazon_price = UNSET
        if (
            amazon_price.__class__ is not float
            and amazon_price.__class__ is not int
            and amazon_price is not UNSET
        ):
            amazon_price, _raw = _decoding.scalar(amazon_price, "float", _path, "AmazonPrice", _raw)

        if cls is UpdateItemPrice:
            _obj = _new(cls)
            _obj.sales_price_net = sales_price_net
            _obj.suggested_retail_price = suggested_retail_price
            _obj.purchase_price_net = purchase_price_net
            _obj.ebay_price = ebay_price
            _obj.amazon_price = amazon_price
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                sales_price_net,
                suggested_retail_price,
                purchase_price_net,
                ebay_price,
                amazon_price,
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
