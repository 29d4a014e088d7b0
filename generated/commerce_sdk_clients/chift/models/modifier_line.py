from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModifierLine")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "name",
        "modifier_id",
        "modifier_group_id",
        "quantity",
        "unit_price",
        "total",
    }
)


@_attrs_define
class ModifierLine:
    """
    Attributes:
        name (str):
        modifier_id (None | str | Unset):
        modifier_group_id (None | str | Unset):
        quantity (float | None | Unset):  Default: 1.0.
        unit_price (float | None | Unset):  Default: 0.0.
        total (float | None | Unset):  Default: 0.0.
    """

    name: str
    modifier_id: None | str | Unset = UNSET
    modifier_group_id: None | str | Unset = UNSET
    quantity: float | None | Unset = 1.0
    unit_price: float | None | Unset = 0.0
    total: float | None | Unset = 0.0
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        modifier_id: None | str | Unset
        if isinstance(self.modifier_id, Unset):
            modifier_id = UNSET
        else:
            modifier_id = self.modifier_id

        modifier_group_id: None | str | Unset
        if isinstance(self.modifier_group_id, Unset):
            modifier_group_id = UNSET
        else:
            modifier_group_id = self.modifier_group_id

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        unit_price: float | None | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if modifier_id is not UNSET:
            field_dict["modifier_id"] = modifier_id
        if modifier_group_id is not UNSET:
            field_dict["modifier_group_id"] = modifier_group_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if total is not UNSET:
            field_dict["total"] = total
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
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["modifier_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_modifier_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            modifier_id = _parse_modifier_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            modifier_id, _raw = _decoding.failed(_v, _e, _path, "modifier_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if modifier_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                modifier_id, _raw = _decoding.failed(_v, None, _path, "modifier_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["modifier_group_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_modifier_group_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            modifier_group_id = _parse_modifier_group_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            modifier_group_id, _raw = _decoding.failed(_v, _e, _path, "modifier_group_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if modifier_group_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                modifier_group_id, _raw = _decoding.failed(
                    _v, None, _path, "modifier_group_id", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["quantity"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_quantity(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            quantity = _parse_quantity(_v)

        except Exception as _e:
            _decoding.leave(_t)
            quantity, _raw = _decoding.failed(_v, _e, _path, "quantity", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if quantity is _v and (_v.__class__ is list or _v.__class__ is dict):
                quantity, _raw = _decoding.failed(_v, None, _path, "quantity", "float | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["unit_price"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_unit_price(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            unit_price = _parse_unit_price(_v)

        except Exception as _e:
            _decoding.leave(_t)
            unit_price, _raw = _decoding.failed(_v, _e, _path, "unit_price", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if unit_price is _v and (_v.__class__ is list or _v.__class__ is dict):
                unit_price, _raw = _decoding.failed(_v, None, _path, "unit_price", "float | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["total"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_total(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            total = _parse_total(_v)

        except Exception as _e:
            _decoding.leave(_t)
            total, _raw = _decoding.failed(_v, _e, _path, "total", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if total is _v and (_v.__class__ is list or _v.__class__ is dict):
                total, _raw = _decoding.failed(_v, None, _path, "total", "float | None", _raw)

        if cls is ModifierLine:
            _obj = _new(cls)
            _obj.name = name
            _obj.modifier_id = modifier_id
            _obj.modifier_group_id = modifier_group_id
            _obj.quantity = quantity
            _obj.unit_price = unit_price
            _obj.total = total
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                name,
                modifier_id,
                modifier_group_id,
                quantity,
                unit_price,
                total,
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
