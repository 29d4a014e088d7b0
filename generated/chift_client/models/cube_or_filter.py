from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET

T = TypeVar("T", bound="CubeOrFilter")


@_attrs_define
class CubeOrFilter:
    """
    Attributes:
        or_ (list[CubeAndFilter | CubeLeafFilter | CubeOrFilter]):
    """

    or_: list[CubeAndFilter | CubeLeafFilter | CubeOrFilter]

    def to_dict(self) -> dict[str, Any]:
        or_ = []
        for or_item_data in self.or_:
            or_item: dict[str, Any]
            if isinstance(or_item_data, CubeLeafFilter) or isinstance(or_item_data, CubeAndFilter):
                or_item = or_item_data.to_dict()
            else:
                or_item = or_item_data.to_dict()

            or_.append(or_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "or": or_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("or", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("or: expected list, got " + type(_v).__name__)
        or_ = []
        _or_ = _v
        for or_item_data in _or_:

            def _parse_or_item(data: object) -> CubeAndFilter | CubeLeafFilter | CubeOrFilter:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    or_item_type_0 = CubeLeafFilter.from_dict(data)

                    return or_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    or_item_type_1 = CubeAndFilter.from_dict(data)

                    return or_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                or_item_type_2 = CubeOrFilter.from_dict(data)

                return or_item_type_2

            or_item = _parse_or_item(or_item_data)

            or_.append(or_item)

        cube_or_filter = cls(
            or_=or_,
        )

        return cube_or_filter


from ..models.cube_and_filter import CubeAndFilter
from ..models.cube_leaf_filter import CubeLeafFilter
