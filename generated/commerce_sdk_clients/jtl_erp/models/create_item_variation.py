from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.create_item_variation_type import CreateItemVariationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateItemVariation")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Name",
        "Type",
        "Translations",
    }
)


@_attrs_define
class CreateItemVariation:
    """
    Attributes:
        name (str):  Example: Interdimensional Goggles - Supermagnifier.
        type_ (CreateItemVariationType):
        translations (list[CreateTranslation] | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    name: str
    type_: CreateItemVariationType
    translations: list[CreateTranslation] | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_ = self.type_.value

        translations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.translations, Unset):
            translations = []
            for translations_item_data in self.translations:
                translations_item = translations_item_data.to_dict()
                translations.append(translations_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Name": name,
                "Type": type_,
            }
        )
        if translations is not UNSET:
            field_dict["Translations"] = translations
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
        _lazy = not _m.strict and cls is CreateItemVariation
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["Name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "Name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            type_, _raw = _decoding.missing(_path, "Type", "CreateItemVariationType", _raw)
        else:
            try:
                type_ = CreateItemVariationType(_v)

            except Exception as _e:
                type_, _raw = _decoding.failed(_v, _e, _path, "Type", "CreateItemVariationType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Translations"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
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
                        translations.append(_CreateTranslation_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, CreateTranslation, _path, "Translations", _raw)

        if cls is CreateItemVariation:
            _obj = _new(cls)
            _obj.name = name
            _obj.type_ = type_
            _set_translations(_obj, translations)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                name,
                type_,
                translations,
            )

        if not _KNOWN_KEYS.issuperset(_src):
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


from ..models.create_translation import CreateTranslation

_CreateTranslation_from_dict = CreateTranslation.from_dict

_set_translations = _decoding.lazy(
    CreateItemVariation, "translations", "Translations", 1, CreateTranslation.from_dict, True
)
