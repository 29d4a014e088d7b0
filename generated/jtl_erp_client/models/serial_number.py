from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="SerialNumber")


@_attrs_define
class SerialNumber:
    """
    Attributes:
        warehouse_id (int):  Example: 5.
        storage_location_id (int):  Example: 8.
        item_id (int):  Example: 1001.
        serial_numbers (list[str]):
    """

    warehouse_id: int
    storage_location_id: int
    item_id: int
    serial_numbers: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse_id = self.warehouse_id

        storage_location_id = self.storage_location_id

        item_id = self.item_id

        serial_numbers = self.serial_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "WarehouseId": warehouse_id,
                "StorageLocationId": storage_location_id,
                "ItemId": item_id,
                "SerialNumbers": serial_numbers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("WarehouseId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("WarehouseId: expected int, got " + type(_v).__name__)
        warehouse_id = _v

        _v = d.pop("StorageLocationId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("StorageLocationId: expected int, got " + type(_v).__name__)
        storage_location_id = _v

        _v = d.pop("ItemId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ItemId: expected int, got " + type(_v).__name__)
        item_id = _v

        _v = d.pop("SerialNumbers", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("SerialNumbers: expected list, got " + type(_v).__name__)
        serial_numbers = cast(list[str], _v)

        serial_number = cls(
            warehouse_id=warehouse_id,
            storage_location_id=storage_location_id,
            item_id=item_id,
            serial_numbers=serial_numbers,
        )

        serial_number.additional_properties = d
        return serial_number

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
