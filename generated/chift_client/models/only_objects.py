from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OnlyObjects")


@_attrs_define
class OnlyObjects:
    """
    Attributes:
        capability (str):
        ids (list[str]):
        scope (None | OnlyObjectsScopeType0 | Unset):
    """

    capability: str
    ids: list[str]
    scope: None | OnlyObjectsScopeType0 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        capability = self.capability

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("capability", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("capability: expected str, got " + type(_v).__name__)
        capability = _v

        _v = d.pop("ids", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("ids: expected list, got " + type(_v).__name__)
        ids = cast(list[str], _v)

        def _parse_scope(data: object) -> None | OnlyObjectsScopeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scope_type_0 = OnlyObjectsScopeType0.from_dict(data)

                return scope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OnlyObjectsScopeType0 | Unset, data)

        scope = _parse_scope(d.pop("scope", UNSET))

        only_objects = cls(
            capability=capability,
            ids=ids,
            scope=scope,
        )

        return only_objects


from ..models.only_objects_scope_type_0 import OnlyObjectsScopeType0
