from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ItemImage")


@_attrs_define
class ItemImage:
    """
    Attributes:
        item_id (int):  Example: 12345.
        image_id (int):  Example: 100.
        filename (str):  Example: itemImage.jpg.
        image_data_type (str):  Example: JPEG.
        sales_channel_id (str):  Example: 1-1-1.
        ebay_user_name (str):  Example: eBay_username.
        sort_number (int):  Example: 3.
        size (int):  Example: 921.
        width (int):  Example: 1980.
        height (int):  Example: 1024.
    """

    item_id: int
    image_id: int
    filename: str
    image_data_type: str
    sales_channel_id: str
    ebay_user_name: str
    sort_number: int
    size: int
    width: int
    height: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        image_id = self.image_id

        filename = self.filename

        image_data_type = self.image_data_type

        sales_channel_id = self.sales_channel_id

        ebay_user_name = self.ebay_user_name

        sort_number = self.sort_number

        size = self.size

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ItemId": item_id,
                "ImageId": image_id,
                "Filename": filename,
                "ImageDataType": image_data_type,
                "SalesChannelId": sales_channel_id,
                "EbayUserName": ebay_user_name,
                "SortNumber": sort_number,
                "Size": size,
                "Width": width,
                "Height": height,
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

        _v = d.pop("ImageId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ImageId: expected int, got " + type(_v).__name__)
        image_id = _v

        _v = d.pop("Filename", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Filename: expected str, got " + type(_v).__name__)
        filename = _v

        _v = d.pop("ImageDataType", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("ImageDataType: expected str, got " + type(_v).__name__)
        image_data_type = _v

        _v = d.pop("SalesChannelId", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SalesChannelId: expected str, got " + type(_v).__name__)
        sales_channel_id = _v

        _v = d.pop("EbayUserName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("EbayUserName: expected str, got " + type(_v).__name__)
        ebay_user_name = _v

        _v = d.pop("SortNumber", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("SortNumber: expected int, got " + type(_v).__name__)
        sort_number = _v

        _v = d.pop("Size", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Size: expected int, got " + type(_v).__name__)
        size = _v

        _v = d.pop("Width", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Width: expected int, got " + type(_v).__name__)
        width = _v

        _v = d.pop("Height", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Height: expected int, got " + type(_v).__name__)
        height = _v

        item_image = cls(
            item_id=item_id,
            image_id=image_id,
            filename=filename,
            image_data_type=image_data_type,
            sales_channel_id=sales_channel_id,
            ebay_user_name=ebay_user_name,
            sort_number=sort_number,
            size=size,
            width=width,
            height=height,
        )

        item_image.additional_properties = d
        return item_image

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
