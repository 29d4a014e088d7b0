from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="OnlyObjects")
_new = object.__new__


@_attrs_define
class OnlyObjects:
    """
    Attributes:
        capability (str):
        ids (list[str]):
        scope (None | OnlyObjectsScopeType0 | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    capability: str
    ids: list[str]
    scope: None | OnlyObjectsScopeType0 | Unset = UNSET
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        capability = self.capability

        if self.ids is None or isinstance(self.ids, Unset):
            ids = self.ids
        else:
            ids = self.ids

        scope: dict[str, Any] | None | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        elif isinstance(self.scope, OnlyObjectsScopeType0):
            scope = self.scope.to_dict()
        else:
            scope = self.scope

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "capability": capability,
                "ids": ids,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope
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
        _lazy = not _m.strict and cls is OnlyObjects
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            capability = _src["capability"]
        except KeyError:
            capability = UNSET
        if capability.__class__ is not str:
            capability, _raw = _decoding.scalar(capability, "str", _path, "capability", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            ids = _src["ids"]
        except KeyError:
            ids = UNSET
        if ids.__class__ is not list:
            ids, _raw = _decoding.as_list(ids, "scalar", _path, "ids", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["scope"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                scope = _v
                _pending |= 1
            else:
                scope = _OnlyObjectsScopeType0_from_dict(_v, _path + "scope.")
        elif _v is None:
            scope = None
        elif _v is UNSET:
            scope = UNSET
        else:
            scope, _raw = _decoding.as_model(_v, OnlyObjectsScopeType0, _path, "scope", _raw)

        if cls is OnlyObjects:
            _obj = _new(cls)
            _obj.capability = capability
            _obj.ids = ids
            _set_scope(_obj, scope)
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                capability,
                ids,
                scope,
            )

        if _raw is not None:
            _obj._raw_values = _raw
        return _obj

    @property
    def raw_values(self) -> dict[str, Any]:
        """Values from the response that could not be read as the spec says, by field name
        (tolerant decoding left those fields unset); empty when the body matched the spec."""
        return self._raw_values if self._raw_values is not None else {}


from ..models.only_objects_scope_type_0 import OnlyObjectsScopeType0

_OnlyObjectsScopeType0_from_dict = OnlyObjectsScopeType0.from_dict

_set_scope = _decoding.lazy(OnlyObjects, "scope", "scope", 1, OnlyObjectsScopeType0.from_dict, False)
