from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pick_list_status import PickListStatus
from ..types import UNSET

T = TypeVar("T", bound="PickList")


@_attrs_define
class PickList:
    """
    Attributes:
        id (int):  Example: 123.
        warehouse_id (int):  Example: 1.
        picklist_number (str):  Example: Pcl01234.
        pick_list_template_id (int):  Example: 15.
        pick_list_template_name (str):  Example: WMS default picklist.
        status (PickListStatus):  Example: 10.
        created_at (datetime.datetime):  Example: 2023-01-15T13:00:00.0000000+00:00.
    """

    id: int
    warehouse_id: int
    picklist_number: str
    pick_list_template_id: int
    pick_list_template_name: str
    status: PickListStatus
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        warehouse_id = self.warehouse_id

        picklist_number = self.picklist_number

        pick_list_template_id = self.pick_list_template_id

        pick_list_template_name = self.pick_list_template_name

        status = self.status.value

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "WarehouseId": warehouse_id,
                "PicklistNumber": picklist_number,
                "PickListTemplateId": pick_list_template_id,
                "PickListTemplateName": pick_list_template_name,
                "Status": status,
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

        _v = d.pop("PicklistNumber", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("PicklistNumber: expected str, got " + type(_v).__name__)
        picklist_number = _v

        _v = d.pop("PickListTemplateId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("PickListTemplateId: expected int, got " + type(_v).__name__)
        pick_list_template_id = _v

        _v = d.pop("PickListTemplateName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("PickListTemplateName: expected str, got " + type(_v).__name__)
        pick_list_template_name = _v

        status = PickListStatus(d.pop("Status"))

        created_at = datetime.datetime.fromisoformat(d.pop("CreatedAt"))

        pick_list = cls(
            id=id,
            warehouse_id=warehouse_id,
            picklist_number=picklist_number,
            pick_list_template_id=pick_list_template_id,
            pick_list_template_name=pick_list_template_name,
            status=status,
            created_at=created_at,
        )

        pick_list.additional_properties = d
        return pick_list

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
