from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="StorageLocation")


@_attrs_define
class StorageLocation:
    """
    Attributes:
        id (int):  Example: 12.
        warehouse_id (int):  Example: 1.
        name (str):  Example: Standard Warehouse.
        storage_location_type (StorageLocationType):
        sort_number (int):  Example: 100.
        priority (int):  Example: 10.
        lock_for_shipment (bool):  Example: False.
        lock_for_availability (bool):  Example: False.
        comment (str):  Example: Some custom comment for the storage location.
        dimensions (Dimensions):
    """

    id: int
    warehouse_id: int
    name: str
    storage_location_type: StorageLocationType
    sort_number: int
    priority: int
    lock_for_shipment: bool
    lock_for_availability: bool
    comment: str
    dimensions: Dimensions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        warehouse_id = self.warehouse_id

        name = self.name

        storage_location_type = self.storage_location_type.to_dict()

        sort_number = self.sort_number

        priority = self.priority

        lock_for_shipment = self.lock_for_shipment

        lock_for_availability = self.lock_for_availability

        comment = self.comment

        dimensions = self.dimensions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "WarehouseId": warehouse_id,
                "Name": name,
                "StorageLocationType": storage_location_type,
                "SortNumber": sort_number,
                "Priority": priority,
                "LockForShipment": lock_for_shipment,
                "LockForAvailability": lock_for_availability,
                "Comment": comment,
                "Dimensions": dimensions,
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

        _v = d.pop("WarehouseId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("WarehouseId: expected int, got " + type(_v).__name__)
        warehouse_id = _v

        _v = d.pop("Name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        storage_location_type = StorageLocationType.from_dict(d.pop("StorageLocationType"))

        _v = d.pop("SortNumber", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("SortNumber: expected int, got " + type(_v).__name__)
        sort_number = _v

        _v = d.pop("Priority", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Priority: expected int, got " + type(_v).__name__)
        priority = _v

        _v = d.pop("LockForShipment", UNSET)
        if type(_v) is not bool:
            raise TypeError("LockForShipment: expected bool, got " + type(_v).__name__)
        lock_for_shipment = _v

        _v = d.pop("LockForAvailability", UNSET)
        if type(_v) is not bool:
            raise TypeError("LockForAvailability: expected bool, got " + type(_v).__name__)
        lock_for_availability = _v

        _v = d.pop("Comment", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Comment: expected str, got " + type(_v).__name__)
        comment = _v

        dimensions = Dimensions.from_dict(d.pop("Dimensions"))

        storage_location = cls(
            id=id,
            warehouse_id=warehouse_id,
            name=name,
            storage_location_type=storage_location_type,
            sort_number=sort_number,
            priority=priority,
            lock_for_shipment=lock_for_shipment,
            lock_for_availability=lock_for_availability,
            comment=comment,
            dimensions=dimensions,
        )

        storage_location.additional_properties = d
        return storage_location

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


from ..models.dimensions import Dimensions
from ..models.storage_location_type import StorageLocationType
