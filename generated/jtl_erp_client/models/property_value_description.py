from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="PropertyValueDescription")


@_attrs_define
class PropertyValueDescription:
    """
    Attributes:
        property_value_id (int):  Example: 20.
        name (str):  Example: yes.
        description (str):  Example: A description for the property value.
        seo_path (str):  Example: SEO path.
        seo_meta_description (str):  Example: A description for the property value.
        seo_title_tag (str):  Example: yes.
        seo_meta_keywords (str):  Example: Your metakeywords.
        language_iso (str):  Example: DE.
    """

    property_value_id: int
    name: str
    description: str
    seo_path: str
    seo_meta_description: str
    seo_title_tag: str
    seo_meta_keywords: str
    language_iso: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_value_id = self.property_value_id

        name = self.name

        description = self.description

        seo_path = self.seo_path

        seo_meta_description = self.seo_meta_description

        seo_title_tag = self.seo_title_tag

        seo_meta_keywords = self.seo_meta_keywords

        language_iso = self.language_iso

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PropertyValueId": property_value_id,
                "Name": name,
                "Description": description,
                "SeoPath": seo_path,
                "SeoMetaDescription": seo_meta_description,
                "SeoTitleTag": seo_title_tag,
                "SeoMetaKeywords": seo_meta_keywords,
                "LanguageIso": language_iso,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("PropertyValueId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("PropertyValueId: expected int, got " + type(_v).__name__)
        property_value_id = _v

        _v = d.pop("Name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("Description", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Description: expected str, got " + type(_v).__name__)
        description = _v

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

        property_value_description = cls(
            property_value_id=property_value_id,
            name=name,
            description=description,
            seo_path=seo_path,
            seo_meta_description=seo_meta_description,
            seo_title_tag=seo_title_tag,
            seo_meta_keywords=seo_meta_keywords,
            language_iso=language_iso,
        )

        property_value_description.additional_properties = d
        return property_value_description

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
