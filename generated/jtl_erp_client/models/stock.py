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
    """Stock of one item at one storage location.

    Attributes:
        warehouse_id (int): Warehouse id. Example: 5.
        storage_location_id (int): Storage location id (JTL-WMS warehouses). Example: 8.
        storage_location_name (str): Storage location name. Example: R15-F12-08.
        item_id (int): Item id. Example: 1001.
        shelf_life_expiration_date (datetime.datetime): Best-before date, where applicable. Example: TODO.
        batch_number (str): Batch number for batch-managed items. Example: 20240315A.
        quantity_total (float): Total quantity at this location. Example: 32.
        quantity_locked_for_shipment (float): Quantity here that may not be shipped. Example: 1.
        quantity_locked_for_availability (float): Quantity here that does not count as available. Example: 0.
        quantity_in_picking_lists (float): Quantity here already on picking lists. Example: 3.
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
        _v = d.get("WarehouseId", UNSET)
        if not isinstance(_v, int) or isinstance(_v, bool):
            raise TypeError("WarehouseId: expected int, got " + type(_v).__name__)
        warehouse_id = d.pop("WarehouseId")

        _v = d.get("StorageLocationId", UNSET)
        if not isinstance(_v, int) or isinstance(_v, bool):
            raise TypeError("StorageLocationId: expected int, got " + type(_v).__name__)
        storage_location_id = d.pop("StorageLocationId")

        _v = d.get("StorageLocationName", UNSET)
        if not isinstance(_v, str):
            raise TypeError("StorageLocationName: expected str, got " + type(_v).__name__)
        storage_location_name = d.pop("StorageLocationName")

        _v = d.get("ItemId", UNSET)
        if not isinstance(_v, int) or isinstance(_v, bool):
            raise TypeError("ItemId: expected int, got " + type(_v).__name__)
        item_id = d.pop("ItemId")

        shelf_life_expiration_date = datetime.datetime.fromisoformat(d.pop("ShelfLifeExpirationDate"))

        _v = d.get("BatchNumber", UNSET)
        if not isinstance(_v, str):
            raise TypeError("BatchNumber: expected str, got " + type(_v).__name__)
        batch_number = d.pop("BatchNumber")

        _v = d.get("QuantityTotal", UNSET)
        if not isinstance(_v, (int, float)) or isinstance(_v, bool):
            raise TypeError("QuantityTotal: expected float, got " + type(_v).__name__)
        quantity_total = d.pop("QuantityTotal")

        _v = d.get("QuantityLockedForShipment", UNSET)
        if not isinstance(_v, (int, float)) or isinstance(_v, bool):
            raise TypeError("QuantityLockedForShipment: expected float, got " + type(_v).__name__)
        quantity_locked_for_shipment = d.pop("QuantityLockedForShipment")

        _v = d.get("QuantityLockedForAvailability", UNSET)
        if not isinstance(_v, (int, float)) or isinstance(_v, bool):
            raise TypeError("QuantityLockedForAvailability: expected float, got " + type(_v).__name__)
        quantity_locked_for_availability = d.pop("QuantityLockedForAvailability")

        _v = d.get("QuantityInPickingLists", UNSET)
        if not isinstance(_v, (int, float)) or isinstance(_v, bool):
            raise TypeError("QuantityInPickingLists: expected float, got " + type(_v).__name__)
        quantity_in_picking_lists = d.pop("QuantityInPickingLists")

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
