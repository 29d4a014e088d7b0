from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="MatchingOut")


@_attrs_define
class MatchingOut:
    """
    Attributes:
        matching_number (str):
        balance (float):
    """

    matching_number: str
    balance: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matching_number = self.matching_number

        balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "matching_number": matching_number,
                "balance": balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("matching_number", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("matching_number: expected str, got " + type(_v).__name__)
        matching_number = _v

        _v = d.pop("balance", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("balance: expected float, got " + type(_v).__name__)
        balance = _v

        matching_out = cls(
            matching_number=matching_number,
            balance=balance,
        )

        matching_out.additional_properties = d
        return matching_out

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
