from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateItemImage")


@_attrs_define
class UpdateItemImage:
    """
    Attributes:
        sales_channel_id (str):  Example: 1-1-1.
        image_data (str | Unset):
        filename (str | Unset):  Example: itemImage.jpg.
        sort_number (int | Unset):  Example: 3.
    """

    sales_channel_id: str
    image_data: str | Unset = UNSET
    filename: str | Unset = UNSET
    sort_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sales_channel_id = self.sales_channel_id

        image_data = self.image_data

        filename = self.filename

        sort_number = self.sort_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SalesChannelId": sales_channel_id,
            }
        )
        if image_data is not UNSET:
            field_dict["ImageData"] = image_data
        if filename is not UNSET:
            field_dict["Filename"] = filename
        if sort_number is not UNSET:
            field_dict["SortNumber"] = sort_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("SalesChannelId", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SalesChannelId: expected str, got " + type(_v).__name__)
        sales_channel_id = _v

        _v = d.pop("ImageData", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("ImageData: expected str, got " + type(_v).__name__)
        image_data = _v

        _v = d.pop("Filename", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Filename: expected str, got " + type(_v).__name__)
        filename = _v

        _v = d.pop("SortNumber", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("SortNumber: expected int, got " + type(_v).__name__)
        sort_number = _v

        update_item_image = cls(
            sales_channel_id=sales_channel_id,
            image_data=image_data,
            filename=filename,
            sort_number=sort_number,
        )

        update_item_image.additional_properties = d
        return update_item_image

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
