from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateItemSpecialPrice")


@_attrs_define
class UpdateItemSpecialPrice:
    """
    Attributes:
        is_active (bool):  Example: True.
        special_price (list[UpdateSpecialPrice] | Unset):
        start_date (datetime.datetime | Unset):  Example: 2023-02-01T13:00:00.0000000+00:00.
        end_date_active (bool | Unset):  Example: False.
        end_date (datetime.datetime | Unset):  Example: 2023-02-01T13:00:00.0000000+00:00.
        till_amount_active (bool | Unset):  Example: False.
        till_amount_in_stock_smaller_than (int | Unset):  Example: 15.
    """

    is_active: bool
    special_price: list[UpdateSpecialPrice] | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date_active: bool | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    till_amount_active: bool | Unset = UNSET
    till_amount_in_stock_smaller_than: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_active = self.is_active

        special_price: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.special_price, Unset):
            special_price = []
            for special_price_item_data in self.special_price:
                special_price_item = special_price_item_data.to_dict()
                special_price.append(special_price_item)

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date_active = self.end_date_active

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        till_amount_active = self.till_amount_active

        till_amount_in_stock_smaller_than = self.till_amount_in_stock_smaller_than

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "IsActive": is_active,
            }
        )
        if special_price is not UNSET:
            field_dict["SpecialPrice"] = special_price
        if start_date is not UNSET:
            field_dict["StartDate"] = start_date
        if end_date_active is not UNSET:
            field_dict["EndDateActive"] = end_date_active
        if end_date is not UNSET:
            field_dict["EndDate"] = end_date
        if till_amount_active is not UNSET:
            field_dict["TillAmountActive"] = till_amount_active
        if till_amount_in_stock_smaller_than is not UNSET:
            field_dict["TillAmountInStockSmallerThan"] = till_amount_in_stock_smaller_than

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("IsActive", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsActive: expected bool, got " + type(_v).__name__)
        is_active = _v

        _v = d.pop("SpecialPrice", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("SpecialPrice: expected list, got " + type(_v).__name__)
        _special_price = _v
        special_price: list[UpdateSpecialPrice] | Unset = UNSET
        if _special_price is not UNSET:
            special_price = []
            for special_price_item_data in _special_price:
                special_price_item = UpdateSpecialPrice.from_dict(special_price_item_data)

                special_price.append(special_price_item)

        _start_date = d.pop("StartDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _v = d.pop("EndDateActive", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("EndDateActive: expected bool, got " + type(_v).__name__)
        end_date_active = _v

        _end_date = d.pop("EndDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        _v = d.pop("TillAmountActive", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("TillAmountActive: expected bool, got " + type(_v).__name__)
        till_amount_active = _v

        _v = d.pop("TillAmountInStockSmallerThan", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("TillAmountInStockSmallerThan: expected int, got " + type(_v).__name__)
        till_amount_in_stock_smaller_than = _v

        update_item_special_price = cls(
            is_active=is_active,
            special_price=special_price,
            start_date=start_date,
            end_date_active=end_date_active,
            end_date=end_date,
            till_amount_active=till_amount_active,
            till_amount_in_stock_smaller_than=till_amount_in_stock_smaller_than,
        )

        update_item_special_price.additional_properties = d
        return update_item_special_price

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


from ..models.update_special_price import UpdateSpecialPrice
