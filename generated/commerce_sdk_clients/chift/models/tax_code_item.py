from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxCodeItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "rate",
        "reversed",
        "active",
        "deductible_account_number",
        "payable_account_number",
    }
)


@_attrs_define
class TaxCodeItem:
    """
    Attributes:
        id (str):
        name (str):
        rate (float | None | Unset):
        reversed_ (bool | Unset):  Default: False.
        active (bool | Unset):  Default: True.
        deductible_account_number (None | str | Unset):
        payable_account_number (None | str | Unset):
    """

    id: str
    name: str
    rate: float | None | Unset = UNSET
    reversed_: bool | Unset = False
    active: bool | Unset = True
    deductible_account_number: None | str | Unset = UNSET
    payable_account_number: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        reversed_ = self.reversed_

        active = self.active

        deductible_account_number: None | str | Unset
        if isinstance(self.deductible_account_number, Unset):
            deductible_account_number = UNSET
        else:
            deductible_account_number = self.deductible_account_number

        payable_account_number: None | str | Unset
        if isinstance(self.payable_account_number, Unset):
            payable_account_number = UNSET
        else:
            payable_account_number = self.payable_account_number

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if rate is not UNSET:
            field_dict["rate"] = rate
        if reversed_ is not UNSET:
            field_dict["reversed"] = reversed_
        if active is not UNSET:
            field_dict["active"] = active
        if deductible_account_number is not UNSET:
            field_dict["deductible_account_number"] = deductible_account_number
        if payable_account_number is not UNSET:
            field_dict["payable_account_number"] = payable_account_number
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
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["rate"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_rate(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            rate = _parse_rate(_v)

        except Exception as _e:
            _decoding.leave(_t)
            rate, _raw = _decoding.failed(_v, _e, _path, "rate", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if rate is _v and (_v.__class__ is list or _v.__class__ is dict):
                rate, _raw = _decoding.failed(_v, None, _path, "rate", "float | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            reversed_ = _src["reversed"]
        except KeyError:
            reversed_ = UNSET
        if reversed_.__class__ is not bool and reversed_ is not UNSET:
            reversed_, _raw = _decoding.scalar(reversed_, "bool", _path, "reversed", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            active = _src["active"]
        except KeyError:
            active = UNSET
        if active.__class__ is not bool and active is not UNSET:
            active, _raw = _decoding.scalar(active, "bool", _path, "active", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["deductible_account_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_deductible_account_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            deductible_account_number = _parse_deductible_account_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            deductible_account_number, _raw = _decoding.failed(
                _v, _e, _path, "deductible_account_number", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if deductible_account_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                deductible_account_number, _raw = _decoding.failed(
                    _v, None, _path, "deductible_account_number", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payable_account_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_payable_account_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            payable_account_number = _parse_payable_account_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            payable_account_number, _raw = _decoding.failed(
                _v, _e, _path, "payable_account_number", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if payable_account_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                payable_account_number, _raw = _decoding.failed(
                    _v, None, _path, "payable_account_number", "None | str", _raw
                )

        if cls is TaxCodeItem:
            _obj = _new(cls)
            _obj.id = id
            _obj.name = name
            _obj.rate = rate
            _obj.reversed_ = reversed_
            _obj.active = active
            _obj.deductible_account_number = deductible_account_number
            _obj.payable_account_number = payable_account_number
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                name,
                rate,
                reversed_,
                active,
                deductible_account_number,
                payable_account_number,
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
