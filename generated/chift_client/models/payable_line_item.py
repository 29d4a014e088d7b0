from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayableLineItem")


@_attrs_define
class PayableLineItem:
    """
    Attributes:
        quantity (float):
        unit_price (float):
        untaxed_amount (float):
        tax_rate (float):
        tax_amount (float):
        total (float):
        description (None | str | Unset):  Default: ''.
        account_number (None | str | Unset):
        account_id (None | str | Unset):
        tax_id (None | str | Unset):
        analytic_distribution (list[AnalyticDistribution] | None | Unset):
    """

    quantity: float
    unit_price: float
    untaxed_amount: float
    tax_rate: float
    tax_amount: float
    total: float
    description: None | str | Unset = ""
    account_number: None | str | Unset = UNSET
    account_id: None | str | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    analytic_distribution: list[AnalyticDistribution] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        unit_price = self.unit_price

        untaxed_amount = self.untaxed_amount

        tax_rate = self.tax_rate

        tax_amount = self.tax_amount

        total = self.total

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        account_number: None | str | Unset
        if isinstance(self.account_number, Unset):
            account_number = UNSET
        else:
            account_number = self.account_number

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

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
                "quantity": quantity,
                "unit_price": unit_price,
                "untaxed_amount": untaxed_amount,
                "tax_rate": tax_rate,
                "tax_amount": tax_amount,
                "total": total,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if analytic_distribution is not UNSET:
            field_dict["analytic_distribution"] = analytic_distribution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("quantity", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("quantity: expected float, got " + type(_v).__name__)
        quantity = _v

        _v = d.pop("unit_price", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("unit_price: expected float, got " + type(_v).__name__)
        unit_price = _v

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_number = _parse_account_number(d.pop("account_number", UNSET))

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        def _parse_tax_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_id = _parse_tax_id(d.pop("tax_id", UNSET))

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

        payable_line_item = cls(
            quantity=quantity,
            unit_price=unit_price,
            untaxed_amount=untaxed_amount,
            tax_rate=tax_rate,
            tax_amount=tax_amount,
            total=total,
            description=description,
            account_number=account_number,
            account_id=account_id,
            tax_id=tax_id,
            analytic_distribution=analytic_distribution,
        )

        payable_line_item.additional_properties = d
        return payable_line_item

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
