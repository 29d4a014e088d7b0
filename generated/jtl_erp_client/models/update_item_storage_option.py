from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateItemStorageOption")


@_attrs_define
class UpdateItemStorageOption:
    """
    Attributes:
        global_minimum_stock_level (float | Unset):  Example: 15.
        buffer (int | Unset):  Example: 5.
        serial_number_tracking (bool | Unset):  Example: False.
        procurement_time (int | Unset):  Example: 3.
        determine_procurement_time_automatically (bool | Unset):  Example: False.
        additional_handling_time (int | Unset):  Example: 3.
    """

    global_minimum_stock_level: float | Unset = UNSET
    buffer: int | Unset = UNSET
    serial_number_tracking: bool | Unset = UNSET
    procurement_time: int | Unset = UNSET
    determine_procurement_time_automatically: bool | Unset = UNSET
    additional_handling_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        global_minimum_stock_level = self.global_minimum_stock_level

        buffer = self.buffer

        serial_number_tracking = self.serial_number_tracking

        procurement_time = self.procurement_time

        determine_procurement_time_automatically = self.determine_procurement_time_automatically

        additional_handling_time = self.additional_handling_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if global_minimum_stock_level is not UNSET:
            field_dict["GlobalMinimumStockLevel"] = global_minimum_stock_level
        if buffer is not UNSET:
            field_dict["Buffer"] = buffer
        if serial_number_tracking is not UNSET:
            field_dict["SerialNumberTracking"] = serial_number_tracking
        if procurement_time is not UNSET:
            field_dict["ProcurementTime"] = procurement_time
        if determine_procurement_time_automatically is not UNSET:
            field_dict["DetermineProcurementTimeAutomatically"] = determine_procurement_time_automatically
        if additional_handling_time is not UNSET:
            field_dict["AdditionalHandlingTime"] = additional_handling_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("GlobalMinimumStockLevel", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("GlobalMinimumStockLevel: expected float, got " + type(_v).__name__)
        global_minimum_stock_level = _v

        _v = d.pop("Buffer", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("Buffer: expected int, got " + type(_v).__name__)
        buffer = _v

        _v = d.pop("SerialNumberTracking", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("SerialNumberTracking: expected bool, got " + type(_v).__name__)
        serial_number_tracking = _v

        _v = d.pop("ProcurementTime", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("ProcurementTime: expected int, got " + type(_v).__name__)
        procurement_time = _v

        _v = d.pop("DetermineProcurementTimeAutomatically", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("DetermineProcurementTimeAutomatically: expected bool, got " + type(_v).__name__)
        determine_procurement_time_automatically = _v

        _v = d.pop("AdditionalHandlingTime", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("AdditionalHandlingTime: expected int, got " + type(_v).__name__)
        additional_handling_time = _v

        update_item_storage_option = cls(
            global_minimum_stock_level=global_minimum_stock_level,
            buffer=buffer,
            serial_number_tracking=serial_number_tracking,
            procurement_time=procurement_time,
            determine_procurement_time_automatically=determine_procurement_time_automatically,
            additional_handling_time=additional_handling_time,
        )

        update_item_storage_option.additional_properties = d
        return update_item_storage_option

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
