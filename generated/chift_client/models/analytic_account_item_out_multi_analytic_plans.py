from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticAccountItemOutMultiAnalyticPlans")


@_attrs_define
class AnalyticAccountItemOutMultiAnalyticPlans:
    """
    Attributes:
        id (str):
        active (bool):
        name (str):
        analytic_plan (str):
        code (None | str | Unset):
        currency (None | str | Unset):
        balance (float | None | Unset):  Default: 0.0.
        credit (float | None | Unset):  Default: 0.0.
        debit (float | None | Unset):  Default: 0.0.
    """

    id: str
    active: bool
    name: str
    analytic_plan: str
    code: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    balance: float | None | Unset = 0.0
    credit: float | None | Unset = 0.0
    debit: float | None | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        active = self.active

        name = self.name

        analytic_plan = self.analytic_plan

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        balance: float | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        credit: float | None | Unset
        if isinstance(self.credit, Unset):
            credit = UNSET
        else:
            credit = self.credit

        debit: float | None | Unset
        if isinstance(self.debit, Unset):
            debit = UNSET
        else:
            debit = self.debit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "active": active,
                "name": name,
                "analytic_plan": analytic_plan,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if currency is not UNSET:
            field_dict["currency"] = currency
        if balance is not UNSET:
            field_dict["balance"] = balance
        if credit is not UNSET:
            field_dict["credit"] = credit
        if debit is not UNSET:
            field_dict["debit"] = debit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("active", UNSET)
        if type(_v) is not bool:
            raise TypeError("active: expected bool, got " + type(_v).__name__)
        active = _v

        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("analytic_plan", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("analytic_plan: expected str, got " + type(_v).__name__)
        analytic_plan = _v

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        def _parse_credit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit = _parse_credit(d.pop("credit", UNSET))

        def _parse_debit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        debit = _parse_debit(d.pop("debit", UNSET))

        analytic_account_item_out_multi_analytic_plans = cls(
            id=id,
            active=active,
            name=name,
            analytic_plan=analytic_plan,
            code=code,
            currency=currency,
            balance=balance,
            credit=credit,
            debit=debit,
        )

        analytic_account_item_out_multi_analytic_plans.additional_properties = d
        return analytic_account_item_out_multi_analytic_plans

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
