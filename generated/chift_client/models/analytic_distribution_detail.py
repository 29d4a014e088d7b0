from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="AnalyticDistributionDetail")


@_attrs_define
class AnalyticDistributionDetail:
    """
    Attributes:
        analytic_account (str):
        percentage (float):
    """

    analytic_account: str
    percentage: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analytic_account = self.analytic_account

        percentage = self.percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "analytic_account": analytic_account,
                "percentage": percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("analytic_account", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("analytic_account: expected str, got " + type(_v).__name__)
        analytic_account = _v

        _v = d.pop("percentage", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("percentage: expected float, got " + type(_v).__name__)
        percentage = _v

        analytic_distribution_detail = cls(
            analytic_account=analytic_account,
            percentage=percentage,
        )

        analytic_distribution_detail.additional_properties = d
        return analytic_distribution_detail

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
