from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET

T = TypeVar("T", bound="ShippingMethod")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "Name",
        "Priority",
        "GrossPrice",
        "ExtraWeight",
        "IsAmazonPrime",
    }
)


@_attrs_define
class ShippingMethod:
    """
    Attributes:
        id (int):  Example: 31.
        name (str):  Example: DHL Paket.
        priority (int):  Example: 1.
        gross_price (float):  Example: 3.99.
        extra_weight (float):  Example: 0.1.
        is_amazon_prime (bool):  Example: False.
    """

    id: int
    name: str
    priority: int
    gross_price: float
    extra_weight: float
    is_amazon_prime: bool
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        priority = self.priority

        gross_price = self.gross_price

        extra_weight = self.extra_weight

        is_amazon_prime = self.is_amazon_prime

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Name": name,
                "Priority": priority,
                "GrossPrice": gross_price,
                "ExtraWeight": extra_weight,
                "IsAmazonPrime": is_amazon_prime,
            }
        )
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
            id = _src["Id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not int:
            id, _raw = _decoding.scalar(id, "int", _path, "Id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["Name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "Name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            priority = _src["Priority"]
        except KeyError:
            priority = UNSET
        if priority.__class__ is not int:
            priority, _raw = _decoding.scalar(priority, "int", _path, "Priority", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            gross_price = _src["GrossPrice"]
        except KeyError:
            gross_price = UNSET
        if gross_price.__class__ is not float and gross_price.__class__ is not int:
            gross_price, _raw = _decoding.scalar(gross_price, "float", _path, "GrossPrice", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            extra_weight = _src["ExtraWeight"]
        except KeyError:
            extra_weight = UNSET
        if extra_weight.__class__ is not float and extra_weight.__class__ is not int:
            extra_weight, _raw = _decoding.scalar(extra_weight, "float", _path, "ExtraWeight", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_amazon_prime = _src["IsAmazonPrime"]
        except KeyError:
            is_amazon_prime = UNSET
        if is_amazon_prime.__class__ is not bool:
            is_amazon_prime, _raw = _decoding.scalar(is_amazon_prime, "bool", _path, "IsAmazonPrime", _raw)

        if cls is ShippingMethod:
            _obj = _new(cls)
            _obj.id = id
            _obj.name = name
            _obj.priority = priority
            _obj.gross_price = gross_price
            _obj.extra_weight = extra_weight
            _obj.is_amazon_prime = is_amazon_prime
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                name,
                priority,
                gross_price,
                extra_weight,
                is_amazon_prime,
            )

        if len(_src) != 6 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
