from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceLineItemInMultiAnalyticPlans")


@_attrs_define
class InvoiceLineItemInMultiAnalyticPlans:
    """
    Attributes:
        unit_price (float):
        quantity (float):
        untaxed_amount (float):
        tax_rate (float):
        tax_amount (float):
        total (float):
        account_number (str):
        tax_code (str):
        line_number (int | None | Unset):  Default: 1.
        unit_of_measure (None | str | Unset):
        description (str | Unset):  Default: ''.
        analytic_distribution (list[AnalyticDistribution] | None | Unset):
    """

    unit_price: float
    quantity: float
    untaxed_amount: float
    tax_rate: float
    tax_amount: float
    total: float
    account_number: str
    tax_code: str
    line_number: int | None | Unset = 1
    unit_of_measure: None | str | Unset = UNSET
    description: str | Unset = ""
    analytic_distribution: list[AnalyticDistribution] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit_price = self.unit_price

        quantity = self.quantity

        untaxed_amount = self.untaxed_amount

        tax_rate = self.tax_rate

        tax_amount = self.tax_amount

        total = self.total

        account_number = self.account_number

        tax_code = self.tax_code

        line_number: int | None | Unset
        if isinstance(self.line_number, Unset):
            line_number = UNSET
        else:
            line_number = self.line_number

        unit_of_measure: None | str | Unset
        if isinstance(self.unit_of_measure, Unset):
            unit_of_measure = UNSET
        else:
            unit_of_measure = self.unit_of_measure

        description = self.description

        analytic_distribution: list[dict[str, Any]] | None | Unset
        if isinstance(self.analytic_distribution, Unset):
            analytic_distribution = UNSET
        elif isinstance(self.analytic_distribution, list):
            analytic_distribution = []
            for analytic_distribution_type_0_item_data in self.analytic_distribution:
                analytic_distribution_type_0_item = analytic_distribution_type_0_item_data.to_dict()
                analytic_distribution.append(analytic_distribution_type_0_item)

        else:
            analytic_distribution = self.analytic_distribution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unit_price": unit_price,
                "quantity": quantity,
                "untaxed_amount": untaxed_amount,
                "tax_rate": tax_rate,
                "tax_amount": tax_amount,
                "total": total,
                "account_number": account_number,
                "tax_code": tax_code,
            }
        )
        if line_number is not UNSET:
            field_dict["line_number"] = line_number
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure
        if description is not UNSET:
            field_dict["description"] = description
        if analytic_distribution is not UNSET:
            field_dict["analytic_distribution"] = analytic_distribution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("unit_price", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("unit_price: expected float, got " + type(_v).__name__)
        unit_price = _v

        _v = d.pop("quantity", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("quantity: expected float, got " + type(_v).__name__)
        quantity = _v

        _v = d.pop("untaxed_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("untaxed_amount: expected float, got " + type(_v).__name__)
        untaxed_amount = _v

        _v = d.pop("tax_rate", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_rate: expected float, got " + type(_v).__name__)
        tax_rate = _v

        _v = d.pop("tax_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_amount: expected float, got " + type(_v).__name__)
        tax_amount = _v

        _v = d.pop("total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total: expected float, got " + type(_v).__name__)
        total = _v

        _v = d.pop("account_number", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("account_number: expected str, got " + type(_v).__name__)
        account_number = _v

        _v = d.pop("tax_code", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("tax_code: expected str, got " + type(_v).__name__)
        tax_code = _v

        def _parse_line_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        line_number = _parse_line_number(d.pop("line_number", UNSET))

        def _parse_unit_of_measure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_of_measure = _parse_unit_of_measure(d.pop("unit_of_measure", UNSET))

        _v = d.pop("description", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("description: expected str, got " + type(_v).__name__)
        description = _v

        def _parse_analytic_distribution(data: object) -> list[AnalyticDistribution] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                analytic_distribution_type_0 = []
                _analytic_distribution_type_0 = data
                for analytic_distribution_type_0_item_data in _analytic_distribution_type_0:
                    analytic_distribution_type_0_item = AnalyticDistribution.from_dict(
                        analytic_distribution_type_0_item_data
                    )

                    analytic_distribution_type_0.append(analytic_distribution_type_0_item)

                return analytic_distribution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AnalyticDistribution] | None | Unset, data)

        analytic_distribution = _parse_analytic_distribution(d.pop("analytic_distribution", UNSET))

        invoice_line_item_in_multi_analytic_plans = cls(
            unit_price=unit_price,
            quantity=quantity,
            untaxed_amount=untaxed_amount,
            tax_rate=tax_rate,
            tax_amount=tax_amount,
            total=total,
            account_number=account_number,
            tax_code=tax_code,
            line_number=line_number,
            unit_of_measure=unit_of_measure,
            description=description,
            analytic_distribution=analytic_distribution,
        )

        invoice_line_item_in_multi_analytic_plans.additional_properties = d
        return invoice_line_item_in_multi_analytic_plans

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


from ..models.analytic_distribution import AnalyticDistribution
