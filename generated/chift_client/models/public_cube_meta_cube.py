from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_cube_meta_cube_type_type_0 import PublicCubeMetaCubeTypeType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicCubeMetaCube")


@_attrs_define
class PublicCubeMetaCube:
    """
    Attributes:
        name (str):
        type_ (None | PublicCubeMetaCubeTypeType0 | Unset):
        title (None | str | Unset):
        description (None | str | Unset):
        connected_component (int | None | Unset):
        measures (list[PublicCubeMetaMember] | Unset):
        dimensions (list[PublicCubeMetaMember] | Unset):
        hierarchies (list[PublicCubeMetaCubeHierarchiesItem] | Unset):
        segments (list[PublicCubeMetaMember] | Unset):
        relationships (list[PublicCubeRelationship] | Unset):
        domain (None | str | Unset):
        query_group (None | str | Unset):
    """

    name: str
    type_: None | PublicCubeMetaCubeTypeType0 | Unset = UNSET
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    connected_component: int | None | Unset = UNSET
    measures: list[PublicCubeMetaMember] | Unset = UNSET
    dimensions: list[PublicCubeMetaMember] | Unset = UNSET
    hierarchies: list[PublicCubeMetaCubeHierarchiesItem] | Unset = UNSET
    segments: list[PublicCubeMetaMember] | Unset = UNSET
    relationships: list[PublicCubeRelationship] | Unset = UNSET
    domain: None | str | Unset = UNSET
    query_group: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, PublicCubeMetaCubeTypeType0):
            type_ = self.type_.value
        else:
            type_ = self.type_

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        connected_component: int | None | Unset
        if isinstance(self.connected_component, Unset):
            connected_component = UNSET
        else:
            connected_component = self.connected_component

        measures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.measures, Unset):
            measures = []
            for measures_item_data in self.measures:
                measures_item = measures_item_data.to_dict()
                measures.append(measures_item)

        dimensions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = []
            for dimensions_item_data in self.dimensions:
                dimensions_item = dimensions_item_data.to_dict()
                dimensions.append(dimensions_item)

        hierarchies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hierarchies, Unset):
            hierarchies = []
            for hierarchies_item_data in self.hierarchies:
                hierarchies_item = hierarchies_item_data.to_dict()
                hierarchies.append(hierarchies_item)

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        relationships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = []
            for relationships_item_data in self.relationships:
                relationships_item = relationships_item_data.to_dict()
                relationships.append(relationships_item)

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        query_group: None | str | Unset
        if isinstance(self.query_group, Unset):
            query_group = UNSET
        else:
            query_group = self.query_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if connected_component is not UNSET:
            field_dict["connectedComponent"] = connected_component
        if measures is not UNSET:
            field_dict["measures"] = measures
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if hierarchies is not UNSET:
            field_dict["hierarchies"] = hierarchies
        if segments is not UNSET:
            field_dict["segments"] = segments
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        if domain is not UNSET:
            field_dict["domain"] = domain
        if query_group is not UNSET:
            field_dict["queryGroup"] = query_group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        def _parse_type_(data: object) -> None | PublicCubeMetaCubeTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PublicCubeMetaCubeTypeType0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublicCubeMetaCubeTypeType0 | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_connected_component(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        connected_component = _parse_connected_component(d.pop("connectedComponent", UNSET))

        _v = d.pop("measures", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("measures: expected list, got " + type(_v).__name__)
        _measures = _v
        measures: list[PublicCubeMetaMember] | Unset = UNSET
        if _measures is not UNSET:
            measures = []
            for measures_item_data in _measures:
                measures_item = PublicCubeMetaMember.from_dict(measures_item_data)

                measures.append(measures_item)

        _v = d.pop("dimensions", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("dimensions: expected list, got " + type(_v).__name__)
        _dimensions = _v
        dimensions: list[PublicCubeMetaMember] | Unset = UNSET
        if _dimensions is not UNSET:
            dimensions = []
            for dimensions_item_data in _dimensions:
                dimensions_item = PublicCubeMetaMember.from_dict(dimensions_item_data)

                dimensions.append(dimensions_item)

        _v = d.pop("hierarchies", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("hierarchies: expected list, got " + type(_v).__name__)
        _hierarchies = _v
        hierarchies: list[PublicCubeMetaCubeHierarchiesItem] | Unset = UNSET
        if _hierarchies is not UNSET:
            hierarchies = []
            for hierarchies_item_data in _hierarchies:
                hierarchies_item = PublicCubeMetaCubeHierarchiesItem.from_dict(hierarchies_item_data)

                hierarchies.append(hierarchies_item)

        _v = d.pop("segments", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("segments: expected list, got " + type(_v).__name__)
        _segments = _v
        segments: list[PublicCubeMetaMember] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = PublicCubeMetaMember.from_dict(segments_item_data)

                segments.append(segments_item)

        _v = d.pop("relationships", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("relationships: expected list, got " + type(_v).__name__)
        _relationships = _v
        relationships: list[PublicCubeRelationship] | Unset = UNSET
        if _relationships is not UNSET:
            relationships = []
            for relationships_item_data in _relationships:
                relationships_item = PublicCubeRelationship.from_dict(relationships_item_data)

                relationships.append(relationships_item)

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        def _parse_query_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        query_group = _parse_query_group(d.pop("queryGroup", UNSET))

        public_cube_meta_cube = cls(
            name=name,
            type_=type_,
            title=title,
            description=description,
            connected_component=connected_component,
            measures=measures,
            dimensions=dimensions,
            hierarchies=hierarchies,
            segments=segments,
            relationships=relationships,
            domain=domain,
            query_group=query_group,
        )

        public_cube_meta_cube.additional_properties = d
        return public_cube_meta_cube

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


from ..models.public_cube_meta_cube_hierarchies_item import PublicCubeMetaCubeHierarchiesItem
from ..models.public_cube_meta_member import PublicCubeMetaMember
from ..models.public_cube_relationship import PublicCubeRelationship
