from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Warehouse")


@_attrs_define
class Warehouse:
    """
    Attributes:
        id (int):  Example: 1.
        name (str):  Example: Default Warehouse.
        address (Address):
        code (str):  Example: STD_Warehouse.
        type_ (WarehouseType):
        description (str):  Example: Custom additional info about the warehouse.
        priority (int):  Example: 1.
        company_id (int):  Example: 1.
        lock_for_shipment (bool):  Example: False.
        lock_for_availability (bool):  Example: False.
        is_active (bool):  Example: True.
    """

    id: int
    name: str
    address: Address
    code: str
    type_: WarehouseType
    description: str
    priority: int
    company_id: int
    lock_for_shipment: bool
    lock_for_availability: bool
    is_active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        address = self.address.to_dict()

        code = self.code

        type_ = self.type_.to_dict()

        description = self.description

        priority = self.priority

        company_id = self.company_id

        lock_for_shipment = self.lock_for_shipment

        lock_for_availability = self.lock_for_availability

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Name": name,
                "Address": address,
                "Code": code,
                "Type": type_,
                "Description": description,
                "Priority": priority,
                "CompanyId": company_id,
                "LockForShipment": lock_for_shipment,
                "LockForAvailability": lock_for_availability,
                "IsActive": is_active,
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

        _v = d.pop("Name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        address = Address.from_dict(d.pop("Address"))

        _v = d.pop("Code", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Code: expected str, got " + type(_v).__name__)
        code = _v

        type_ = WarehouseType.from_dict(d.pop("Type"))

        _v = d.pop("Description", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Description: expected str, got " + type(_v).__name__)
        description = _v

        _v = d.pop("Priority", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Priority: expected int, got " + type(_v).__name__)
        priority = _v

        _v = d.pop("CompanyId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CompanyId: expected int, got " + type(_v).__name__)
        company_id = _v

        _v = d.pop("LockForShipment", UNSET)
        if type(_v) is not bool:
            raise TypeError("LockForShipment: expected bool, got " + type(_v).__name__)
        lock_for_shipment = _v

        _v = d.pop("LockForAvailability", UNSET)
        if type(_v) is not bool:
            raise TypeError("LockForAvailability: expected bool, got " + type(_v).__name__)
        lock_for_availability = _v

        _v = d.pop("IsActive", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsActive: expected bool, got " + type(_v).__name__)
        is_active = _v

        warehouse = cls(
            id=id,
            name=name,
            address=address,
            code=code,
            type_=type_,
            description=description,
            priority=priority,
            company_id=company_id,
            lock_for_shipment=lock_for_shipment,
            lock_for_availability=lock_for_availability,
            is_active=is_active,
        )

        warehouse.additional_properties = d
        return warehouse

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


from ..models.address import Address
from ..models.warehouse_type import WarehouseType
