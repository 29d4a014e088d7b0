from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="StorageLocationType")


@_attrs_define
class StorageLocationType:
    """
    Attributes:
        id (str):  Example: 561FCDEA-261D-4593-A0E4-E9AE7892D046.
        name (str):  Example: goods receipt.
        description (str):  Example: Optional storage location description.
        scope (list[str]):  Example: Token1,Token2.
    """

    id: str
    name: str
    description: str
    scope: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Name": name,
                "Description": description,
                "Scope": scope,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("Name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("Description", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Description: expected str, got " + type(_v).__name__)
        description = _v

        _v = d.pop("Scope", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("Scope: expected list, got " + type(_v).__name__)
        scope = cast(list[str], _v)

        storage_location_type = cls(
            id=id,
            name=name,
            description=description,
            scope=scope,
        )

        storage_location_type.additional_properties = d
        return storage_location_type

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
