from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateStock")


@_attrs_define
class CreateStock:
    """
    Attributes:
        warehouse_id (int):  Example: 5.
        item_id (int):  Example: 1001.
        quantity (float):  Example: 500.
        storage_location_id (int | Unset):  Example: 8.
        shelf_life_expiration_date (datetime.datetime | Unset):  Example: TODO.
        batch_number (str | Unset):  Example: 20240315A.
        purchase_price_net (float | Unset):  Example: 45.67.
        serial_numbers (list[str] | Unset):
        comment (str | Unset):  Example: Comment for this stock change.
    """

    warehouse_id: int
    item_id: int
    quantity: float
    storage_location_id: int | Unset = UNSET
    shelf_life_expiration_date: datetime.datetime | Unset = UNSET
    batch_number: str | Unset = UNSET
    purchase_price_net: float | Unset = UNSET
    serial_numbers: list[str] | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse_id = self.warehouse_id

        item_id = self.item_id

        quantity = self.quantity

        storage_location_id = self.storage_location_id

        shelf_life_expiration_date: str | Unset = UNSET
        if not isinstance(self.shelf_life_expiration_date, Unset):
            shelf_life_expiration_date = self.shelf_life_expiration_date.isoformat()

        batch_number = self.batch_number

        purchase_price_net = self.purchase_price_net

        serial_numbers: list[str] | Unset = UNSET
        if not isinstance(self.serial_numbers, Unset):
            serial_numbers = self.serial_numbers

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "WarehouseId": warehouse_id,
                "ItemId": item_id,
                "Quantity": quantity,
            }
        )
        if storage_location_id is not UNSET:
            field_dict["StorageLocationId"] = storage_location_id
        if shelf_life_expiration_date is not UNSET:
            field_dict["ShelfLifeExpirationDate"] = shelf_life_expiration_date
        if batch_number is not UNSET:
            field_dict["BatchNumber"] = batch_number
        if purchase_price_net is not UNSET:
            field_dict["PurchasePriceNet"] = purchase_price_net
        if serial_numbers is not UNSET:
            field_dict["SerialNumbers"] = serial_numbers
        if comment is not UNSET:
            field_dict["Comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("WarehouseId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("WarehouseId: expected int, got " + type(_v).__name__)
        warehouse_id = _v

        _v = d.pop("ItemId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ItemId: expected int, got " + type(_v).__name__)
        item_id = _v

        _v = d.pop("Quantity", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("Quantity: expected float, got " + type(_v).__name__)
        quantity = _v

        _v = d.pop("StorageLocationId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("StorageLocationId: expected int, got " + type(_v).__name__)
        storage_location_id = _v

        _shelf_life_expiration_date = d.pop("ShelfLifeExpirationDate", UNSET)
        shelf_life_expiration_date: datetime.datetime | Unset
        if isinstance(_shelf_life_expiration_date, Unset):
            shelf_life_expiration_date = UNSET
        else:
            shelf_life_expiration_date = datetime.datetime.fromisoformat(_shelf_life_expiration_date)

        _v = d.pop("BatchNumber", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("BatchNumber: expected str, got " + type(_v).__name__)
        batch_number = _v

        _v = d.pop("PurchasePriceNet", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("PurchasePriceNet: expected float, got " + type(_v).__name__)
        purchase_price_net = _v

        _v = d.pop("SerialNumbers", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("SerialNumbers: expected list, got " + type(_v).__name__)
        serial_numbers = cast(list[str], _v)

        _v = d.pop("Comment", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Comment: expected str, got " + type(_v).__name__)
        comment = _v

        create_stock = cls(
            warehouse_id=warehouse_id,
            item_id=item_id,
            quantity=quantity,
            storage_location_id=storage_location_id,
            shelf_life_expiration_date=shelf_life_expiration_date,
            batch_number=batch_number,
            purchase_price_net=purchase_price_net,
            serial_numbers=serial_numbers,
            comment=comment,
        )

        create_stock.additional_properties = d
        return create_stock

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
