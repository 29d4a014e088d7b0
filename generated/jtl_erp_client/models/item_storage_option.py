from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ItemStorageOption")


@_attrs_define
class ItemStorageOption:
    """
    Attributes:
        inventory_management_active (bool):  Example: True.
        split_quantity (bool):  Example: False.
        global_minimum_stock_level (float):  Example: 15.
        buffer (int):  Example: 5.
        serial_number_item (bool):  Example: False.
        serial_number_tracking (bool):  Example: False.
        subject_to_shelf_life_expiration_date (bool):  Example: False.
        subject_to_batch_item (bool):  Example: False.
        procurement_time (int):  Example: 3.
        determine_procurement_time_automatically (bool):  Example: False.
        additional_handling_time (int):  Example: 3.
    """

    inventory_management_active: bool
    split_quantity: bool
    global_minimum_stock_level: float
    buffer: int
    serial_number_item: bool
    serial_number_tracking: bool
    subject_to_shelf_life_expiration_date: bool
    subject_to_batch_item: bool
    procurement_time: int
    determine_procurement_time_automatically: bool
    additional_handling_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inventory_management_active = self.inventory_management_active

        split_quantity = self.split_quantity

        global_minimum_stock_level = self.global_minimum_stock_level

        buffer = self.buffer

        serial_number_item = self.serial_number_item

        serial_number_tracking = self.serial_number_tracking

        subject_to_shelf_life_expiration_date = self.subject_to_shelf_life_expiration_date

        subject_to_batch_item = self.subject_to_batch_item

        procurement_time = self.procurement_time

        determine_procurement_time_automatically = self.determine_procurement_time_automatically

        additional_handling_time = self.additional_handling_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "InventoryManagementActive": inventory_management_active,
                "SplitQuantity": split_quantity,
                "GlobalMinimumStockLevel": global_minimum_stock_level,
                "Buffer": buffer,
                "SerialNumberItem": serial_number_item,
                "SerialNumberTracking": serial_number_tracking,
                "SubjectToShelfLifeExpirationDate": subject_to_shelf_life_expiration_date,
                "SubjectToBatchItem": subject_to_batch_item,
                "ProcurementTime": procurement_time,
                "DetermineProcurementTimeAutomatically": determine_procurement_time_automatically,
                "AdditionalHandlingTime": additional_handling_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("InventoryManagementActive", UNSET)
        if type(_v) is not bool:
            raise TypeError("InventoryManagementActive: expected bool, got " + type(_v).__name__)
        inventory_management_active = _v

        _v = d.pop("SplitQuantity", UNSET)
        if type(_v) is not bool:
            raise TypeError("SplitQuantity: expected bool, got " + type(_v).__name__)
        split_quantity = _v

        _v = d.pop("GlobalMinimumStockLevel", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("GlobalMinimumStockLevel: expected float, got " + type(_v).__name__)
        global_minimum_stock_level = _v

        _v = d.pop("Buffer", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Buffer: expected int, got " + type(_v).__name__)
        buffer = _v

        _v = d.pop("SerialNumberItem", UNSET)
        if type(_v) is not bool:
            raise TypeError("SerialNumberItem: expected bool, got " + type(_v).__name__)
        serial_number_item = _v

        _v = d.pop("SerialNumberTracking", UNSET)
        if type(_v) is not bool:
            raise TypeError("SerialNumberTracking: expected bool, got " + type(_v).__name__)
        serial_number_tracking = _v

        _v = d.pop("SubjectToShelfLifeExpirationDate", UNSET)
        if type(_v) is not bool:
            raise TypeError("SubjectToShelfLifeExpirationDate: expected bool, got " + type(_v).__name__)
        subject_to_shelf_life_expiration_date = _v

        _v = d.pop("SubjectToBatchItem", UNSET)
        if type(_v) is not bool:
            raise TypeError("SubjectToBatchItem: expected bool, got " + type(_v).__name__)
        subject_to_batch_item = _v

        _v = d.pop("ProcurementTime", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ProcurementTime: expected int, got " + type(_v).__name__)
        procurement_time = _v

        _v = d.pop("DetermineProcurementTimeAutomatically", UNSET)
        if type(_v) is not bool:
            raise TypeError("DetermineProcurementTimeAutomatically: expected bool, got " + type(_v).__name__)
        determine_procurement_time_automatically = _v

        _v = d.pop("AdditionalHandlingTime", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("AdditionalHandlingTime: expected int, got " + type(_v).__name__)
        additional_handling_time = _v

        item_storage_option = cls(
            inventory_management_active=inventory_management_active,
            split_quantity=split_quantity,
            global_minimum_stock_level=global_minimum_stock_level,
            buffer=buffer,
            serial_number_item=serial_number_item,
            serial_number_tracking=serial_number_tracking,
            subject_to_shelf_life_expiration_date=subject_to_shelf_life_expiration_date,
            subject_to_batch_item=subject_to_batch_item,
            procurement_time=procurement_time,
            determine_procurement_time_automatically=determine_procurement_time_automatically,
            additional_handling_time=additional_handling_time,
        )

        item_storage_option.additional_properties = d
        return item_storage_option

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
