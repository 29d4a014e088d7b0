from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.object_link_relation import ObjectLinkRelation
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectLink")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "relation",
        "kind",
        "id",
        "source_id",
        "scope",
        "status",
    }
)


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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    relation: ObjectLinkRelation
    kind: str
    id: UUID
    source_id: str
    scope: ObjectLinkScope
    status: str
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.relation is None or isinstance(self.relation, Unset):
            relation = self.relation
        else:
            relation = self.relation.value

        kind = self.kind

        if self.id is None or isinstance(self.id, Unset):
            id = self.id
        else:
            id = str(self.id)

        source_id = self.source_id

        if self.scope is None or isinstance(self.scope, Unset):
            scope = self.scope
        else:
            scope = self.scope.to_dict()

        status = self.status

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        _lazy = not _m.strict and cls is ObjectLink
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["relation"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            relation, _raw = _decoding.missing(_path, "relation", "ObjectLinkRelation", _raw)
        else:
            try:
                relation = ObjectLinkRelation(_v)

            except Exception as _e:
                relation, _raw = _decoding.failed(_v, _e, _path, "relation", "ObjectLinkRelation", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            kind = _src["kind"]
        except KeyError:
            kind = UNSET
        if kind.__class__ is not str:
            kind, _raw = _decoding.scalar(kind, "str", _path, "kind", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["id"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            id, _raw = _decoding.missing(_path, "id", "UUID", _raw)
        else:
            try:
                id = UUID(_v)

            except Exception as _e:
                id, _raw = _decoding.failed(_v, _e, _path, "id", "UUID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            source_id = _src["source_id"]
        except KeyError:
            source_id = UNSET
        if source_id.__class__ is not str:
            source_id, _raw = _decoding.scalar(source_id, "str", _path, "source_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["scope"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                scope = _v
                _pending |= 1
            else:
                scope = _ObjectLinkScope_from_dict(_v, _path + "scope.")
        else:
            scope, _raw = _decoding.as_model(_v, ObjectLinkScope, _path, "scope", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            status = _src["status"]
        except KeyError:
            status = UNSET
        if status.__class__ is not str:
            status, _raw = _decoding.scalar(status, "str", _path, "status", _raw)

        if cls is ObjectLink:
            _obj = _new(cls)
            _obj.relation = relation
            _obj.kind = kind
            _obj.id = id
            _obj.source_id = source_id
            _set_scope(_obj, scope)
            _obj.status = status
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                relation,
                kind,
                id,
                source_id,
                scope,
                status,
            )

        if len(_src) != 6 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.object_link_scope import ObjectLinkScope

_ObjectLinkScope_from_dict = ObjectLinkScope.from_dict

_set_scope = _decoding.lazy(ObjectLink, "scope", "scope", 1, ObjectLinkScope.from_dict, False)
