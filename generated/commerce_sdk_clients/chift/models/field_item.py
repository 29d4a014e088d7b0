from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.field_item_type import FieldItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "name",
        "type",
        "display_condition",
        "values",
        "api_route",
        "connection_type",
    }
)


@_attrs_define
class FieldItem:
    """
    Attributes:
        name (str):
        type_ (FieldItemType):
        display_condition (FieldItemDisplayConditionType0 | None | Unset):
        values (list[FieldItemValue] | None | Unset):
        api_route (None | str | Unset):
        connection_type (int | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    name: str
    type_: FieldItemType
    display_condition: FieldItemDisplayConditionType0 | None | Unset = UNSET
    values: list[FieldItemValue] | None | Unset = UNSET
    api_route: None | str | Unset = UNSET
    connection_type: int | None | Unset = UNSET
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

        display_condition: dict[str, Any] | None | Unset
        if isinstance(self.display_condition, Unset):
            display_condition = UNSET
        elif isinstance(self.display_condition, FieldItemDisplayConditionType0):
            display_condition = self.display_condition.to_dict()
        else:
            display_condition = self.display_condition

        values: list[dict[str, Any]] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = []
            for values_type_0_item_data in self.values:
                values_type_0_item = values_type_0_item_data.to_dict()
                values.append(values_type_0_item)

        else:
            values = self.values

        api_route: None | str | Unset
        if isinstance(self.api_route, Unset):
            api_route = UNSET
        else:
            api_route = self.api_route

        connection_type: int | None | Unset
        if isinstance(self.connection_type, Unset):
            connection_type = UNSET
        else:
            connection_type = self.connection_type

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if display_condition is not UNSET:
            field_dict["display_condition"] = display_condition
        if values is not UNSET:
            field_dict["values"] = values
        if api_route is not UNSET:
            field_dict["api_route"] = api_route
        if connection_type is not UNSET:
            field_dict["connection_type"] = connection_type
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
        _lazy = not _m.strict and cls is FieldItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            type_, _raw = _decoding.missing(_path, "type", "FieldItemType", _raw)
        else:
            try:
                type_ = FieldItemType(_v)

            except Exception as _e:
                type_, _raw = _decoding.failed(_v, _e, _path, "type", "FieldItemType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["display_condition"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                display_condition = _v
                _pending |= 1
            else:
                display_condition = _FieldItemDisplayConditionType0_from_dict(
                    _v, _path + "display_condition."
                )
        elif _v is None:
            display_condition = None
        elif _v is UNSET:
            display_condition = UNSET
        else:
            display_condition, _raw = _decoding.as_model(
                _v, FieldItemDisplayConditionType0, _path, "display_condition", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["values"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "values", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            values = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                values = _v
                _pending |= 2
            else:
                values = []
                _at = _path + "values[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        values.append(_FieldItemValue_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, FieldItemValue, _path, "values", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["api_route"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_api_route(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            api_route = _parse_api_route(_v)

        except Exception as _e:
            _decoding.leave(_t)
            api_route, _raw = _decoding.failed(_v, _e, _path, "api_route", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if api_route is _v and (_v.__class__ is list or _v.__class__ is dict):
                api_route, _raw = _decoding.failed(_v, None, _path, "api_route", "None | str", _raw)

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

        if cls is FieldItem:
            _obj = _new(cls)
            _obj.name = name
            _obj.type_ = type_
            _set_display_condition(_obj, display_condition)
            _set_values(_obj, values)
            _obj.api_route = api_route
            _obj.connection_type = connection_type
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                name,
                type_,
                display_condition,
                values,
                api_route,
                connection_type,
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


from ..models.field_item_display_condition_type_0 import FieldItemDisplayConditionType0
from ..models.field_item_value import FieldItemValue

_FieldItemDisplayConditionType0_from_dict = FieldItemDisplayConditionType0.from_dict
_FieldItemValue_from_dict = FieldItemValue.from_dict

_set_display_condition = _decoding.lazy(
    FieldItem, "display_condition", "display_condition", 1, FieldItemDisplayConditionType0.from_dict, False
)
_set_values = _decoding.lazy(FieldItem, "values", "values", 2, FieldItemValue.from_dict, True)
