from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="InsightsCatalog")


@_attrs_define
class InsightsCatalog:
    """
    Attributes:
        entities (list[PublicCubeMetaCube]):
        covered_operations (list[str]):
    """

    entities: list[PublicCubeMetaCube]
    covered_operations: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entities = []
        for entities_item_data in self.entities:
            entities_item = entities_item_data.to_dict()
            entities.append(entities_item)

        covered_operations = self.covered_operations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entities": entities,
                "coveredOperations": covered_operations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("entities", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("entities: expected list, got " + type(_v).__name__)
        entities = []
        _entities = _v
        for entities_item_data in _entities:
            entities_item = PublicCubeMetaCube.from_dict(entities_item_data)

            entities.append(entities_item)

        _v = d.pop("coveredOperations", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("coveredOperations: expected list, got " + type(_v).__name__)
        covered_operations = cast(list[str], _v)

        insights_catalog = cls(
            entities=entities,
            covered_operations=covered_operations,
        )

        insights_catalog.additional_properties = d
        return insights_catalog

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


from ..models.public_cube_meta_cube import PublicCubeMetaCube
