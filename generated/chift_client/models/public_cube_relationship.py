from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_cube_relationship_relationship import PublicCubeRelationshipRelationship
from ..types import UNSET

T = TypeVar("T", bound="PublicCubeRelationship")


@_attrs_define
class PublicCubeRelationship:
    """
    Attributes:
        target (str):
        relationship (PublicCubeRelationshipRelationship):
    """

    target: str
    relationship: PublicCubeRelationshipRelationship
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        relationship = self.relationship.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
                "relationship": relationship,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("target", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("target: expected str, got " + type(_v).__name__)
        target = _v

        relationship = PublicCubeRelationshipRelationship(d.pop("relationship"))

        public_cube_relationship = cls(
            target=target,
            relationship=relationship,
        )

        public_cube_relationship.additional_properties = d
        return public_cube_relationship

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
