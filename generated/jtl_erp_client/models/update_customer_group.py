from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCustomerGroup")


@_attrs_define
class UpdateCustomerGroup:
    """
    Attributes:
        name (str | Unset):  Example: B2C.
        is_default (bool | Unset):  Example: False.
        discount (float | Unset):  Example: 5.
        is_net_price (bool | Unset):  Example: False.
    """

    name: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    discount: float | Unset = UNSET
    is_net_price: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_default = self.is_default

        discount = self.discount

        is_net_price = self.is_net_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if is_default is not UNSET:
            field_dict["IsDefault"] = is_default
        if discount is not UNSET:
            field_dict["Discount"] = discount
        if is_net_price is not UNSET:
            field_dict["IsNetPrice"] = is_net_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Name", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("IsDefault", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("IsDefault: expected bool, got " + type(_v).__name__)
        is_default = _v

        _v = d.pop("Discount", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("Discount: expected float, got " + type(_v).__name__)
        discount = _v

        _v = d.pop("IsNetPrice", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("IsNetPrice: expected bool, got " + type(_v).__name__)
        is_net_price = _v

        update_customer_group = cls(
            name=name,
            is_default=is_default,
            discount=discount,
            is_net_price=is_net_price,
        )

        update_customer_group.additional_properties = d
        return update_customer_group

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
