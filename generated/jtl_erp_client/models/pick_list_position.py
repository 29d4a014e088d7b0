from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pick_list_position_status import PickListPositionStatus
from ..types import UNSET

T = TypeVar("T", bound="PickListPosition")


@_attrs_define
class PickListPosition:
    """
    Attributes:
        id (int):  Example: 100.
        warehouse_id (int):  Example: 1.
        picklist_id (int):  Example: 123.
        storage_location_id (int):  Example: 654.
        item_id (int):  Example: 1000.
        quantity (float):  Example: 2.
        status (PickListPositionStatus):  Example: 10.
        priority (int):  Example: 3.
        sales_order_line_item_id (int):  Example: 50.
        created_at (datetime.datetime):  Example: 2023-01-15T13:00:00.0000000+00:00.
    """

    id: int
    warehouse_id: int
    picklist_id: int
    storage_location_id: int
    item_id: int
    quantity: float
    status: PickListPositionStatus
    priority: int
    sales_order_line_item_id: int
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        warehouse_id = self.warehouse_id

        picklist_id = self.picklist_id

        storage_location_id = self.storage_location_id

        item_id = self.item_id

        quantity = self.quantity

        status = self.status.value

        priority = self.priority

        sales_order_line_item_id = self.sales_order_line_item_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "WarehouseId": warehouse_id,
                "PicklistId": picklist_id,
                "StorageLocationId": storage_location_id,
                "ItemId": item_id,
                "Quantity": quantity,
                "Status": status,
                "Priority": priority,
                "SalesOrderLineItemId": sales_order_line_item_id,
                "CreatedAt": created_at,
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

        _v = d.pop("PicklistId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("PicklistId: expected int, got " + type(_v).__name__)
        picklist_id = _v

        _v = d.pop("StorageLocationId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("StorageLocationId: expected int, got " + type(_v).__name__)
        storage_location_id = _v

        _v = d.pop("ItemId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ItemId: expected int, got " + type(_v).__name__)
        item_id = _v

        _v = d.pop("Quantity", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("Quantity: expected float, got " + type(_v).__name__)
        quantity = _v

        status = PickListPositionStatus(d.pop("Status"))

        _v = d.pop("Priority", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Priority: expected int, got " + type(_v).__name__)
        priority = _v

        _v = d.pop("SalesOrderLineItemId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("SalesOrderLineItemId: expected int, got " + type(_v).__name__)
        sales_order_line_item_id = _v

        created_at = datetime.datetime.fromisoformat(d.pop("CreatedAt"))

        pick_list_position = cls(
            id=id,
            warehouse_id=warehouse_id,
            picklist_id=picklist_id,
            storage_location_id=storage_location_id,
            item_id=item_id,
            quantity=quantity,
            status=status,
            priority=priority,
            sales_order_line_item_id=sales_order_line_item_id,
            created_at=created_at,
        )

        pick_list_position.additional_properties = d
        return pick_list_position

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
