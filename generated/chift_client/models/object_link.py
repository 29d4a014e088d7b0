from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.object_link_relation import ObjectLinkRelation
from ..types import UNSET

T = TypeVar("T", bound="ObjectLink")


@_attrs_define
class ObjectLink:
    """
    Attributes:
        relation (ObjectLinkRelation):
        kind (str):
        id (UUID):
        source_id (str):
        scope (ObjectLinkScope):
        status (str):
    """

    relation: ObjectLinkRelation
    kind: str
    id: UUID
    source_id: str
    scope: ObjectLinkScope
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relation = self.relation.value

        kind = self.kind

        id = str(self.id)

        source_id = self.source_id

        scope = self.scope.to_dict()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relation": relation,
                "kind": kind,
                "id": id,
                "source_id": source_id,
                "scope": scope,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        relation = ObjectLinkRelation(d.pop("relation"))

        _v = d.pop("kind", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("kind: expected str, got " + type(_v).__name__)
        kind = _v

        id = UUID(d.pop("id"))

        _v = d.pop("source_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("source_id: expected str, got " + type(_v).__name__)
        source_id = _v

        scope = ObjectLinkScope.from_dict(d.pop("scope"))

        _v = d.pop("status", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("status: expected str, got " + type(_v).__name__)
        status = _v

        object_link = cls(
            relation=relation,
            kind=kind,
            id=id,
            source_id=source_id,
            scope=scope,
            status=status,
        )

        object_link.additional_properties = d
        return object_link

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


from ..models.object_link_scope import ObjectLinkScope
