from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ItemProperties")


@_attrs_define
class ItemProperties:
    """
    Attributes:
        item_id (int):  Example: 1.
        properties (list[ItemPropertyValue]):  Example: 43.
    """

    item_id: int
    properties: list[ItemPropertyValue]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        properties = []
        for properties_item_data in self.properties:
            properties_item = properties_item_data.to_dict()
            properties.append(properties_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ItemId": item_id,
                "Properties": properties,
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

        _v = d.pop("Properties", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("Properties: expected list, got " + type(_v).__name__)
        properties = []
        _properties = _v
        for properties_item_data in _properties:
            properties_item = ItemPropertyValue.from_dict(properties_item_data)

            properties.append(properties_item)

        item_properties = cls(
            item_id=item_id,
            properties=properties,
        )

        item_properties.additional_properties = d
        return item_properties

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


from ..models.item_property_value import ItemPropertyValue
