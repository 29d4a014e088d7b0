from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CubeJoinQuery")
_new = object.__new__


@_attrs_define
class CubeJoinQuery:
    """
    Attributes:
        queries (list[CubeLoadQuery]):
        align (list[list[None | str]] | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    queries: list[CubeLoadQuery]
    align: list[list[None | str]] | Unset = UNSET
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.queries is None or isinstance(self.queries, Unset):
            queries = self.queries
        else:
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
        _lazy = not _m.strict and cls is CubeJoinQuery
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["queries"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "queries", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            queries = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                queries = _v
                _pending |= 1
            else:
                queries = []
                _at = _path + "queries[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        queries.append(_CubeLoadQuery_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, CubeLoadQuery, _path, "queries", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["align"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "any", _path, "align", _raw)
        if _v is UNSET:
            align = UNSET
        else:
            try:
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

            except Exception as _e:
                align, _raw = _decoding.failed(_v, _e, _path, "align", "list[list[None | str]]", _raw)

        if cls is CubeJoinQuery:
            _obj = _new(cls)
            _set_queries(_obj, queries)
            _obj.align = align
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                queries,
                align,
            )

        if _raw is not None:
            _obj._raw_values = _raw
        return _obj

    @property
    def raw_values(self) -> dict[str, Any]:
        """Values from the response that could not be read as the spec says, by field name
        (tolerant decoding left those fields unset); empty when the body matched the spec."""
        return self._raw_values if self._raw_values is not None else {}


from ..models.cube_load_query import CubeLoadQuery

_CubeLoadQuery_from_dict = CubeLoadQuery.from_dict

_set_queries = _decoding.lazy(CubeJoinQuery, "queries", "queries", 1, CubeLoadQuery.from_dict, True)
