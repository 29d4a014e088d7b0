from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.http_method import HTTPMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiTransactionLookupOut")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "created_on",
        "method",
        "route",
        "status_code",
        "created_entity_id",
    }
)


@_attrs_define
class ApiTransactionLookupOut:
    """
    Attributes:
        created_on (datetime.datetime):
        method (HTTPMethod):
        route (str):
        status_code (int):
        created_entity_id (None | str | Unset):
    """

    created_on: datetime.datetime
    method: HTTPMethod
    route: str
    status_code: int
    created_entity_id: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.created_on is None or isinstance(self.created_on, Unset):
            created_on = self.created_on
        else:
            created_on = self.created_on.isoformat()

        if self.method is None or isinstance(self.method, Unset):
            method = self.method
        else:
            method = self.method.value

        route = self.route

        status_code = self.status_code

        created_entity_id: None | str | Unset
        if isinstance(self.created_entity_id, Unset):
            created_entity_id = UNSET
        else:
            created_entity_id = self.created_entity_id

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "created_on": created_on,
                "method": method,
                "route": route,
                "status_code": status_code,
            }
        )
        if created_entity_id is not UNSET:
            field_dict["created_entity_id"] = created_entity_id
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
            _v = _src["created_on"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                created_on = datetime.datetime.fromisoformat(_v)
            except ValueError:
                created_on, _raw = _decoding.as_datetime(_v, "date-time", _path, "created_on", _raw)
        else:
            created_on, _raw = _decoding.as_datetime(_v, "date-time", _path, "created_on", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["method"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            method, _raw = _decoding.missing(_path, "method", "HTTPMethod", _raw)
        else:
            try:
                method = HTTPMethod(_v)

            except Exception as _e:
                method, _raw = _decoding.failed(_v, _e, _path, "method", "HTTPMethod", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            route = _src["route"]
        except KeyError:
            route = UNSET
        if route.__class__ is not str:
            route, _raw = _decoding.scalar(route, "str", _path, "route", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            status_code = _src["status_code"]
        except KeyError:
            status_code = UNSET
        if status_code.__class__ is not int:
            status_code, _raw = _decoding.scalar(status_code, "int", _path, "status_code", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["created_entity_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_created_entity_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            created_entity_id = _parse_created_entity_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            created_entity_id, _raw = _decoding.failed(_v, _e, _path, "created_entity_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if created_entity_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                created_entity_id, _raw = _decoding.failed(
                    _v, None, _path, "created_entity_id", "None | str", _raw
                )

        if cls is ApiTransactionLookupOut:
            _obj = _new(cls)
            _obj.created_on = created_on
            _obj.method = method
            _obj.route = route
            _obj.status_code = status_code
            _obj.created_entity_id = created_entity_id
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                created_on,
                method,
                route,
                status_code,
                created_entity_id,
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
