from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET

T = TypeVar("T", bound="ItemSalesChannelPrice")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "ItemId",
        "SalesChannelId",
        "CustomerGroupId",
        "FromQuantity",
        "NetPrice",
        "ReduceStandardPriceByPercent",
    }
)


@_attrs_define
class ItemSalesChannelPrice:
    """
    Attributes:
        item_id (int):  Example: 1.
        sales_channel_id (str):  Example: 1-1-1.
        customer_group_id (int):  Example: 0.
        from_quantity (int):  Example: 0.
        net_price (float):  Example: 126.04.
        reduce_standard_price_by_percent (float):  Example: 5.
    """

    item_id: int
    sales_channel_id: str
    customer_group_id: int
    from_quantity: int
    net_price: float
    reduce_standard_price_by_percent: float
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        sales_channel_id = self.sales_channel_id

        customer_group_id = self.customer_group_id

        from_quantity = self.from_quantity

        net_price = self.net_price

        reduce_standard_price_by_percent = self.reduce_standard_price_by_percent

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "ItemId": item_id,
                "SalesChannelId": sales_channel_id,
                "CustomerGroupId": customer_group_id,
                "FromQuantity": from_quantity,
                "NetPrice": net_price,
                "ReduceStandardPriceByPercent": reduce_standard_price_by_percent,
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
            item_id = _src["ItemId"]
        except KeyError:
            item_id = UNSET
        if item_id.__class__ is not int:
            item_id, _raw = _decoding.scalar(item_id, "int", _path, "ItemId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sales_channel_id = _src["SalesChannelId"]
        except KeyError:
            sales_channel_id = UNSET
        if sales_channel_id.__class__ is not str:
            sales_channel_id, _raw = _decoding.scalar(sales_channel_id, "str", _path, "SalesChannelId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            customer_group_id = _src["CustomerGroupId"]
        except KeyError:
            customer_group_id = UNSET
        if customer_group_id.__class__ is not int:
            customer_group_id, _raw = _decoding.scalar(
                customer_group_id, "int", _path, "CustomerGroupId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            from_quantity = _src["FromQuantity"]
        except KeyError:
            from_quantity = UNSET
        if from_quantity.__class__ is not int:
            from_quantity, _raw = _decoding.scalar(from_quantity, "int", _path, "FromQuantity", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            net_price = _src["NetPrice"]
        except KeyError:
            net_price = UNSET
        if net_price.__class__ is not float and net_price.__class__ is not int:
            net_price, _raw = _decoding.scalar(net_price, "float", _path, "NetPrice", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            reduce_standard_price_by_percent = _src["ReduceStandardPriceByPercent"]
        except KeyError:
            reduce_standard_price_by_percent = UNSET
        if (
            reduce_standard_price_by_percent.__class__ is not float
            and reduce_standard_price_by_percent.__class__ is not int
        ):
            reduce_standard_price_by_percent, _raw = _decoding.scalar(
                reduce_standard_price_by_percent, "float", _path, "ReduceStandardPriceByPercent", _raw
            )

        if cls is ItemSalesChannelPrice:
            _obj = _new(cls)
            _obj.item_id = item_id
            _obj.sales_channel_id = sales_channel_id
            _obj.customer_group_id = customer_group_id
            _obj.from_quantity = from_quantity
            _obj.net_price = net_price
            _obj.reduce_standard_price_by_percent = reduce_standard_price_by_percent
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                item_id,
                sales_channel_id,
                customer_group_id,
                from_quantity,
                net_price,
                reduce_standard_price_by_percent,
            )

        if len(_src) != 6 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
