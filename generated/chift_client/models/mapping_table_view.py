from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="MappingTableView")


@_attrs_define
class MappingTableView:
    """
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
        d = dict(src_dict)
        _v = d.pop("key", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("key: expected str, got " + type(_v).__name__)
        key = _v

        id = UUID(d.pop("id"))

        _v = d.pop("title", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("title: expected str, got " + type(_v).__name__)
        title = _v

        _v = d.pop("description", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("description: expected str, got " + type(_v).__name__)
        description = _v

        _v = d.pop("required", UNSET)
        if type(_v) is not bool:
            raise TypeError("required: expected bool, got " + type(_v).__name__)
        required = _v

        _v = d.pop("allow_delete", UNSET)
        if type(_v) is not bool:
            raise TypeError("allow_delete: expected bool, got " + type(_v).__name__)
        allow_delete = _v

        _v = d.pop("rows", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("rows: expected list, got " + type(_v).__name__)
        rows = []
        _rows = _v
        for rows_item_data in _rows:
            rows_item = MappingRowView.from_dict(rows_item_data)

            rows.append(rows_item)

        _v = d.pop("candidates", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("candidates: expected list, got " + type(_v).__name__)
        candidates = []
        _candidates = _v
        for candidates_item_data in _candidates:
            candidates_item = MappingCandidate.from_dict(candidates_item_data)

            candidates.append(candidates_item)

        _v = d.pop("total_candidates", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("total_candidates: expected int, got " + type(_v).__name__)
        total_candidates = _v

        _v = d.pop("page", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("page: expected int, got " + type(_v).__name__)
        page = _v

        _v = d.pop("page_size", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("page_size: expected int, got " + type(_v).__name__)
        page_size = _v

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


from ..models.mapping_candidate import MappingCandidate
from ..models.mapping_row_view import MappingRowView
