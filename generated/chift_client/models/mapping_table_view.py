from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="MappingTableView")

_KNOWN_KEYS = frozenset(
    {
        "key",
        "id",
        "title",
        "description",
        "required",
        "allow_delete",
        "rows",
        "candidates",
        "total_candidates",
        "page",
        "page_size",
    }
)


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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        if self.id is None or isinstance(self.id, Unset):
            id = self.id
        else:
            id = str(self.id)

        title = self.title

        description = self.description

        required = self.required

        allow_delete = self.allow_delete

        if self.rows is None or isinstance(self.rows, Unset):
            rows = self.rows
        else:
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        if self.candidates is None or isinstance(self.candidates, Unset):
            candidates = self.candidates
        else:
            candidates = []
            for candidates_item_data in self.candidates:
                candidates_item = candidates_item_data.to_dict()
                candidates.append(candidates_item)

        total_candidates = self.total_candidates

        page = self.page

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["key"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "key", _raw)
        key = _v

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
            _v = _src["title"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "title", _raw)
        title = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["description"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not str:
            _v, _raw = _decoding.scalar(_v, "str", _path, "description", _raw)
        description = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["required"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not bool:
            _v, _raw = _decoding.scalar(_v, "bool", _path, "required", _raw)
        required = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["allow_delete"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not bool:
            _v, _raw = _decoding.scalar(_v, "bool", _path, "allow_delete", _raw)
        allow_delete = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["rows"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "rows", _raw)
        if _v is UNSET or _v is None:
            rows = _v
        else:
            rows = []
            _at = _path + "rows[]."
            for _x in _v:
                if _x.__class__ is dict:
                    rows.append(MappingRowView.from_dict(_x, _at))
                else:
                    _raw = _decoding.bad_item(_v, _x, MappingRowView, _path, "rows", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["candidates"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "candidates", _raw)
        if _v is UNSET or _v is None:
            candidates = _v
        else:
            candidates = []
            _at = _path + "candidates[]."
            for _x in _v:
                if _x.__class__ is dict:
                    candidates.append(MappingCandidate.from_dict(_x, _at))
                else:
                    _raw = _decoding.bad_item(_v, _x, MappingCandidate, _path, "candidates", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["total_candidates"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not int:
            _v, _raw = _decoding.scalar(_v, "int", _path, "total_candidates", _raw)
        total_candidates = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["page"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not int:
            _v, _raw = _decoding.scalar(_v, "int", _path, "page", _raw)
        page = _v

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["page_size"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not int:
            _v, _raw = _decoding.scalar(_v, "int", _path, "page_size", _raw)
        page_size = _v

        mapping_table_view = cls(
            key,
            id,
            title,
            description,
            required,
            allow_delete,
            rows,
            candidates,
            total_candidates,
            page,
            page_size,
        )

        if len(_src) != 11 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
            mapping_table_view._additional_properties = {
                k: v for k, v in _src.items() if k not in _KNOWN_KEYS
            }
        if _raw is not None:
            mapping_table_view._raw_values = _raw
        return mapping_table_view

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


from ..models.mapping_candidate import MappingCandidate
from ..models.mapping_row_view import MappingRowView
