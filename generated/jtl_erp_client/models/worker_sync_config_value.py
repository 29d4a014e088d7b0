from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerSyncConfigValue")


@_attrs_define
class WorkerSyncConfigValue:
    """
    Attributes:
        identifier (UUID | Unset):  Example: 3c90c3cc-0d44-4b50-8888-8dd25736052a.
        value (str | Unset):  Example: true.
    """

    identifier: UUID | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier: str | Unset = UNSET
        if not isinstance(self.identifier, Unset):
            identifier = str(self.identifier)

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["Identifier"] = identifier
        if value is not UNSET:
            field_dict["Value"] = value

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

        _v = d.pop("Value", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Value: expected str, got " + type(_v).__name__)
        value = _v

        worker_sync_config_value = cls(
            identifier=identifier,
            value=value,
        )

        worker_sync_config_value.additional_properties = d
        return worker_sync_config_value

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
