from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CubeLeafFilter")
_new = object.__new__


@_attrs_define
class CubeLeafFilter:
    """
    Attributes:
        member (str):
        operator (str):
        values (list[str] | None | Unset):
    """

    member: str
    operator: str
    values: list[str] | None | Unset = UNSET
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        member = self.member

        operator = self.operator

        values: list[str] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "member": member,
                "operator": operator,
            }
        )
        if values is not UNSET:
            field_dict["values"] = values
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
            member = _src["member"]
        except KeyError:
            member = UNSET
        if member.__class__ is not str:
            member, _raw = _decoding.scalar(member, "str", _path, "member", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            operator = _src["operator"]
        except KeyError:
            operator = UNSET
        if operator.__class__ is not str:
            operator, _raw = _decoding.scalar(operator, "str", _path, "operator", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["values"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_values(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    values_type_0 = cast(list[str], data)

                    return values_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            values = _parse_values(_v)

        except Exception as _e:
            _decoding.leave(_t)
            values, _raw = _decoding.failed(_v, _e, _path, "values", "list[str] | None", _raw)
        else:
            _decoding.leave(_t)

        if cls is CubeLeafFilter:
            _obj = _new(cls)
            _obj.member = member
            _obj.operator = operator
            _obj.values = values
            _obj._raw_values = None
        else:
            _obj = cls(
                member,
                operator,
                values,
            )

        if _raw is not None:
            _obj._raw_values = _raw
        return _obj

    @property
    def raw_values(self) -> dict[str, Any]:
        """Values from the response that could not be read as the spec says, by field name
        (tolerant decoding left those fields unset); empty when the body matched the spec."""
        return self._raw_values if self._raw_values is not None else {}
