from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="InventoryDetailsUpdate")


@_attrs_define
class InventoryDetailsUpdate:
    """
    Attributes:
        location_id (str):
        available_quantity (float):
    """

    location_id: str
    available_quantity: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location_id = self.location_id

        available_quantity = self.available_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location_id": location_id,
                "available_quantity": available_quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("location_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("location_id: expected str, got " + type(_v).__name__)
        location_id = _v

        _v = d.pop("available_quantity", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("available_quantity: expected float, got " + type(_v).__name__)
        available_quantity = _v

        inventory_details_update = cls(
            location_id=location_id,
            available_quantity=available_quantity,
        )

        inventory_details_update.additional_properties = d
        return inventory_details_update

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
