from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="FeatureInfo")


@_attrs_define
class FeatureInfo:
    """
    Attributes:
        feature (str):  Example: http://wawi.api.jtl-software.de/features/feature/GetFeatureSets.
        version (int):  Example: 1.
        release (str):  Example: Planned.
        is_usable (bool):  Example: True.
    """

    feature: str
    version: int
    release: str
    is_usable: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature = self.feature

        version = self.version

        release = self.release

        is_usable = self.is_usable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Feature": feature,
                "Version": version,
                "Release": release,
                "IsUsable": is_usable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Feature", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Feature: expected str, got " + type(_v).__name__)
        feature = _v

        _v = d.pop("Version", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Version: expected int, got " + type(_v).__name__)
        version = _v

        _v = d.pop("Release", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Release: expected str, got " + type(_v).__name__)
        release = _v

        _v = d.pop("IsUsable", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsUsable: expected bool, got " + type(_v).__name__)
        is_usable = _v

        feature_info = cls(
            feature=feature,
            version=version,
            release=release,
            is_usable=is_usable,
        )

        feature_info.additional_properties = d
        return feature_info

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
