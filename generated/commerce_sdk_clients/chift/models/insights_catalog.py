from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="InsightsCatalog")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "entities",
        "coveredOperations",
    }
)


@_attrs_define
class InsightsCatalog:
    """
    Attributes:
        entities (list[PublicCubeMetaCube]):
        covered_operations (list[str]):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    entities: list[PublicCubeMetaCube]
    covered_operations: list[str]
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.entities is None or isinstance(self.entities, Unset):
            entities = self.entities
        else:
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

        if self.covered_operations is None or isinstance(self.covered_operations, Unset):
            covered_operations = self.covered_operations
        else:
            covered_operations = self.covered_operations

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "entities": entities,
                "coveredOperations": covered_operations,
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
        _lazy = not _m.strict and cls is InsightsCatalog
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["entities"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "entities", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            entities = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                entities = _v
                _pending |= 1
            else:
                entities = []
                _at = _path + "entities[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        entities.append(_PublicCubeMetaCube_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, PublicCubeMetaCube, _path, "entities", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            covered_operations = _src["coveredOperations"]
        except KeyError:
            covered_operations = UNSET
        if covered_operations.__class__ is not list:
            covered_operations, _raw = _decoding.as_list(
                covered_operations, "scalar", _path, "coveredOperations", _raw
            )

        if cls is InsightsCatalog:
            _obj = _new(cls)
            _set_entities(_obj, entities)
            _obj.covered_operations = covered_operations
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                entities,
                covered_operations,
            )

        if len(_src) != 2 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.public_cube_meta_cube import PublicCubeMetaCube

_PublicCubeMetaCube_from_dict = PublicCubeMetaCube.from_dict

_set_entities = _decoding.lazy(InsightsCatalog, "entities", "entities", 1, PublicCubeMetaCube.from_dict, True)
