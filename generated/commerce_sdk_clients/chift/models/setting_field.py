from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.setting_group import SettingGroup
from ..models.setting_type import SettingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingField")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "key",
        "type",
        "group",
        "title",
        "tooltip",
        "options",
        "supported",
        "unsupported_reason",
    }
)


@_attrs_define
class SettingField:
    """
    Attributes:
        key (str):
        type_ (SettingType):
        group (SettingGroup):
        title (str):
        tooltip (str):
        options (list[SettingOption] | Unset):
        supported (bool | Unset):  Default: True.
        unsupported_reason (None | str | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    key: str
    type_: SettingType
    group: SettingGroup
    title: str
    tooltip: str
    options: list[SettingOption] | Unset = UNSET
    supported: bool | Unset = True
    unsupported_reason: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_ = self.type_.value

        if self.group is None or isinstance(self.group, Unset):
            group = self.group
        else:
            group = self.group.value

        title = self.title

        tooltip = self.tooltip

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        supported = self.supported

        unsupported_reason: None | str | Unset
        if isinstance(self.unsupported_reason, Unset):
            unsupported_reason = UNSET
        else:
            unsupported_reason = self.unsupported_reason

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "key": key,
                "type": type_,
                "group": group,
                "title": title,
                "tooltip": tooltip,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options
        if supported is not UNSET:
            field_dict["supported"] = supported
        if unsupported_reason is not UNSET:
            field_dict["unsupported_reason"] = unsupported_reason
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
        _lazy = not _m.strict and cls is SettingField
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            key = _src["key"]
        except KeyError:
            key = UNSET
        if key.__class__ is not str:
            key, _raw = _decoding.scalar(key, "str", _path, "key", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            type_, _raw = _decoding.missing(_path, "type", "SettingType", _raw)
        else:
            try:
                type_ = SettingType(_v)

            except Exception as _e:
                type_, _raw = _decoding.failed(_v, _e, _path, "type", "SettingType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["group"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            group, _raw = _decoding.missing(_path, "group", "SettingGroup", _raw)
        else:
            try:
                group = SettingGroup(_v)

            except Exception as _e:
                group, _raw = _decoding.failed(_v, _e, _path, "group", "SettingGroup", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            title = _src["title"]
        except KeyError:
            title = UNSET
        if title.__class__ is not str:
            title, _raw = _decoding.scalar(title, "str", _path, "title", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tooltip = _src["tooltip"]
        except KeyError:
            tooltip = UNSET
        if tooltip.__class__ is not str:
            tooltip, _raw = _decoding.scalar(tooltip, "str", _path, "tooltip", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["options"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "options", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            options = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                options = _v
                _pending |= 1
            else:
                options = []
                _at = _path + "options[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        options.append(_SettingOption_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, SettingOption, _path, "options", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            supported = _src["supported"]
        except KeyError:
            supported = UNSET
        if supported.__class__ is not bool and supported is not UNSET:
            supported, _raw = _decoding.scalar(supported, "bool", _path, "supported", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["unsupported_reason"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_unsupported_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            unsupported_reason = _parse_unsupported_reason(_v)

        except Exception as _e:
            _decoding.leave(_t)
            unsupported_reason, _raw = _decoding.failed(
                _v, _e, _path, "unsupported_reason", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if unsupported_reason is _v and (_v.__class__ is list or _v.__class__ is dict):
                unsupported_reason, _raw = _decoding.failed(
                    _v, None, _path, "unsupported_reason", "None | str", _raw
                )

        if cls is SettingField:
            _obj = _new(cls)
            _obj.key = key
            _obj.type_ = type_
            _obj.group = group
            _obj.title = title
            _obj.tooltip = tooltip
            _set_options(_obj, options)
            _obj.supported = supported
            _obj.unsupported_reason = unsupported_reason
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                key,
                type_,
                group,
                title,
                tooltip,
                options,
                supported,
                unsupported_reason,
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


from ..models.setting_option import SettingOption

_SettingOption_from_dict = SettingOption.from_dict

_set_options = _decoding.lazy(SettingField, "options", "options", 1, SettingOption.from_dict, True)
