from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceLineItemOutMonoAnalyticPlan")


@_attrs_define
class InvoiceLineItemOutMonoAnalyticPlan:
    """
    Attributes:
        unit_price (float):
        quantity (float):
        untaxed_amount (float):
        tax_rate (float):
        tax_amount (float):
        total (float):
        line_number (int | None | Unset):  Default: 1.
        unit_of_measure (None | str | Unset):
        account_number (None | str | Unset):
        tax_code (None | str | Unset):
        description (None | str | Unset):  Default: ''.
        analytic_account (None | str | Unset):
    """

    unit_price: float
    quantity: float
    untaxed_amount: float
    tax_rate: float
    tax_amount: float
    total: float
    line_number: int | None | Unset = 1
    unit_of_measure: None | str | Unset = UNSET
    account_number: None | str | Unset = UNSET
    tax_code: None | str | Unset = UNSET
    description: None | str | Unset = ""
    analytic_account: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit_price = self.unit_price

        quantity = self.quantity

        untaxed_amount = self.untaxed_amount

        tax_rate = self.tax_rate

        tax_amount = self.tax_amount

        total = self.total

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

        account_number: None | str | Unset
        if isinstance(self.account_number, Unset):
            account_number = UNSET
        else:
            account_number = self.account_number

        tax_code: None | str | Unset
        if isinstance(self.tax_code, Unset):
            tax_code = UNSET
        else:
            tax_code = self.tax_code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        analytic_account: None | str | Unset
        if isinstance(self.analytic_account, Unset):
            analytic_account = UNSET
        else:
            analytic_account = self.analytic_account

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
            }
        )
        if line_number is not UNSET:
            field_dict["line_number"] = line_number
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if tax_code is not UNSET:
            field_dict["tax_code"] = tax_code
        if description is not UNSET:
            field_dict["description"] = description
        if analytic_account is not UNSET:
            field_dict["analytic_account"] = analytic_account

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

        def _parse_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_number = _parse_account_number(d.pop("account_number", UNSET))

        def _parse_tax_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_code = _parse_tax_code(d.pop("tax_code", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_analytic_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        analytic_account = _parse_analytic_account(d.pop("analytic_account", UNSET))

        invoice_line_item_out_mono_analytic_plan = cls(
            unit_price=unit_price,
            quantity=quantity,
            untaxed_amount=untaxed_amount,
            tax_rate=tax_rate,
            tax_amount=tax_amount,
            total=total,
            line_number=line_number,
            unit_of_measure=unit_of_measure,
            account_number=account_number,
            tax_code=tax_code,
            description=description,
            analytic_account=analytic_account,
        )

        invoice_line_item_out_mono_analytic_plan.additional_properties = d
        return invoice_line_item_out_mono_analytic_plan

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
