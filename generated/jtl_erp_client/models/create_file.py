from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="CreateFile")


@_attrs_define
class CreateFile:
    """
    Attributes:
        file_data (str):
        file_data_type (str):  Example: png.
        file_name (str):  Example: Attachment FileName.
    """

    file_data: str
    file_data_type: str
    file_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_data = self.file_data

        file_data_type = self.file_data_type

        file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FileData": file_data,
                "FileDataType": file_data_type,
                "FileName": file_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("FileData", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("FileData: expected str, got " + type(_v).__name__)
        file_data = _v

        _v = d.pop("FileDataType", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("FileDataType: expected str, got " + type(_v).__name__)
        file_data_type = _v

        _v = d.pop("FileName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("FileName: expected str, got " + type(_v).__name__)
        file_name = _v

        create_file = cls(
            file_data=file_data,
            file_data_type=file_data_type,
            file_name=file_name,
        )

        create_file.additional_properties = d
        return create_file

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
