from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CubeLeafFilter")


@_attrs_define
class CubeLeafFilter:
    """
    Attributes:
        member (str):
        operator (str):
        values (list[str] | None | Unset):
    """

    member: str
    operator: str
    values: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        member = self.member

        operator = self.operator

        values: list[str] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "member": member,
                "operator": operator,
            }
        )
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("member", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("member: expected str, got " + type(_v).__name__)
        member = _v

        _v = d.pop("operator", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("operator: expected str, got " + type(_v).__name__)
        operator = _v

        def _parse_values(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_0 = cast(list[str], data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        cube_leaf_filter = cls(
            member=member,
            operator=operator,
            values=values,
        )

        return cube_leaf_filter
