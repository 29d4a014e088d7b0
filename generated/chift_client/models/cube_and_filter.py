from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET

T = TypeVar("T", bound="CubeAndFilter")


@_attrs_define
class CubeAndFilter:
    """
    Attributes:
        and_ (list[CubeAndFilter | CubeLeafFilter | CubeOrFilter]):
    """

    and_: list[CubeAndFilter | CubeLeafFilter | CubeOrFilter]

    def to_dict(self) -> dict[str, Any]:
        and_ = []
        for and_item_data in self.and_:
            and_item: dict[str, Any]
            if isinstance(and_item_data, CubeLeafFilter) or isinstance(and_item_data, CubeAndFilter):
                and_item = and_item_data.to_dict()
            else:
                and_item = and_item_data.to_dict()

            and_.append(and_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "and": and_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("and", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("and: expected list, got " + type(_v).__name__)
        and_ = []
        _and_ = _v
        for and_item_data in _and_:

            def _parse_and_item(data: object) -> CubeAndFilter | CubeLeafFilter | CubeOrFilter:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    and_item_type_0 = CubeLeafFilter.from_dict(data)

                    return and_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    and_item_type_1 = CubeAndFilter.from_dict(data)

                    return and_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                and_item_type_2 = CubeOrFilter.from_dict(data)

                return and_item_type_2

            and_item = _parse_and_item(and_item_data)

            and_.append(and_item)

        cube_and_filter = cls(
            and_=and_,
        )

        return cube_and_filter


from ..models.cube_leaf_filter import CubeLeafFilter
from ..models.cube_or_filter import CubeOrFilter
