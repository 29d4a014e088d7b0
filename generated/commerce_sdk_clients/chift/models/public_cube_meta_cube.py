from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.public_cube_meta_cube_type_type_0 import PublicCubeMetaCubeTypeType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicCubeMetaCube")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "name",
        "type",
        "title",
        "description",
        "connectedComponent",
        "measures",
        "dimensions",
        "hierarchies",
        "segments",
        "relationships",
        "domain",
        "queryGroup",
    }
)


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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages.
        Tolerant mode keeps nested objects as they are in `src_dict` and builds them on first
        read (`_decoding.lazy`): do not change `src_dict` afterwards."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        _m = _decoding.MODE.get()
        _lazy = not _m.strict and cls is PublicCubeMetaCube
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["type"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

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

            type_ = _parse_type_(_v)

        except Exception as _e:
            _decoding.leave(_t)
            type_, _raw = _decoding.failed(_v, _e, _path, "type", "None | PublicCubeMetaCubeTypeType0", _raw)
        else:
            _decoding.leave(_t)
            if type_ is _v and (_v.__class__ is list or _v.__class__ is dict):
                type_, _raw = _decoding.failed(
                    _v, None, _path, "type", "None | PublicCubeMetaCubeTypeType0", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["title"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_title(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            title = _parse_title(_v)

        except Exception as _e:
            _decoding.leave(_t)
            title, _raw = _decoding.failed(_v, _e, _path, "title", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if title is _v and (_v.__class__ is list or _v.__class__ is dict):
                title, _raw = _decoding.failed(_v, None, _path, "title", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["description"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            description = _parse_description(_v)

        except Exception as _e:
            _decoding.leave(_t)
            description, _raw = _decoding.failed(_v, _e, _path, "description", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if description is _v and (_v.__class__ is list or _v.__class__ is dict):
                description, _raw = _decoding.failed(_v, None, _path, "description", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["connectedComponent"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_connected_component(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            connected_component = _parse_connected_component(_v)

        except Exception as _e:
            _decoding.leave(_t)
            connected_component, _raw = _decoding.failed(
                _v, _e, _path, "connectedComponent", "int | None", _raw
            )
        else:
            _decoding.leave(_t)
            if connected_component is _v and (_v.__class__ is list or _v.__class__ is dict):
                connected_component, _raw = _decoding.failed(
                    _v, None, _path, "connectedComponent", "int | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["measures"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "measures", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            measures = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                measures = _v
                _pending |= 1
            else:
                measures = []
                _at = _path + "measures[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        measures.append(_PublicCubeMetaMember_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, PublicCubeMetaMember, _path, "measures", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["dimensions"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "dimensions", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            dimensions = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                dimensions = _v
                _pending |= 2
            else:
                dimensions = []
                _at = _path + "dimensions[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        dimensions.append(_PublicCubeMetaMember_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, PublicCubeMetaMember, _path, "dimensions", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["hierarchies"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "hierarchies", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            hierarchies = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                hierarchies = _v
                _pending |= 4
            else:
                hierarchies = []
                _at = _path + "hierarchies[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        hierarchies.append(_PublicCubeMetaCubeHierarchiesItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, PublicCubeMetaCubeHierarchiesItem, _path, "hierarchies", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["segments"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "segments", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            segments = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                segments = _v
                _pending |= 8
            else:
                segments = []
                _at = _path + "segments[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        segments.append(_PublicCubeMetaMember_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, PublicCubeMetaMember, _path, "segments", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["relationships"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "relationships", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            relationships = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                relationships = _v
                _pending |= 16
            else:
                relationships = []
                _at = _path + "relationships[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        relationships.append(_PublicCubeRelationship_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, PublicCubeRelationship, _path, "relationships", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["domain"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_domain(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            domain = _parse_domain(_v)

        except Exception as _e:
            _decoding.leave(_t)
            domain, _raw = _decoding.failed(_v, _e, _path, "domain", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if domain is _v and (_v.__class__ is list or _v.__class__ is dict):
                domain, _raw = _decoding.failed(_v, None, _path, "domain", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["queryGroup"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_query_group(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            query_group = _parse_query_group(_v)

        except Exception as _e:
            _decoding.leave(_t)
            query_group, _raw = _decoding.failed(_v, _e, _path, "queryGroup", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if query_group is _v and (_v.__class__ is list or _v.__class__ is dict):
                query_group, _raw = _decoding.failed(_v, None, _path, "queryGroup", "None | str", _raw)

        if cls is PublicCubeMetaCube:
            _obj = _new(cls)
            _obj.name = name
            _obj.type_ = type_
            _obj.title = title
            _obj.description = description
            _obj.connected_component = connected_component
            _set_measures(_obj, measures)
            _set_dimensions(_obj, dimensions)
            _set_hierarchies(_obj, hierarchies)
            _set_segments(_obj, segments)
            _set_relationships(_obj, relationships)
            _obj.domain = domain
            _obj.query_group = query_group
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                name,
                type_,
                title,
                description,
                connected_component,
                measures,
                dimensions,
                hierarchies,
                segments,
                relationships,
                domain,
                query_group,
            )

        if not _KNOWN_KEYS.issuperset(_src):
            _obj._additional_properties = {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        if _raw is not None:
            _obj._raw_values = _raw
        return _obj

    @property
    def raw_values(self) -> dict[str, Any]:
        """Values from the response that could not be read as the spec says, by field name
        (tolerant decoding left those fields unset); empty when the body matched the spec."""
        return self._raw_values if self._raw_values is not None else {}

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys of the body the spec does not declare, with their values."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

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

_PublicCubeMetaCubeHierarchiesItem_from_dict = PublicCubeMetaCubeHierarchiesItem.from_dict
_PublicCubeMetaMember_from_dict = PublicCubeMetaMember.from_dict
_PublicCubeRelationship_from_dict = PublicCubeRelationship.from_dict

_set_measures = _decoding.lazy(
    PublicCubeMetaCube, "measures", "measures", 1, PublicCubeMetaMember.from_dict, True
)
_set_dimensions = _decoding.lazy(
    PublicCubeMetaCube, "dimensions", "dimensions", 2, PublicCubeMetaMember.from_dict, True
)
_set_hierarchies = _decoding.lazy(
    PublicCubeMetaCube, "hierarchies", "hierarchies", 4, PublicCubeMetaCubeHierarchiesItem.from_dict, True
)
_set_segments = _decoding.lazy(
    PublicCubeMetaCube, "segments", "segments", 8, PublicCubeMetaMember.from_dict, True
)
_set_relationships = _decoding.lazy(
    PublicCubeMetaCube, "relationships", "relationships", 16, PublicCubeRelationship.from_dict, True
)
