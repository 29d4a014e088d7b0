from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCategoryDescription")


@_attrs_define
class CreateCategoryDescription:
    """
    Attributes:
        name (str):  Example: Binoculars.
        language_iso (str):  Example: DE.
        sales_channel_id (str):  Example: 1-1-0.
        description (str | Unset):  Example: Best Binoculars.
        seo_path (str | Unset):  Example: binoculars.
        seo_meta_description (str | Unset):  Example: Best Binoculars.
        seo_title_tag (str | Unset):  Example: Best Binoculars.
        seo_meta_keywords (str | Unset):  Example: Best, Binoculars.
    """

    name: str
    language_iso: str
    sales_channel_id: str
    description: str | Unset = UNSET
    seo_path: str | Unset = UNSET
    seo_meta_description: str | Unset = UNSET
    seo_title_tag: str | Unset = UNSET
    seo_meta_keywords: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language_iso = self.language_iso

        sales_channel_id = self.sales_channel_id

        description = self.description

        seo_path = self.seo_path

        seo_meta_description = self.seo_meta_description

        seo_title_tag = self.seo_title_tag

        seo_meta_keywords = self.seo_meta_keywords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "LanguageIso": language_iso,
                "SalesChannelId": sales_channel_id,
            }
        )
        if description is not UNSET:
            field_dict["Description"] = description
        if seo_path is not UNSET:
            field_dict["SeoPath"] = seo_path
        if seo_meta_description is not UNSET:
            field_dict["SeoMetaDescription"] = seo_meta_description
        if seo_title_tag is not UNSET:
            field_dict["SeoTitleTag"] = seo_title_tag
        if seo_meta_keywords is not UNSET:
            field_dict["SeoMetaKeywords"] = seo_meta_keywords

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("LanguageIso", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("LanguageIso: expected str, got " + type(_v).__name__)
        language_iso = _v

        _v = d.pop("SalesChannelId", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SalesChannelId: expected str, got " + type(_v).__name__)
        sales_channel_id = _v

        _v = d.pop("Description", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Description: expected str, got " + type(_v).__name__)
        description = _v

        _v = d.pop("SeoPath", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("SeoPath: expected str, got " + type(_v).__name__)
        seo_path = _v

        _v = d.pop("SeoMetaDescription", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("SeoMetaDescription: expected str, got " + type(_v).__name__)
        seo_meta_description = _v

        _v = d.pop("SeoTitleTag", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("SeoTitleTag: expected str, got " + type(_v).__name__)
        seo_title_tag = _v

        _v = d.pop("SeoMetaKeywords", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("SeoMetaKeywords: expected str, got " + type(_v).__name__)
        seo_meta_keywords = _v

        create_category_description = cls(
            name=name,
            language_iso=language_iso,
            sales_channel_id=sales_channel_id,
            description=description,
            seo_path=seo_path,
            seo_meta_description=seo_meta_description,
            seo_title_tag=seo_title_tag,
            seo_meta_keywords=seo_meta_keywords,
        )

        create_category_description.additional_properties = d
        return create_category_description

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
