from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.mapping_candidate import MappingCandidate
    from ..models.mapping_row_view import MappingRowView


T = TypeVar("T", bound="MappingTableView")


@_attrs_define
class MappingTableView:
    """One mapping table with its rows and a page of candidate values.

    Attributes:
        key (str):
        id (UUID):
        title (str):
        description (str):
        required (bool):
        allow_delete (bool):
        rows (list[MappingRowView]):
        candidates (list[MappingCandidate]):
        total_candidates (int):
        page (int):
        page_size (int):
    """

    key: str
    id: UUID
    title: str
    description: str
    required: bool
    allow_delete: bool
    rows: list[MappingRowView]
    candidates: list[MappingCandidate]
    total_candidates: int
    page: int
    page_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        id = str(self.id)

        title = self.title

        description = self.description

        required = self.required

        allow_delete = self.allow_delete

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        candidates = []
        for candidates_item_data in self.candidates:
            candidates_item = candidates_item_data.to_dict()
            candidates.append(candidates_item)

        total_candidates = self.total_candidates

        page = self.page

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "id": id,
                "title": title,
                "description": description,
                "required": required,
                "allow_delete": allow_delete,
                "rows": rows,
                "candidates": candidates,
                "total_candidates": total_candidates,
                "page": page,
                "page_size": page_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mapping_candidate import MappingCandidate
        from ..models.mapping_row_view import MappingRowView

        d = dict(src_dict)
        _v = d.get("key", UNSET)
        if not isinstance(_v, str):
            raise TypeError("key: expected str, got " + type(_v).__name__)
        key = d.pop("key")

        id = UUID(d.pop("id"))

        _v = d.get("title", UNSET)
        if not isinstance(_v, str):
            raise TypeError("title: expected str, got " + type(_v).__name__)
        title = d.pop("title")

        _v = d.get("description", UNSET)
        if not isinstance(_v, str):
            raise TypeError("description: expected str, got " + type(_v).__name__)
        description = d.pop("description")

        _v = d.get("required", UNSET)
        if not isinstance(_v, bool):
            raise TypeError("required: expected bool, got " + type(_v).__name__)
        required = d.pop("required")

        _v = d.get("allow_delete", UNSET)
        if not isinstance(_v, bool):
            raise TypeError("allow_delete: expected bool, got " + type(_v).__name__)
        allow_delete = d.pop("allow_delete")

        _v = d.get("rows", UNSET)
        if not isinstance(_v, list):
            raise TypeError("rows: expected list, got " + type(_v).__name__)
        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = MappingRowView.from_dict(rows_item_data)

            rows.append(rows_item)

        _v = d.get("candidates", UNSET)
        if not isinstance(_v, list):
            raise TypeError("candidates: expected list, got " + type(_v).__name__)
        candidates = []
        _candidates = d.pop("candidates")
        for candidates_item_data in _candidates:
            candidates_item = MappingCandidate.from_dict(candidates_item_data)

            candidates.append(candidates_item)

        _v = d.get("total_candidates", UNSET)
        if not isinstance(_v, int) or isinstance(_v, bool):
            raise TypeError("total_candidates: expected int, got " + type(_v).__name__)
        total_candidates = d.pop("total_candidates")

        _v = d.get("page", UNSET)
        if not isinstance(_v, int) or isinstance(_v, bool):
            raise TypeError("page: expected int, got " + type(_v).__name__)
        page = d.pop("page")

        _v = d.get("page_size", UNSET)
        if not isinstance(_v, int) or isinstance(_v, bool):
            raise TypeError("page_size: expected int, got " + type(_v).__name__)
        page_size = d.pop("page_size")

        mapping_table_view = cls(
            key=key,
            id=id,
            title=title,
            description=description,
            required=required,
            allow_delete=allow_delete,
            rows=rows,
            candidates=candidates,
            total_candidates=total_candidates,
            page=page,
            page_size=page_size,
        )

        mapping_table_view.additional_properties = d
        return mapping_table_view

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
