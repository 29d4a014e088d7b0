from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Stock")


@_attrs_define
class Stock:
    """
    Attributes:
        warehouse_id (int):  Example: 5.
        storage_location_id (int):  Example: 8.
        storage_location_name (str):  Example: R15-F12-08.
        item_id (int):  Example: 1001.
        shelf_life_expiration_date (datetime.datetime):  Example: TODO.
        batch_number (str):  Example: 20240315A.
        quantity_total (float):  Example: 32.
        quantity_locked_for_shipment (float):  Example: 1.
        quantity_locked_for_availability (float):  Example: 0.
        quantity_in_picking_lists (float):  Example: 3.
    """

    warehouse_id: int
    storage_location_id: int
    storage_location_name: str
    item_id: int
    shelf_life_expiration_date: datetime.datetime
    batch_number: str
    quantity_total: float
    quantity_locked_for_shipment: float
    quantity_locked_for_availability: float
    quantity_in_picking_lists: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse_id = self.warehouse_id

        storage_location_id = self.storage_location_id

        storage_location_name = self.storage_location_name

        item_id = self.item_id

        shelf_life_expiration_date = self.shelf_life_expiration_date.isoformat()

        batch_number = self.batch_number

        quantity_total = self.quantity_total

        quantity_locked_for_shipment = self.quantity_locked_for_shipment

        quantity_locked_for_availability = self.quantity_locked_for_availability

        quantity_in_picking_lists = self.quantity_in_picking_lists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "WarehouseId": warehouse_id,
                "StorageLocationId": storage_location_id,
                "StorageLocationName": storage_location_name,
                "ItemId": item_id,
                "ShelfLifeExpirationDate": shelf_life_expiration_date,
                "BatchNumber": batch_number,
                "QuantityTotal": quantity_total,
                "QuantityLockedForShipment": quantity_locked_for_shipment,
                "QuantityLockedForAvailability": quantity_locked_for_availability,
                "QuantityInPickingLists": quantity_in_picking_lists,
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

        _v = d.pop("StorageLocationName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("StorageLocationName: expected str, got " + type(_v).__name__)
        storage_location_name = _v

        _v = d.pop("ItemId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ItemId: expected int, got " + type(_v).__name__)
        item_id = _v

        shelf_life_expiration_date = datetime.datetime.fromisoformat(d.pop("ShelfLifeExpirationDate"))

        _v = d.pop("BatchNumber", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("BatchNumber: expected str, got " + type(_v).__name__)
        batch_number = _v

        _v = d.pop("QuantityTotal", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("QuantityTotal: expected float, got " + type(_v).__name__)
        quantity_total = _v

        _v = d.pop("QuantityLockedForShipment", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("QuantityLockedForShipment: expected float, got " + type(_v).__name__)
        quantity_locked_for_shipment = _v

        _v = d.pop("QuantityLockedForAvailability", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("QuantityLockedForAvailability: expected float, got " + type(_v).__name__)
        quantity_locked_for_availability = _v

        _v = d.pop("QuantityInPickingLists", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("QuantityInPickingLists: expected float, got " + type(_v).__name__)
        quantity_in_picking_lists = _v

        stock = cls(
            warehouse_id=warehouse_id,
            storage_location_id=storage_location_id,
            storage_location_name=storage_location_name,
            item_id=item_id,
            shelf_life_expiration_date=shelf_life_expiration_date,
            batch_number=batch_number,
            quantity_total=quantity_total,
            quantity_locked_for_shipment=quantity_locked_for_shipment,
            quantity_locked_for_availability=quantity_locked_for_availability,
            quantity_in_picking_lists=quantity_in_picking_lists,
        )

        stock.additional_properties = d
        return stock

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
