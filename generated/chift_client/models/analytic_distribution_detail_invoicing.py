from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="AnalyticDistributionDetailInvoicing")


@_attrs_define
class AnalyticDistributionDetailInvoicing:
    """
    Attributes:
        analytic_account_code (str):
        analytic_account_name (str):
        percentage (float):
    """

    analytic_account_code: str
    analytic_account_name: str
    percentage: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analytic_account_code = self.analytic_account_code

        analytic_account_name = self.analytic_account_name

        percentage = self.percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "analytic_account_code": analytic_account_code,
                "analytic_account_name": analytic_account_name,
                "percentage": percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("analytic_account_code", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("analytic_account_code: expected str, got " + type(_v).__name__)
        analytic_account_code = _v

        _v = d.pop("analytic_account_name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("analytic_account_name: expected str, got " + type(_v).__name__)
        analytic_account_name = _v

        _v = d.pop("percentage", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("percentage: expected float, got " + type(_v).__name__)
        percentage = _v

        analytic_distribution_detail_invoicing = cls(
            analytic_account_code=analytic_account_code,
            analytic_account_name=analytic_account_name,
            percentage=percentage,
        )

        analytic_distribution_detail_invoicing.additional_properties = d
        return analytic_distribution_detail_invoicing

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
