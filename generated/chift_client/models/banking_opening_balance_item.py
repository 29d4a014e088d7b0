from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankingOpeningBalanceItem")


@_attrs_define
class BankingOpeningBalanceItem:
    """
    Attributes:
        account_id (str):
        date (datetime.date):
        opening_balance (float | None | Unset):
        currency (None | str | Unset):
    """

    account_id: str
    date: datetime.date
    opening_balance: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        date = self.date.isoformat()

        opening_balance: float | None | Unset
        if isinstance(self.opening_balance, Unset):
            opening_balance = UNSET
        else:
            opening_balance = self.opening_balance

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "date": date,
            }
        )
        if opening_balance is not UNSET:
            field_dict["opening_balance"] = opening_balance
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("account_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("account_id: expected str, got " + type(_v).__name__)
        account_id = _v

        date = datetime.date.fromisoformat(d.pop("date"))

        def _parse_opening_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        opening_balance = _parse_opening_balance(d.pop("opening_balance", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        banking_opening_balance_item = cls(
            account_id=account_id,
            date=date,
            opening_balance=opening_balance,
            currency=currency,
        )

        banking_opening_balance_item.additional_properties = d
        return banking_opening_balance_item

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
