from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerSyncItemConfiguration")


@_attrs_define
class WorkerSyncItemConfiguration:
    """
    Attributes:
        identifier (UUID | Unset):  Example: 3c90c3cc-0d44-4b50-8888-8dd25736052a.
        display_name (str | Unset):  Example: Create orders.
        display_description (str | Unset):  Example: Create orders for every Sales.
        type_ (str | Unset):  Example: bool.
        current_value (str | Unset):  Example: false.
        is_required (bool | Unset):  Example: False.
    """

    identifier: UUID | Unset = UNSET
    display_name: str | Unset = UNSET
    display_description: str | Unset = UNSET
    type_: str | Unset = UNSET
    current_value: str | Unset = UNSET
    is_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier: str | Unset = UNSET
        if not isinstance(self.identifier, Unset):
            identifier = str(self.identifier)

        display_name = self.display_name

        display_description = self.display_description

        type_ = self.type_

        current_value = self.current_value

        is_required = self.is_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["Identifier"] = identifier
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if display_description is not UNSET:
            field_dict["DisplayDescription"] = display_description
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if current_value is not UNSET:
            field_dict["CurrentValue"] = current_value
        if is_required is not UNSET:
            field_dict["IsRequired"] = is_required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _identifier = d.pop("Identifier", UNSET)
        identifier: UUID | Unset
        if isinstance(_identifier, Unset):
            identifier = UNSET
        else:
            identifier = UUID(_identifier)

        _v = d.pop("DisplayName", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("DisplayName: expected str, got " + type(_v).__name__)
        display_name = _v

        _v = d.pop("DisplayDescription", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("DisplayDescription: expected str, got " + type(_v).__name__)
        display_description = _v

        _v = d.pop("Type", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Type: expected str, got " + type(_v).__name__)
        type_ = _v

        _v = d.pop("CurrentValue", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("CurrentValue: expected str, got " + type(_v).__name__)
        current_value = _v

        _v = d.pop("IsRequired", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("IsRequired: expected bool, got " + type(_v).__name__)
        is_required = _v

        worker_sync_item_configuration = cls(
            identifier=identifier,
            display_name=display_name,
            display_description=display_description,
            type_=type_,
            current_value=current_value,
            is_required=is_required,
        )

        worker_sync_item_configuration.additional_properties = d
        return worker_sync_item_configuration

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
