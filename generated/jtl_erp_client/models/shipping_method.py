from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ShippingMethod")


@_attrs_define
class ShippingMethod:
    """
    Attributes:
        id (int):  Example: 31.
        name (str):  Example: DHL Paket.
        priority (int):  Example: 1.
        gross_price (float):  Example: 3.99.
        extra_weight (float):  Example: 0.1.
        is_amazon_prime (bool):  Example: False.
    """

    id: int
    name: str
    priority: int
    gross_price: float
    extra_weight: float
    is_amazon_prime: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        priority = self.priority

        gross_price = self.gross_price

        extra_weight = self.extra_weight

        is_amazon_prime = self.is_amazon_prime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Name": name,
                "Priority": priority,
                "GrossPrice": gross_price,
                "ExtraWeight": extra_weight,
                "IsAmazonPrime": is_amazon_prime,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Id", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Id: expected int, got " + type(_v).__name__)
        id = _v

        _v = d.pop("Name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("Priority", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Priority: expected int, got " + type(_v).__name__)
        priority = _v

        _v = d.pop("GrossPrice", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("GrossPrice: expected float, got " + type(_v).__name__)
        gross_price = _v

        _v = d.pop("ExtraWeight", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("ExtraWeight: expected float, got " + type(_v).__name__)
        extra_weight = _v

        _v = d.pop("IsAmazonPrime", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsAmazonPrime: expected bool, got " + type(_v).__name__)
        is_amazon_prime = _v

        shipping_method = cls(
            id=id,
            name=name,
            priority=priority,
            gross_price=gross_price,
            extra_weight=extra_weight,
            is_amazon_prime=is_amazon_prime,
        )

        shipping_method.additional_properties = d
        return shipping_method

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
