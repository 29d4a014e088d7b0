from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="WithholdingTax")


@_attrs_define
class WithholdingTax:
    """
    Attributes:
        tax_rate (float):
        tax_code (str):
        tax_amount (float):
    """

    tax_rate: float
    tax_code: str
    tax_amount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_rate = self.tax_rate

        tax_code = self.tax_code

        tax_amount = self.tax_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tax_rate": tax_rate,
                "tax_code": tax_code,
                "tax_amount": tax_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("tax_rate", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_rate: expected float, got " + type(_v).__name__)
        tax_rate = _v

        _v = d.pop("tax_code", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("tax_code: expected str, got " + type(_v).__name__)
        tax_code = _v

        _v = d.pop("tax_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_amount: expected float, got " + type(_v).__name__)
        tax_amount = _v

        withholding_tax = cls(
            tax_rate=tax_rate,
            tax_code=tax_code,
            tax_amount=tax_amount,
        )

        withholding_tax.additional_properties = d
        return withholding_tax

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
