from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsumerCapabilityMode")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "key",
        "title",
        "description",
        "available",
        "reason_key",
        "reason",
        "requires",
        "requires_modes",
    }
)


@_attrs_define
class ConsumerCapabilityMode:
    """
    Attributes:
        key (str):
        title (str):
        description (str):
        available (bool):
        reason_key (None | str):
        reason (None | str):
        requires (list[str]):
        requires_modes (list[RequiredMode]):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    key: str
    title: str
    description: str
    available: bool
    reason_key: None | str
    reason: None | str
    requires: list[str]
    requires_modes: list[RequiredMode]
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        title = self.title

        description = self.description

        available = self.available

        if self.reason_key is None or isinstance(self.reason_key, Unset):
            reason_key = self.reason_key
        else:
            reason_key: None | str
            reason_key = self.reason_key

        if self.reason is None or isinstance(self.reason, Unset):
            reason = self.reason
        else:
            reason: None | str
            reason = self.reason

        if self.requires is None or isinstance(self.requires, Unset):
            requires = self.requires
        else:
            requires = self.requires

        if self.requires_modes is None or isinstance(self.requires_modes, Unset):
            requires_modes = self.requires_modes
        else:
            requires_modes = []
            for requires_modes_item_data in self.requires_modes:
                requires_modes_item = requires_modes_item_data.to_dict()
                requires_modes.append(requires_modes_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "key": key,
                "title": title,
                "description": description,
                "available": available,
                "reason_key": reason_key,
                "reason": reason,
                "requires": requires,
                "requires_modes": requires_modes,
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
        _lazy = not _m.strict and cls is ConsumerCapabilityMode
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            key = _src["key"]
        except KeyError:
            key = UNSET
        if key.__class__ is not str:
            key, _raw = _decoding.scalar(key, "str", _path, "key", _raw)

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
            available = _src["available"]
        except KeyError:
            available = UNSET
        if available.__class__ is not bool:
            available, _raw = _decoding.scalar(available, "bool", _path, "available", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["reason_key"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            reason_key, _raw = _decoding.missing(_path, "reason_key", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_reason_key(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                reason_key = _parse_reason_key(_v)

            except Exception as _e:
                _decoding.leave(_t)
                reason_key, _raw = _decoding.failed(_v, _e, _path, "reason_key", "None | str", _raw)
            else:
                _decoding.leave(_t)
                if reason_key is _v and (_v.__class__ is list or _v.__class__ is dict):
                    reason_key, _raw = _decoding.failed(_v, None, _path, "reason_key", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["reason"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            reason, _raw = _decoding.missing(_path, "reason", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_reason(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                reason = _parse_reason(_v)

            except Exception as _e:
                _decoding.leave(_t)
                reason, _raw = _decoding.failed(_v, _e, _path, "reason", "None | str", _raw)
            else:
                _decoding.leave(_t)
                if reason is _v and (_v.__class__ is list or _v.__class__ is dict):
                    reason, _raw = _decoding.failed(_v, None, _path, "reason", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            requires = _src["requires"]
        except KeyError:
            requires = UNSET
        if requires.__class__ is not list:
            requires, _raw = _decoding.as_list(requires, "scalar", _path, "requires", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["requires_modes"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "requires_modes", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            requires_modes = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                requires_modes = _v
                _pending |= 1
            else:
                requires_modes = []
                _at = _path + "requires_modes[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        requires_modes.append(_RequiredMode_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, RequiredMode, _path, "requires_modes", _raw)

        if cls is ConsumerCapabilityMode:
            _obj = _new(cls)
            _obj.key = key
            _obj.title = title
            _obj.description = description
            _obj.available = available
            _obj.reason_key = reason_key
            _obj.reason = reason
            _obj.requires = requires
            _set_requires_modes(_obj, requires_modes)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                key,
                title,
                description,
                available,
                reason_key,
                reason,
                requires,
                requires_modes,
            )

        if len(_src) != 8 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.required_mode import RequiredMode

_RequiredMode_from_dict = RequiredMode.from_dict

_set_requires_modes = _decoding.lazy(
    ConsumerCapabilityMode, "requires_modes", "requires_modes", 1, RequiredMode.from_dict, True
)
