from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="MappingTableView")
_new = object.__new__

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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
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
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

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
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages.
        Tolerant mode keeps nested objects as they are in `src_dict` and builds them on first
        read (`_decoding.lazy`): do not change `src_dict` afterwards."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        _m = _decoding.MODE.get()
        _lazy = not _m.strict and cls is MappingTableView
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            key = _src["key"]
        except KeyError:
            key = UNSET
        if key.__class__ is not str:
            key, _raw = _decoding.scalar(key, "str", _path, "key", _raw)

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
            title = _src["title"]
        except KeyError:
            title = UNSET
        if title.__class__ is not str:
            title, _raw = _decoding.scalar(title, "str", _path, "title", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            description = _src["description"]
        except KeyError:
            description = UNSET
        if description.__class__ is not str:
            description, _raw = _decoding.scalar(description, "str", _path, "description", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            required = _src["required"]
        except KeyError:
            required = UNSET
        if required.__class__ is not bool:
            required, _raw = _decoding.scalar(required, "bool", _path, "required", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            allow_delete = _src["allow_delete"]
        except KeyError:
            allow_delete = UNSET
        if allow_delete.__class__ is not bool:
            allow_delete, _raw = _decoding.scalar(allow_delete, "bool", _path, "allow_delete", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["rows"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "rows", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            rows = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                rows = _v
                _pending |= 1
            else:
                rows = []
                _at = _path + "rows[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        rows.append(_MappingRowView_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, MappingRowView, _path, "rows", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["candidates"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "candidates", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            candidates = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                candidates = _v
                _pending |= 2
            else:
                candidates = []
                _at = _path + "candidates[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        candidates.append(_MappingCandidate_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, MappingCandidate, _path, "candidates", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total_candidates = _src["total_candidates"]
        except KeyError:
            total_candidates = UNSET
        if total_candidates.__class__ is not int:
            total_candidates, _raw = _decoding.scalar(
                total_candidates, "int", _path, "total_candidates", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            page = _src["page"]
        except KeyError:
            page = UNSET
        if page.__class__ is not int:
            page, _raw = _decoding.scalar(page, "int", _path, "page", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            page_size = _src["page_size"]
        except KeyError:
            page_size = UNSET
        if page_size.__class__ is not int:
            page_size, _raw = _decoding.scalar(page_size, "int", _path, "page_size", _raw)

        if cls is MappingTableView:
            _obj = _new(cls)
            _obj.key = key
            _obj.id = id
            _obj.title = title
            _obj.description = description
            _obj.required = required
            _obj.allow_delete = allow_delete
            _set_rows(_obj, rows)
            _set_candidates(_obj, candidates)
            _obj.total_candidates = total_candidates
            _obj.page = page
            _obj.page_size = page_size
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
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


from ..models.mapping_candidate import MappingCandidate
from ..models.mapping_row_view import MappingRowView

_MappingCandidate_from_dict = MappingCandidate.from_dict
_MappingRowView_from_dict = MappingRowView.from_dict

_set_rows = _decoding.lazy(MappingTableView, "rows", "rows", 1, MappingRowView.from_dict, True)
_set_candidates = _decoding.lazy(
    MappingTableView, "candidates", "candidates", 2, MappingCandidate.from_dict, True
)
