from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReturnState")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "IsActive",
        "Translations",
    }
)


@_attrs_define
class ReturnState:
    """
    Attributes:
        id (int):  Example: 5.
        is_active (bool):  Example: True.
        translations (list[Translation]):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: int
    is_active: bool
    translations: list[Translation]
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_active = self.is_active

        if self.translations is None or isinstance(self.translations, Unset):
            translations = self.translations
        else:
            translations = []
            for translations_item_data in self.translations:
                translations_item = translations_item_data.to_dict()
                translations.append(translations_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Id": id,
                "IsActive": is_active,
                "Translations": translations,
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
        _lazy = not _m.strict and cls is ReturnState
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["Id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not int:
            id, _raw = _decoding.scalar(id, "int", _path, "Id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_active = _src["IsActive"]
        except KeyError:
            is_active = UNSET
        if is_active.__class__ is not bool:
            is_active, _raw = _decoding.scalar(is_active, "bool", _path, "IsActive", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Translations"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "Translations", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            translations = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                translations = _v
                _pending |= 1
            else:
                translations = []
                _at = _path + "Translations[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        translations.append(_Translation_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, Translation, _path, "Translations", _raw)

        if cls is ReturnState:
            _obj = _new(cls)
            _obj.id = id
            _obj.is_active = is_active
            _set_translations(_obj, translations)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                is_active,
                translations,
            )

        if len(_src) != 3 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.translation import Translation

_Translation_from_dict = Translation.from_dict

_set_translations = _decoding.lazy(
    ReturnState, "translations", "Translations", 1, Translation.from_dict, True
)
