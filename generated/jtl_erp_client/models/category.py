from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Category")


@_attrs_define
class Category:
    """
    Attributes:
        id (int):  Example: 13.
        name (str):  Example: Binoculars.
        description (str):  Example: Best Binoculars.
        parent_category_id (int):  Example: 5.
        level (int):  Example: 2.
        sort_number (int):  Example: 1.
        active_sales_channels (str):  Example: 1-1-1.
    """

    id: int
    name: str
    description: str
    parent_category_id: int
    level: int
    sort_number: int
    active_sales_channels: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        parent_category_id = self.parent_category_id

        level = self.level

        sort_number = self.sort_number

        active_sales_channels = self.active_sales_channels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Name": name,
                "Description": description,
                "ParentCategoryId": parent_category_id,
                "Level": level,
                "SortNumber": sort_number,
                "ActiveSalesChannels": active_sales_channels,
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

        _v = d.pop("Description", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Description: expected str, got " + type(_v).__name__)
        description = _v

        _v = d.pop("ParentCategoryId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ParentCategoryId: expected int, got " + type(_v).__name__)
        parent_category_id = _v

        _v = d.pop("Level", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Level: expected int, got " + type(_v).__name__)
        level = _v

        _v = d.pop("SortNumber", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("SortNumber: expected int, got " + type(_v).__name__)
        sort_number = _v

        _v = d.pop("ActiveSalesChannels", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("ActiveSalesChannels: expected str, got " + type(_v).__name__)
        active_sales_channels = _v

        category = cls(
            id=id,
            name=name,
            description=description,
            parent_category_id=parent_category_id,
            level=level,
            sort_number=sort_number,
            active_sales_channels=active_sales_channels,
        )

        category.additional_properties = d
        return category

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
