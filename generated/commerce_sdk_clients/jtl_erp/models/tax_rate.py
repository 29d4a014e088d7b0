from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET

T = TypeVar("T", bound="TaxRate")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Rate",
        "TaxClassId",
        "DepartureCountryISO",
        "ShipmentCountryISO",
    }
)


@_attrs_define
class TaxRate:
    """
    Attributes:
        rate (float):  Example: 19.
        tax_class_id (int):  Example: 3.
        departure_country_iso (str):  Example: DE.
        shipment_country_iso (str):  Example: DE.
    """

    rate: float
    tax_class_id: int
    departure_country_iso: str
    shipment_country_iso: str
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        rate = self.rate

        tax_class_id = self.tax_class_id

        departure_country_iso = self.departure_country_iso

        shipment_country_iso = self.shipment_country_iso

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Rate": rate,
                "TaxClassId": tax_class_id,
                "DepartureCountryISO": departure_country_iso,
                "ShipmentCountryISO": shipment_country_iso,
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
            rate = _src["Rate"]
        except KeyError:
            rate = UNSET
        if rate.__class__ is not float and rate.__class__ is not int:
            rate, _raw = _decoding.scalar(rate, "float", _path, "Rate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_class_id = _src["TaxClassId"]
        except KeyError:
            tax_class_id = UNSET
        if tax_class_id.__class__ is not int:
            tax_class_id, _raw = _decoding.scalar(tax_class_id, "int", _path, "TaxClassId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            departure_country_iso = _src["DepartureCountryISO"]
        except KeyError:
            departure_country_iso = UNSET
        if departure_country_iso.__class__ is not str:
            departure_country_iso, _raw = _decoding.scalar(
                departure_country_iso, "str", _path, "DepartureCountryISO", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            shipment_country_iso = _src["ShipmentCountryISO"]
        except KeyError:
            shipment_country_iso = UNSET
        if shipment_country_iso.__class__ is not str:
            shipment_country_iso, _raw = _decoding.scalar(
                shipment_country_iso, "str", _path, "ShipmentCountryISO", _raw
            )

        if cls is TaxRate:
            _obj = _new(cls)
            _obj.rate = rate
            _obj.tax_class_id = tax_class_id
            _obj.departure_country_iso = departure_country_iso
            _obj.shipment_country_iso = shipment_country_iso
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                rate,
                tax_class_id,
                departure_country_iso,
                shipment_country_iso,
            )

        if len(_src) != 4 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
