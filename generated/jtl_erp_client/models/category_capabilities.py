from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="CategoryCapabilities")


@_attrs_define
class CategoryCapabilities:
    """
    Attributes:
        descriptions (bool):  Example: True.
        online_shop_activation (bool):  Example: True.
    """

    descriptions: bool
    online_shop_activation: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        descriptions = self.descriptions

        online_shop_activation = self.online_shop_activation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Descriptions": descriptions,
                "OnlineShopActivation": online_shop_activation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Descriptions", UNSET)
        if type(_v) is not bool:
            raise TypeError("Descriptions: expected bool, got " + type(_v).__name__)
        descriptions = _v

        _v = d.pop("OnlineShopActivation", UNSET)
        if type(_v) is not bool:
            raise TypeError("OnlineShopActivation: expected bool, got " + type(_v).__name__)
        online_shop_activation = _v

        category_capabilities = cls(
            descriptions=descriptions,
            online_shop_activation=online_shop_activation,
        )

        category_capabilities.additional_properties = d
        return category_capabilities

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
