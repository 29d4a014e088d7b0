from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="StockChange")


@_attrs_define
class StockChange:
    """
    Attributes:
        item_id (int):  Example: 15.
        warehouse_id (int):  Example: 1.
        storage_location_id (int):  Example: 1.
        quantity (float):  Example: 100.
        changed_date (datetime.datetime):  Example: 2023-01-15T13:00:00.0000000+00:00.
        shelf_life_expiration_date (datetime.datetime):  Example: 2023-01-15T13:00:00.0000000+00:00.
        batch_number (str):  Example: 20240315A.
        comment (str):  Example: Comment for this stock change.
        username (str):  Example: user1.
    """

    item_id: int
    warehouse_id: int
    storage_location_id: int
    quantity: float
    changed_date: datetime.datetime
    shelf_life_expiration_date: datetime.datetime
    batch_number: str
    comment: str
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        warehouse_id = self.warehouse_id

        storage_location_id = self.storage_location_id

        quantity = self.quantity

        changed_date = self.changed_date.isoformat()

        shelf_life_expiration_date = self.shelf_life_expiration_date.isoformat()

        batch_number = self.batch_number

        comment = self.comment

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ItemId": item_id,
                "WarehouseId": warehouse_id,
                "StorageLocationId": storage_location_id,
                "Quantity": quantity,
                "ChangedDate": changed_date,
                "ShelfLifeExpirationDate": shelf_life_expiration_date,
                "BatchNumber": batch_number,
                "Comment": comment,
                "Username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("ItemId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ItemId: expected int, got " + type(_v).__name__)
        item_id = _v

        _v = d.pop("WarehouseId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("WarehouseId: expected int, got " + type(_v).__name__)
        warehouse_id = _v

        _v = d.pop("StorageLocationId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("StorageLocationId: expected int, got " + type(_v).__name__)
        storage_location_id = _v

        _v = d.pop("Quantity", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("Quantity: expected float, got " + type(_v).__name__)
        quantity = _v

        changed_date = datetime.datetime.fromisoformat(d.pop("ChangedDate"))

        shelf_life_expiration_date = datetime.datetime.fromisoformat(d.pop("ShelfLifeExpirationDate"))

        _v = d.pop("BatchNumber", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("BatchNumber: expected str, got " + type(_v).__name__)
        batch_number = _v

        _v = d.pop("Comment", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Comment: expected str, got " + type(_v).__name__)
        comment = _v

        _v = d.pop("Username", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Username: expected str, got " + type(_v).__name__)
        username = _v

        stock_change = cls(
            item_id=item_id,
            warehouse_id=warehouse_id,
            storage_location_id=storage_location_id,
            quantity=quantity,
            changed_date=changed_date,
            shelf_life_expiration_date=shelf_life_expiration_date,
            batch_number=batch_number,
            comment=comment,
            username=username,
        )

        stock_change.additional_properties = d
        return stock_change

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
