from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncsConnectionItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "one_api",
        "connection_type",
        "display_order",
        "display_hidden",
    }
)


@_attrs_define
class SyncsConnectionItem:
    """
    Attributes:
        one_api (int | None | Unset):
        connection_type (int | None | Unset):
        display_order (int | Unset):  Default: 0.
        display_hidden (bool | Unset):  Default: False.
    """

    one_api: int | None | Unset = UNSET
    connection_type: int | None | Unset = UNSET
    display_order: int | Unset = 0
    display_hidden: bool | Unset = False
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        one_api: int | None | Unset
        if isinstance(self.one_api, Unset):
            one_api = UNSET
        else:
            one_api = self.one_api

        connection_type: int | None | Unset
        if isinstance(self.connection_type, Unset):
            connection_type = UNSET
        else:
            connection_type = self.connection_type

        display_order = self.display_order

        display_hidden = self.display_hidden

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if one_api is not UNSET:
            field_dict["one_api"] = one_api
        if connection_type is not UNSET:
            field_dict["connection_type"] = connection_type
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if display_hidden is not UNSET:
            field_dict["display_hidden"] = display_hidden
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
            _v = _src["one_api"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_one_api(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            one_api = _parse_one_api(_v)

        except Exception as _e:
            _decoding.leave(_t)
            one_api, _raw = _decoding.failed(_v, _e, _path, "one_api", "int | None", _raw)
        else:
            _decoding.leave(_t)
            if one_api is _v and (_v.__class__ is list or _v.__class__ is dict):
                one_api, _raw = _decoding.failed(_v, None, _path, "one_api", "int | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["connection_type"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_connection_type(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            connection_type = _parse_connection_type(_v)

        except Exception as _e:
            _decoding.leave(_t)
            connection_type, _raw = _decoding.failed(_v, _e, _path, "connection_type", "int | None", _raw)
        else:
            _decoding.leave(_t)
            if connection_type is _v and (_v.__class__ is list or _v.__class__ is dict):
                connection_type, _raw = _decoding.failed(
                    _v, None, _path, "connection_type", "int | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            display_order = _src["display_order"]
        except KeyError:
            display_order = UNSET
        if display_order.__class__ is not int and display_order is not UNSET:
            display_order, _raw = _decoding.scalar(display_order, "int", _path, "display_order", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            display_hidden = _src["display_hidden"]
        except KeyError:
            display_hidden = UNSET
        if display_hidden.__class__ is not bool and display_hidden is not UNSET:
            display_hidden, _raw = _decoding.scalar(display_hidden, "bool", _path, "display_hidden", _raw)

        if cls is SyncsConnectionItem:
            _obj = _new(cls)
            _obj.one_api = one_api
            _obj.connection_type = connection_type
            _obj.display_order = display_order
            _obj.display_hidden = display_hidden
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                one_api,
                connection_type,
                display_order,
                display_hidden,
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
