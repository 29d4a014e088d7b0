from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationAction")


@_attrs_define
class IntegrationAction:
    """An operation the integration offers to run on demand.

    Attributes:
        id (str): Identifier used to execute the action.
        name (str): Human-readable action name.
        description (str | Unset): What the action does.
    """

    id: str
    name: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("description", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("description: expected str, got " + type(_v).__name__)
        description = _v

        integration_action = cls(
            id=id,
            name=name,
            description=description,
        )

        integration_action.additional_properties = d
        return integration_action

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
