from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ItemDescription")


@_attrs_define
class ItemDescription:
    """
    Attributes:
        item_id (int):  Example: 1.
        name (str):  Example: Interdimensional goggles.
        description (str):
        short_description (str):  Example: The best goggles anyone can buy..
        seo_path (str):  Example: Interdimensional-goggles.
        seo_meta_description (str):  Example: A meta description.
        seo_title_tag (str):  Example: Interdimensional goggles.
        seo_meta_keywords (str):  Example: Interdimensional, Vision, Goggles.
        language_iso (str):  Example: DE.
        sales_channel_id (str):  Example: 1-1-1.
    """

    item_id: int
    name: str
    description: str
    short_description: str
    seo_path: str
    seo_meta_description: str
    seo_title_tag: str
    seo_meta_keywords: str
    language_iso: str
    sales_channel_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        name = self.name

        description = self.description

        short_description = self.short_description

        seo_path = self.seo_path

        seo_meta_description = self.seo_meta_description

        seo_title_tag = self.seo_title_tag

        seo_meta_keywords = self.seo_meta_keywords

        language_iso = self.language_iso

        sales_channel_id = self.sales_channel_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ItemId": item_id,
                "Name": name,
                "Description": description,
                "ShortDescription": short_description,
                "SeoPath": seo_path,
                "SeoMetaDescription": seo_meta_description,
                "SeoTitleTag": seo_title_tag,
                "SeoMetaKeywords": seo_meta_keywords,
                "LanguageIso": language_iso,
                "SalesChannelId": sales_channel_id,
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

        _v = d.pop("Name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("Description", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Description: expected str, got " + type(_v).__name__)
        description = _v

        _v = d.pop("ShortDescription", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("ShortDescription: expected str, got " + type(_v).__name__)
        short_description = _v

        _v = d.pop("SeoPath", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SeoPath: expected str, got " + type(_v).__name__)
        seo_path = _v

        _v = d.pop("SeoMetaDescription", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SeoMetaDescription: expected str, got " + type(_v).__name__)
        seo_meta_description = _v

        _v = d.pop("SeoTitleTag", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SeoTitleTag: expected str, got " + type(_v).__name__)
        seo_title_tag = _v

        _v = d.pop("SeoMetaKeywords", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SeoMetaKeywords: expected str, got " + type(_v).__name__)
        seo_meta_keywords = _v

        _v = d.pop("LanguageIso", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("LanguageIso: expected str, got " + type(_v).__name__)
        language_iso = _v

        _v = d.pop("SalesChannelId", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SalesChannelId: expected str, got " + type(_v).__name__)
        sales_channel_id = _v

        item_description = cls(
            item_id=item_id,
            name=name,
            description=description,
            short_description=short_description,
            seo_path=seo_path,
            seo_meta_description=seo_meta_description,
            seo_title_tag=seo_title_tag,
            seo_meta_keywords=seo_meta_keywords,
            language_iso=language_iso,
            sales_channel_id=sales_channel_id,
        )

        item_description.additional_properties = d
        return item_description

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
