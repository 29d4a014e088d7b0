from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="MappingTableItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "key",
        "id",
        "title",
        "description",
        "used_by",
        "rows",
        "required",
        "allow_delete",
        "complete",
        "hidden",
    }
)


@_attrs_define
class MappingTableItem:
    """
    Attributes:
        key (str):
        id (UUID):
        title (str):
        description (str):
        used_by (list[str]):
        rows (list[str] | None):
        required (bool):
        allow_delete (bool):
        complete (bool):
        hidden (bool):
    """

    key: str
    id: UUID
    title: str
    description: str
    used_by: list[str]
    rows: list[str] | None
    required: bool
    allow_delete: bool
    complete: bool
    hidden: bool
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

        if self.used_by is None or isinstance(self.used_by, Unset):
            used_by = self.used_by
        else:
            used_by = self.used_by

        if self.rows is None or isinstance(self.rows, Unset):
            rows = self.rows
        else:
            rows: list[str] | None
            if isinstance(self.rows, list):
                rows = self.rows

            else:
                rows = self.rows

        required = self.required

        allow_delete = self.allow_delete

        complete = self.complete

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "key": key,
                "id": id,
                "title": title,
                "description": description,
                "used_by": used_by,
                "rows": rows,
                "required": required,
                "allow_delete": allow_delete,
                "complete": complete,
                "hidden": hidden,
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
            used_by = _src["used_by"]
        except KeyError:
            used_by = UNSET
        if used_by.__class__ is not list:
            used_by, _raw = _decoding.as_list(used_by, "scalar", _path, "used_by", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["rows"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            rows, _raw = _decoding.missing(_path, "rows", "list[str] | None", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_rows(data: object) -> list[str] | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        rows_type_0 = cast(list[str], data)

                        return rows_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(list[str] | None, data)

                rows = _parse_rows(_v)

            except Exception as _e:
                _decoding.leave(_t)
                rows, _raw = _decoding.failed(_v, _e, _path, "rows", "list[str] | None", _raw)
            else:
                _decoding.leave(_t)

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
            complete = _src["complete"]
        except KeyError:
            complete = UNSET
        if complete.__class__ is not bool:
            complete, _raw = _decoding.scalar(complete, "bool", _path, "complete", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            hidden = _src["hidden"]
        except KeyError:
            hidden = UNSET
        if hidden.__class__ is not bool:
            hidden, _raw = _decoding.scalar(hidden, "bool", _path, "hidden", _raw)

        if cls is MappingTableItem:
            _obj = _new(cls)
            _obj.key = key
            _obj.id = id
            _obj.title = title
            _obj.description = description
            _obj.used_by = used_by
            _obj.rows = rows
            _obj.required = required
            _obj.allow_delete = allow_delete
            _obj.complete = complete
            _obj.hidden = hidden
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                key,
                id,
                title,
                description,
                used_by,
                rows,
                required,
                allow_delete,
                complete,
                hidden,
            )

        if len(_src) != 10 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
