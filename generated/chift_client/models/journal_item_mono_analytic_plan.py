from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JournalItemMonoAnalyticPlan")


@_attrs_define
class JournalItemMonoAnalyticPlan:
    """
    Attributes:
        account_number (str):
        debit (float):
        credit (float):
        currency (str):
        id (str):
        account_name (str):
        partner_id (None | str | Unset):
        description (None | str | Unset):
        currency_exchange_rate (float | None | Unset):  Default: 1.0.
        partner_name (None | str | Unset):
        matching_numbers (list[str] | None | Unset):
        analytic_account (None | str | Unset):
        analytic_account_name (None | str | Unset):
    """

    account_number: str
    debit: float
    credit: float
    currency: str
    id: str
    account_name: str
    partner_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    currency_exchange_rate: float | None | Unset = 1.0
    partner_name: None | str | Unset = UNSET
    matching_numbers: list[str] | None | Unset = UNSET
    analytic_account: None | str | Unset = UNSET
    analytic_account_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_number = self.account_number

        debit = self.debit

        credit = self.credit

        currency = self.currency

        id = self.id

        account_name = self.account_name

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        currency_exchange_rate: float | None | Unset
        if isinstance(self.currency_exchange_rate, Unset):
            currency_exchange_rate = UNSET
        else:
            currency_exchange_rate = self.currency_exchange_rate

        partner_name: None | str | Unset
        if isinstance(self.partner_name, Unset):
            partner_name = UNSET
        else:
            partner_name = self.partner_name

        matching_numbers: list[str] | None | Unset
        if isinstance(self.matching_numbers, Unset):
            matching_numbers = UNSET
        elif isinstance(self.matching_numbers, list):
            matching_numbers = self.matching_numbers

        else:
            matching_numbers = self.matching_numbers

        analytic_account: None | str | Unset
        if isinstance(self.analytic_account, Unset):
            analytic_account = UNSET
        else:
            analytic_account = self.analytic_account

        analytic_account_name: None | str | Unset
        if isinstance(self.analytic_account_name, Unset):
            analytic_account_name = UNSET
        else:
            analytic_account_name = self.analytic_account_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_number": account_number,
                "debit": debit,
                "credit": credit,
                "currency": currency,
                "id": id,
                "account_name": account_name,
            }
        )
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if description is not UNSET:
            field_dict["description"] = description
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate
        if partner_name is not UNSET:
            field_dict["partner_name"] = partner_name
        if matching_numbers is not UNSET:
            field_dict["matching_numbers"] = matching_numbers
        if analytic_account is not UNSET:
            field_dict["analytic_account"] = analytic_account
        if analytic_account_name is not UNSET:
            field_dict["analytic_account_name"] = analytic_account_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("account_number", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("account_number: expected str, got " + type(_v).__name__)
        account_number = _v

        _v = d.pop("debit", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("debit: expected float, got " + type(_v).__name__)
        debit = _v

        _v = d.pop("credit", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("credit: expected float, got " + type(_v).__name__)
        credit = _v

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("account_name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("account_name: expected str, got " + type(_v).__name__)
        account_name = _v

        def _parse_partner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_currency_exchange_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        currency_exchange_rate = _parse_currency_exchange_rate(d.pop("currency_exchange_rate", UNSET))

        def _parse_partner_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_name = _parse_partner_name(d.pop("partner_name", UNSET))

        def _parse_matching_numbers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                matching_numbers_type_0 = cast(list[str], data)

                return matching_numbers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        matching_numbers = _parse_matching_numbers(d.pop("matching_numbers", UNSET))

        def _parse_analytic_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        analytic_account = _parse_analytic_account(d.pop("analytic_account", UNSET))

        def _parse_analytic_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        analytic_account_name = _parse_analytic_account_name(d.pop("analytic_account_name", UNSET))

        journal_item_mono_analytic_plan = cls(
            account_number=account_number,
            debit=debit,
            credit=credit,
            currency=currency,
            id=id,
            account_name=account_name,
            partner_id=partner_id,
            description=description,
            currency_exchange_rate=currency_exchange_rate,
            partner_name=partner_name,
            matching_numbers=matching_numbers,
            analytic_account=analytic_account,
            analytic_account_name=analytic_account_name,
        )

        journal_item_mono_analytic_plan.additional_properties = d
        return journal_item_mono_analytic_plan

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
