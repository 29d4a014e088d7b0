from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsumerQuestion")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "key",
        "id",
        "title",
        "description",
        "used_by",
        "required",
        "field",
    }
)


@_attrs_define
class ConsumerQuestion:
    """
    Attributes:
        key (str):
        id (UUID):
        title (str):
        description (str):
        used_by (list[str]):
        required (bool):
        field (SettingField):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    key: str
    id: UUID
    title: str
    description: str
    used_by: list[str]
    required: bool
    field: SettingField
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

        if self.used_by is None or isinstance(self.used_by, Unset):
            used_by = self.used_by
        else:
            used_by = self.used_by

        required = self.required

        if self.field is None or isinstance(self.field, Unset):
            field = self.field
        else:
            field = self.field.to_dict()

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
                "required": required,
                "field": field,
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
        _lazy = not _m.strict and cls is ConsumerQuestion
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
            used_by = _src["used_by"]
        except KeyError:
            used_by = UNSET
        if used_by.__class__ is not list:
            used_by, _raw = _decoding.as_list(used_by, "scalar", _path, "used_by", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            required = _src["required"]
        except KeyError:
            required = UNSET
        if required.__class__ is not bool:
            required, _raw = _decoding.scalar(required, "bool", _path, "required", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["field"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                field = _v
                _pending |= 1
            else:
                field = _SettingField_from_dict(_v, _path + "field.")
        else:
            field, _raw = _decoding.as_model(_v, SettingField, _path, "field", _raw)

        if cls is ConsumerQuestion:
            _obj = _new(cls)
            _obj.key = key
            _obj.id = id
            _obj.title = title
            _obj.description = description
            _obj.used_by = used_by
            _obj.required = required
            _set_field(_obj, field)
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
                used_by,
                required,
                field,
            )

        if len(_src) != 7 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.setting_field import SettingField

_SettingField_from_dict = SettingField.from_dict

_set_field = _decoding.lazy(ConsumerQuestion, "field", "field", 1, SettingField.from_dict, False)
