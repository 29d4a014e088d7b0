from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CubeJoinQuery")


@_attrs_define
class CubeJoinQuery:
    """
    Attributes:
        queries (list[CubeLoadQuery]):
        align (list[list[None | str]] | Unset):
    """

    queries: list[CubeLoadQuery]
    align: list[list[None | str]] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        queries = []
        for queries_item_data in self.queries:
            queries_item = queries_item_data.to_dict()
            queries.append(queries_item)

        align: list[list[None | str]] | Unset = UNSET
        if not isinstance(self.align, Unset):
            align = []
            for align_item_data in self.align:
                align_item = []
                for align_item_item_data in align_item_data:
                    align_item_item: None | str
                    align_item_item = align_item_item_data
                    align_item.append(align_item_item)

                align.append(align_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "queries": queries,
            }
        )
        if align is not UNSET:
            field_dict["align"] = align

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("queries", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("queries: expected list, got " + type(_v).__name__)
        queries = []
        _queries = _v
        for queries_item_data in _queries:
            queries_item = CubeLoadQuery.from_dict(queries_item_data)

            queries.append(queries_item)

        _v = d.pop("align", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("align: expected list, got " + type(_v).__name__)
        _align = _v
        align: list[list[None | str]] | Unset = UNSET
        if _align is not UNSET:
            align = []
            for align_item_data in _align:
                align_item = []
                _align_item = align_item_data
                for align_item_item_data in _align_item:

                    def _parse_align_item_item(data: object) -> None | str:
                        if data is None:
                            return data
                        return cast(None | str, data)

                    align_item_item = _parse_align_item_item(align_item_item_data)

                    align_item.append(align_item_item)

                align.append(align_item)

        cube_join_query = cls(
            queries=queries,
            align=align,
        )

        return cube_join_query


from ..models.cube_load_query import CubeLoadQuery
