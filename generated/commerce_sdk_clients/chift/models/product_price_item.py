from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductPriceItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "unit_price",
        "tax_rate",
    }
)


@_attrs_define
class ProductPriceItem:
    """
    Attributes:
        unit_price (float):
        tax_rate (float | None | Unset):
    """

    unit_price: float
    tax_rate: float | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        unit_price = self.unit_price

        tax_rate: float | None | Unset
        if isinstance(self.tax_rate, Unset):
            tax_rate = UNSET
        else:
            tax_rate = self.tax_rate

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "unit_price": unit_price,
            }
        )
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
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
            unit_price = _src["unit_price"]
        except KeyError:
            unit_price = UNSET
        if unit_price.__class__ is not float and unit_price.__class__ is not int:
            unit_price, _raw = _decoding.scalar(unit_price, "float", _path, "unit_price", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["tax_rate"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_tax_rate(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            tax_rate = _parse_tax_rate(_v)

        except Exception as _e:
            _decoding.leave(_t)
            tax_rate, _raw = _decoding.failed(_v, _e, _path, "tax_rate", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if tax_rate is _v and (_v.__class__ is list or _v.__class__ is dict):
                tax_rate, _raw = _decoding.failed(_v, None, _path, "tax_rate", "float | None", _raw)

        if cls is ProductPriceItem:
            _obj = _new(cls)
            _obj.unit_price = unit_price
            _obj.tax_rate = tax_rate
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                unit_price,
                tax_rate,
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
