from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ItemSpecialPrice")


@_attrs_define
class ItemSpecialPrice:
    """
    Attributes:
        item_id (int):  Example: 1.
        special_price (list[SpecialPrice]):
        is_active (bool):  Example: True.
        start_date (datetime.datetime):  Example: 2023-02-01T13:00:00.0000000+00:00.
        end_date_active (bool):  Example: False.
        end_date (datetime.datetime):  Example: 2023-02-01T13:00:00.0000000+00:00.
        till_amount_active (bool):  Example: False.
        till_amount_in_stock_smaller_than (int):  Example: 15.
    """

    item_id: int
    special_price: list[SpecialPrice]
    is_active: bool
    start_date: datetime.datetime
    end_date_active: bool
    end_date: datetime.datetime
    till_amount_active: bool
    till_amount_in_stock_smaller_than: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        special_price = []
        for special_price_item_data in self.special_price:
            special_price_item = special_price_item_data.to_dict()
            special_price.append(special_price_item)

        is_active = self.is_active

        start_date = self.start_date.isoformat()

        end_date_active = self.end_date_active

        end_date = self.end_date.isoformat()

        till_amount_active = self.till_amount_active

        till_amount_in_stock_smaller_than = self.till_amount_in_stock_smaller_than

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ItemId": item_id,
                "SpecialPrice": special_price,
                "IsActive": is_active,
                "StartDate": start_date,
                "EndDateActive": end_date_active,
                "EndDate": end_date,
                "TillAmountActive": till_amount_active,
                "TillAmountInStockSmallerThan": till_amount_in_stock_smaller_than,
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

        _v = d.pop("SpecialPrice", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("SpecialPrice: expected list, got " + type(_v).__name__)
        special_price = []
        _special_price = _v
        for special_price_item_data in _special_price:
            special_price_item = SpecialPrice.from_dict(special_price_item_data)

            special_price.append(special_price_item)

        _v = d.pop("IsActive", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsActive: expected bool, got " + type(_v).__name__)
        is_active = _v

        start_date = datetime.datetime.fromisoformat(d.pop("StartDate"))

        _v = d.pop("EndDateActive", UNSET)
        if type(_v) is not bool:
            raise TypeError("EndDateActive: expected bool, got " + type(_v).__name__)
        end_date_active = _v

        end_date = datetime.datetime.fromisoformat(d.pop("EndDate"))

        _v = d.pop("TillAmountActive", UNSET)
        if type(_v) is not bool:
            raise TypeError("TillAmountActive: expected bool, got " + type(_v).__name__)
        till_amount_active = _v

        _v = d.pop("TillAmountInStockSmallerThan", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("TillAmountInStockSmallerThan: expected int, got " + type(_v).__name__)
        till_amount_in_stock_smaller_than = _v

        item_special_price = cls(
            item_id=item_id,
            special_price=special_price,
            is_active=is_active,
            start_date=start_date,
            end_date_active=end_date_active,
            end_date=end_date,
            till_amount_active=till_amount_active,
            till_amount_in_stock_smaller_than=till_amount_in_stock_smaller_than,
        )

        item_special_price.additional_properties = d
        return item_special_price

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


from ..models.special_price import SpecialPrice
