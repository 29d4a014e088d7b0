from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="MappingRowView")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "source_key",
        "label",
        "value",
        "value_label",
        "origin",
        "hidden",
        "missing",
    }
)


@_attrs_define
class MappingRowView:
    """
    Attributes:
        source_key (str):
        label (str):
        value (None | str):
        value_label (None | str):
        origin (None | str):
        hidden (bool):
        missing (bool):
    """

    source_key: str
    label: str
    value: None | str
    value_label: None | str
    origin: None | str
    hidden: bool
    missing: bool
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        source_key = self.source_key

        label = self.label

        if self.value is None or isinstance(self.value, Unset):
            value = self.value
        else:
            value: None | str
            value = self.value

        if self.value_label is None or isinstance(self.value_label, Unset):
            value_label = self.value_label
        else:
            value_label: None | str
            value_label = self.value_label

        if self.origin is None or isinstance(self.origin, Unset):
            origin = self.origin
        else:
            origin: None | str
            origin = self.origin

        hidden = self.hidden

        missing = self.missing

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "source_key": source_key,
                "label": label,
                "value": value,
                "value_label": value_label,
                "origin": origin,
                "hidden": hidden,
                "missing": missing,
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
            source_key = _src["source_key"]
        except KeyError:
            source_key = UNSET
        if source_key.__class__ is not str:
            source_key, _raw = _decoding.scalar(source_key, "str", _path, "source_key", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            label = _src["label"]
        except KeyError:
            label = UNSET
        if label.__class__ is not str:
            label, _raw = _decoding.scalar(label, "str", _path, "label", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["value"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            value, _raw = _decoding.missing(_path, "value", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_value(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                value = _parse_value(_v)

            except Exception as _e:
                _decoding.leave(_t)
                value, _raw = _decoding.failed(_v, _e, _path, "value", "None | str", _raw)
            else:
                _decoding.leave(_t)
                if value is _v and (_v.__class__ is list or _v.__class__ is dict):
                    value, _raw = _decoding.failed(_v, None, _path, "value", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["value_label"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            value_label, _raw = _decoding.missing(_path, "value_label", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_value_label(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                value_label = _parse_value_label(_v)

            except Exception as _e:
                _decoding.leave(_t)
                value_label, _raw = _decoding.failed(_v, _e, _path, "value_label", "None | str", _raw)
            else:
                _decoding.leave(_t)
                if value_label is _v and (_v.__class__ is list or _v.__class__ is dict):
                    value_label, _raw = _decoding.failed(_v, None, _path, "value_label", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["origin"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            origin, _raw = _decoding.missing(_path, "origin", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_origin(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                origin = _parse_origin(_v)

            except Exception as _e:
                _decoding.leave(_t)
                origin, _raw = _decoding.failed(_v, _e, _path, "origin", "None | str", _raw)
            else:
                _decoding.leave(_t)
                if origin is _v and (_v.__class__ is list or _v.__class__ is dict):
                    origin, _raw = _decoding.failed(_v, None, _path, "origin", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            hidden = _src["hidden"]
        except KeyError:
            hidden = UNSET
        if hidden.__class__ is not bool:
            hidden, _raw = _decoding.scalar(hidden, "bool", _path, "hidden", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            missing = _src["missing"]
        except KeyError:
            missing = UNSET
        if missing.__class__ is not bool:
            missing, _raw = _decoding.scalar(missing, "bool", _path, "missing", _raw)

        if cls is MappingRowView:
            _obj = _new(cls)
            _obj.source_key = source_key
            _obj.label = label
            _obj.value = value
            _obj.value_label = value_label
            _obj.origin = origin
            _obj.hidden = hidden
            _obj.missing = missing
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                source_key,
                label,
                value,
                value_label,
                origin,
                hidden,
                missing,
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
