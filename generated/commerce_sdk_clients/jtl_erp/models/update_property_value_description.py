from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePropertyValueDescription")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Name",
        "Description",
        "SeoPath",
        "SeoMetaDescription",
        "SeoTitleTag",
        "SeoMetaKeywords",
    }
)


@_attrs_define
class UpdatePropertyValueDescription:
    """
    Attributes:
        name (str | Unset):  Example: yes.
        description (str | Unset):  Example: A description for the property value.
        seo_path (str | Unset):  Example: SEO path.
        seo_meta_description (str | Unset):  Example: A description for the property value.
        seo_title_tag (str | Unset):  Example: yes.
        seo_meta_keywords (str | Unset):  Example: Your metakeywords.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    seo_path: str | Unset = UNSET
    seo_meta_description: str | Unset = UNSET
    seo_title_tag: str | Unset = UNSET
    seo_meta_keywords: str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        seo_path = self.seo_path

        seo_meta_description = self.seo_meta_description

        seo_title_tag = self.seo_title_tag

        seo_meta_keywords = self.seo_meta_keywords

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
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
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["Name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str and name is not UNSET:
            name, _raw = _decoding.scalar(name, "str", _path, "Name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            description = _src["Description"]
        except KeyError:
            description = UNSET
        if description.__class__ is not str and description is not UNSET:
            description, _raw = _decoding.scalar(description, "str", _path, "Description", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            seo_path = _src["SeoPath"]
        except KeyError:
            seo_path = UNSET
        if seo_path.__class__ is not str and seo_path is not UNSET:
            seo_path, _raw = _decoding.scalar(seo_path, "str", _path, "SeoPath", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            seo_meta_description = _src["SeoMetaDescription"]
        except KeyError:
            seo_meta_description = UNSET
        if seo_meta_description.__class__ is not str and seo_meta_description is not UNSET:
            seo_meta_description, _raw = _decoding.scalar(
                seo_meta_description, "str", _path, "SeoMetaDescription", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            seo_title_tag = _src["SeoTitleTag"]
        except KeyError:
            seo_title_tag = UNSET
        if seo_title_tag.__class__ is not str and seo_title_tag is not UNSET:
            seo_title_tag, _raw = _decoding.scalar(seo_title_tag, "str", _path, "SeoTitleTag", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            seo_meta_keywords = _src["SeoMetaKeywords"]
        except KeyError:
            seo_meta_keywords = UNSET
        if seo_meta_keywords.__class__ is not str and seo_meta_keywords is not UNSET:
            seo_meta_keywords, _raw = _decoding.scalar(
                seo_meta_keywords, "str", _path, "SeoMetaKeywords", _raw
            )

        if cls is UpdatePropertyValueDescription:
            _obj = _new(cls)
            _obj.name = name
            _obj.description = description
            _obj.seo_path = seo_path
            _obj.seo_meta_description = seo_meta_description
            _obj.seo_title_tag = seo_title_tag
            _obj.seo_meta_keywords = seo_meta_keywords
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                name,
                description,
                seo_path,
                seo_meta_description,
                seo_title_tag,
                seo_meta_keywords,
            )

        if not _KNOWN_KEYS.issuperset(_src):
            _obj._additional_properties = {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        if _raw is not None:
            _obj._raw_values = _raw
        return _obj

    @property
    def raw_values(self) -> dict[str, Any]:
        """Values from the response that could not be read as the spec says, by field name
        (tolerant decoding left those fields unset); empty when the body matched the spec."""
        return self._raw_values if self._raw_values is not None else {}

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys of the body the spec does not declare, with their values."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

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
