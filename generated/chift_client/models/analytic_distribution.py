from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="AnalyticDistribution")


@_attrs_define
class AnalyticDistribution:
    """
    Attributes:
        analytic_plan (str):
        analytic_accounts (list[AnalyticDistributionDetail]):
    """

    analytic_plan: str
    analytic_accounts: list[AnalyticDistributionDetail]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analytic_plan = self.analytic_plan

        analytic_accounts = []
        for analytic_accounts_item_data in self.analytic_accounts:
            analytic_accounts_item = analytic_accounts_item_data.to_dict()
            analytic_accounts.append(analytic_accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "analytic_plan": analytic_plan,
                "analytic_accounts": analytic_accounts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("analytic_plan", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("analytic_plan: expected str, got " + type(_v).__name__)
        analytic_plan = _v

        _v = d.pop("analytic_accounts", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("analytic_accounts: expected list, got " + type(_v).__name__)
        analytic_accounts = []
        _analytic_accounts = _v
        for analytic_accounts_item_data in _analytic_accounts:
            analytic_accounts_item = AnalyticDistributionDetail.from_dict(analytic_accounts_item_data)

            analytic_accounts.append(analytic_accounts_item)

        analytic_distribution = cls(
            analytic_plan=analytic_plan,
            analytic_accounts=analytic_accounts,
        )

        analytic_distribution.additional_properties = d
        return analytic_distribution

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


from ..models.analytic_distribution_detail import AnalyticDistributionDetail
