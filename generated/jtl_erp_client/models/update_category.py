from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCategory")


@_attrs_define
class UpdateCategory:
    """
    Attributes:
        name (str | Unset):  Example: Binoculars.
        description (str | Unset):  Example: Best Binoculars.
        parent_category_id (int | Unset):  Example: 5.
        sort_number (int | Unset):  Example: 1.
        active_sales_channels (str | Unset):  Example: 1-1-1.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    parent_category_id: int | Unset = UNSET
    sort_number: int | Unset = UNSET
    active_sales_channels: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        parent_category_id = self.parent_category_id

        sort_number = self.sort_number

        active_sales_channels = self.active_sales_channels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if description is not UNSET:
            field_dict["Description"] = description
        if parent_category_id is not UNSET:
            field_dict["ParentCategoryId"] = parent_category_id
        if sort_number is not UNSET:
            field_dict["SortNumber"] = sort_number
        if active_sales_channels is not UNSET:
            field_dict["ActiveSalesChannels"] = active_sales_channels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Name", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("Description", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Description: expected str, got " + type(_v).__name__)
        description = _v

        _v = d.pop("ParentCategoryId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("ParentCategoryId: expected int, got " + type(_v).__name__)
        parent_category_id = _v

        _v = d.pop("SortNumber", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("SortNumber: expected int, got " + type(_v).__name__)
        sort_number = _v

        _v = d.pop("ActiveSalesChannels", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("ActiveSalesChannels: expected str, got " + type(_v).__name__)
        active_sales_channels = _v

        update_category = cls(
            name=name,
            description=description,
            parent_category_id=parent_category_id,
            sort_number=sort_number,
            active_sales_channels=active_sales_channels,
        )

        update_category.additional_properties = d
        return update_category

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
