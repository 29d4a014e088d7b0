from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.cube_order_item_direction_type_0 import CubeOrderItemDirectionType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="CubeOrderItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "member",
        "desc",
        "direction",
    }
)


@_attrs_define
class CubeOrderItem:
    """
    Attributes:
        id (None | str | Unset):
        member (None | str | Unset):
        desc (bool | None | Unset):
        direction (CubeOrderItemDirectionType0 | None | Unset):
    """

    id: None | str | Unset = UNSET
    member: None | str | Unset = UNSET
    desc: bool | None | Unset = UNSET
    direction: CubeOrderItemDirectionType0 | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        member: None | str | Unset
        if isinstance(self.member, Unset):
            member = UNSET
        else:
            member = self.member

        desc: bool | None | Unset
        if isinstance(self.desc, Unset):
            desc = UNSET
        else:
            desc = self.desc

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, CubeOrderItemDirectionType0):
            direction = self.direction.value
        else:
            direction = self.direction

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if member is not UNSET:
            field_dict["member"] = member
        if desc is not UNSET:
            field_dict["desc"] = desc
        if direction is not UNSET:
            field_dict["direction"] = direction
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
            _v = _src["id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            id = _parse_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            id, _raw = _decoding.failed(_v, _e, _path, "id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if id is _v and (_v.__class__ is list or _v.__class__ is dict):
                id, _raw = _decoding.failed(_v, None, _path, "id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["member"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_member(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            member = _parse_member(_v)

        except Exception as _e:
            _decoding.leave(_t)
            member, _raw = _decoding.failed(_v, _e, _path, "member", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if member is _v and (_v.__class__ is list or _v.__class__ is dict):
                member, _raw = _decoding.failed(_v, None, _path, "member", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["desc"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_desc(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            desc = _parse_desc(_v)

        except Exception as _e:
            _decoding.leave(_t)
            desc, _raw = _decoding.failed(_v, _e, _path, "desc", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if desc is _v and (_v.__class__ is list or _v.__class__ is dict):
                desc, _raw = _decoding.failed(_v, None, _path, "desc", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["direction"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_direction(data: object) -> CubeOrderItemDirectionType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    direction_type_0 = CubeOrderItemDirectionType0(data)

                    return direction_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CubeOrderItemDirectionType0 | None | Unset, data)

            direction = _parse_direction(_v)

        except Exception as _e:
            _decoding.leave(_t)
            direction, _raw = _decoding.failed(
                _v, _e, _path, "direction", "CubeOrderItemDirectionType0 | None", _raw
            )
        else:
            _decoding.leave(_t)
            if direction is _v and (_v.__class__ is list or _v.__class__ is dict):
                direction, _raw = _decoding.failed(
                    _v, None, _path, "direction", "CubeOrderItemDirectionType0 | None", _raw
                )

        if cls is CubeOrderItem:
            _obj = _new(cls)
            _obj.id = id
            _obj.member = member
            _obj.desc = desc
            _obj.direction = direction
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                member,
                desc,
                direction,
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
