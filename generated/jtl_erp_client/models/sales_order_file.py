from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="SalesOrderFile")


@_attrs_define
class SalesOrderFile:
    """
    Attributes:
        id (int):  Example: 1123.
        sales_order_id (int):  Example: 12.
        file_id (int):  Example: TODO.
        file_data_type (str):  Example: png.
        size (float):  Example: TODO.
        created_at (datetime.datetime):  Example: TODO.
        file_name (str):  Example: Anhangdateiname.
    """

    id: int
    sales_order_id: int
    file_id: int
    file_data_type: str
    size: float
    created_at: datetime.datetime
    file_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sales_order_id = self.sales_order_id

        file_id = self.file_id

        file_data_type = self.file_data_type

        size = self.size

        created_at = self.created_at.isoformat()

        file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "SalesOrderId": sales_order_id,
                "FileId": file_id,
                "FileDataType": file_data_type,
                "Size": size,
                "CreatedAt": created_at,
                "FileName": file_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Id", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Id: expected int, got " + type(_v).__name__)
        id = _v

        _v = d.pop("SalesOrderId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("SalesOrderId: expected int, got " + type(_v).__name__)
        sales_order_id = _v

        _v = d.pop("FileId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("FileId: expected int, got " + type(_v).__name__)
        file_id = _v

        _v = d.pop("FileDataType", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("FileDataType: expected str, got " + type(_v).__name__)
        file_data_type = _v

        _v = d.pop("Size", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("Size: expected float, got " + type(_v).__name__)
        size = _v

        created_at = datetime.datetime.fromisoformat(d.pop("CreatedAt"))

        _v = d.pop("FileName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("FileName: expected str, got " + type(_v).__name__)
        file_name = _v

        sales_order_file = cls(
            id=id,
            sales_order_id=sales_order_id,
            file_id=file_id,
            file_data_type=file_data_type,
            size=size,
            created_at=created_at,
            file_name=file_name,
        )

        sales_order_file.additional_properties = d
        return sales_order_file

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
