from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="CreateItemImage")


@_attrs_define
class CreateItemImage:
    """
    Attributes:
        image_data (str):
        filename (str):  Example: itemImage.jpg.
        sales_channel_id (str):  Example: 1-1-1.
    """

    image_data: str
    filename: str
    sales_channel_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_data = self.image_data

        filename = self.filename

        sales_channel_id = self.sales_channel_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ImageData": image_data,
                "Filename": filename,
                "SalesChannelId": sales_channel_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("ImageData", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("ImageData: expected str, got " + type(_v).__name__)
        image_data = _v

        _v = d.pop("Filename", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Filename: expected str, got " + type(_v).__name__)
        filename = _v

        _v = d.pop("SalesChannelId", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SalesChannelId: expected str, got " + type(_v).__name__)
        sales_channel_id = _v

        create_item_image = cls(
            image_data=image_data,
            filename=filename,
            sales_channel_id=sales_channel_id,
        )

        create_item_image.additional_properties = d
        return create_item_image

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
