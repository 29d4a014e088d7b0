from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Country")


@_attrs_define
class Country:
    """
    Attributes:
        country_iso (str):  Example: DE.
        state_iso (str):  Example: PA.
    """

    country_iso: str
    state_iso: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_iso = self.country_iso

        state_iso = self.state_iso

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CountryISO": country_iso,
                "StateISO": state_iso,
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

        _v = d.pop("StateISO", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("StateISO: expected str, got " + type(_v).__name__)
        state_iso = _v

        country = cls(
            country_iso=country_iso,
            state_iso=state_iso,
        )

        country.additional_properties = d
        return country

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
