from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="InvoiceDepartureCountry")


@_attrs_define
class InvoiceDepartureCountry:
    """
    Attributes:
        country_iso (str):  Example: DE.
        state (str):  Example: Berlin.
        currency_iso (str):  Example: TODO.
        currency_factor (float):  Example: 1.37.
    """

    country_iso: str
    state: str
    currency_iso: str
    currency_factor: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_iso = self.country_iso

        state = self.state

        currency_iso = self.currency_iso

        currency_factor = self.currency_factor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CountryISO": country_iso,
                "State": state,
                "CurrencyIso": currency_iso,
                "CurrencyFactor": currency_factor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("CountryISO", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("CountryISO: expected str, got " + type(_v).__name__)
        country_iso = _v

        _v = d.pop("State", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("State: expected str, got " + type(_v).__name__)
        state = _v

        _v = d.pop("CurrencyIso", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("CurrencyIso: expected str, got " + type(_v).__name__)
        currency_iso = _v

        _v = d.pop("CurrencyFactor", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("CurrencyFactor: expected float, got " + type(_v).__name__)
        currency_factor = _v

        invoice_departure_country = cls(
            country_iso=country_iso,
            state=state,
            currency_iso=currency_iso,
            currency_factor=currency_factor,
        )

        invoice_departure_country.additional_properties = d
        return invoice_departure_country

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
