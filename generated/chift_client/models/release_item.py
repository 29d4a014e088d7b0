from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ReleaseItem")


@_attrs_define
class ReleaseItem:
    """
    Attributes:
        file_name (str):
        version (str):
        download_url (str):
    """

    file_name: str
    version: str
    download_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        version = self.version

        download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileName": file_name,
                "version": version,
                "downloadUrl": download_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("fileName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("fileName: expected str, got " + type(_v).__name__)
        file_name = _v

        _v = d.pop("version", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("version: expected str, got " + type(_v).__name__)
        version = _v

        _v = d.pop("downloadUrl", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("downloadUrl: expected str, got " + type(_v).__name__)
        download_url = _v

        release_item = cls(
            file_name=file_name,
            version=version,
            download_url=download_url,
        )

        release_item.additional_properties = d
        return release_item

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
