from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET

T = TypeVar("T", bound="PaginationMeta")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "current_page",
        "per_page",
        "total",
        "last_page",
    }
)


@_attrs_define
class PaginationMeta:
    """Position of the returned page within the full result set.

    Attributes:
        current_page (int): Number of the returned page.
        per_page (int): Maximum items per page.
        total (int): Total number of items across all pages.
        last_page (int): Number of the final page.
    """

    current_page: int
    per_page: int
    total: int
    last_page: int
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        per_page = self.per_page

        total = self.total

        last_page = self.last_page

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "current_page": current_page,
                "per_page": per_page,
                "total": total,
                "last_page": last_page,
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
            current_page = _src["current_page"]
        except KeyError:
            current_page = UNSET
        if current_page.__class__ is not int:
            current_page, _raw = _decoding.scalar(current_page, "int", _path, "current_page", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            per_page = _src["per_page"]
        except KeyError:
            per_page = UNSET
        if per_page.__class__ is not int:
            per_page, _raw = _decoding.scalar(per_page, "int", _path, "per_page", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total = _src["total"]
        except KeyError:
            total = UNSET
        if total.__class__ is not int:
            total, _raw = _decoding.scalar(total, "int", _path, "total", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            last_page = _src["last_page"]
        except KeyError:
            last_page = UNSET
        if last_page.__class__ is not int:
            last_page, _raw = _decoding.scalar(last_page, "int", _path, "last_page", _raw)

        if cls is PaginationMeta:
            _obj = _new(cls)
            _obj.current_page = current_page
            _obj.per_page = per_page
            _obj.total = total
            _obj.last_page = last_page
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                current_page,
                per_page,
                total,
                last_page,
            )

        if len(_src) != 4 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
