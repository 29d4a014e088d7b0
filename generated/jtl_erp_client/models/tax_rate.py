from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="TaxRate")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate = self.rate

        tax_class_id = self.tax_class_id

        departure_country_iso = self.departure_country_iso

        shipment_country_iso = self.shipment_country_iso

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Rate": rate,
                "TaxClassId": tax_class_id,
                "DepartureCountryISO": departure_country_iso,
                "ShipmentCountryISO": shipment_country_iso,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Rate", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("Rate: expected float, got " + type(_v).__name__)
        rate = _v

        _v = d.pop("TaxClassId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("TaxClassId: expected int, got " + type(_v).__name__)
        tax_class_id = _v

        _v = d.pop("DepartureCountryISO", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("DepartureCountryISO: expected str, got " + type(_v).__name__)
        departure_country_iso = _v

        _v = d.pop("ShipmentCountryISO", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("ShipmentCountryISO: expected str, got " + type(_v).__name__)
        shipment_country_iso = _v

        tax_rate = cls(
            rate=rate,
            tax_class_id=tax_class_id,
            departure_country_iso=departure_country_iso,
            shipment_country_iso=shipment_country_iso,
        )

        tax_rate.additional_properties = d
        return tax_rate

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
