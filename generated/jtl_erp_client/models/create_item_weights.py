from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateItemWeights")


@_attrs_define
class CreateItemWeights:
    """
    Attributes:
        item_weigth (float | Unset):  Example: 5.
        shipping_weight (float | Unset):  Example: 5.5.
    """

    item_weigth: float | Unset = UNSET
    shipping_weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_weigth = self.item_weigth

        shipping_weight = self.shipping_weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_weigth is not UNSET:
            field_dict["ItemWeigth"] = item_weigth
        if shipping_weight is not UNSET:
            field_dict["ShippingWeight"] = shipping_weight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("ItemWeigth", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("ItemWeigth: expected float, got " + type(_v).__name__)
        item_weigth = _v

        _v = d.pop("ShippingWeight", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("ShippingWeight: expected float, got " + type(_v).__name__)
        shipping_weight = _v

        create_item_weights = cls(
            item_weigth=item_weigth,
            shipping_weight=shipping_weight,
        )

        create_item_weights.additional_properties = d
        return create_item_weights

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
