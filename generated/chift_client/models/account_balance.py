from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountBalance")


@_attrs_define
class AccountBalance:
    """
    Attributes:
        account_number (str):
        debit (float):
        credit (float):
        balance (float):
        period_debit (float):
        period_credit (float):
        period_balance (float):
        account_name (None | str | Unset):
    """

    account_number: str
    debit: float
    credit: float
    balance: float
    period_debit: float
    period_credit: float
    period_balance: float
    account_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_number = self.account_number

        debit = self.debit

        credit = self.credit

        balance = self.balance

        period_debit = self.period_debit

        period_credit = self.period_credit

        period_balance = self.period_balance

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_number": account_number,
                "debit": debit,
                "credit": credit,
                "balance": balance,
                "period_debit": period_debit,
                "period_credit": period_credit,
                "period_balance": period_balance,
            }
        )
        if account_name is not UNSET:
            field_dict["account_name"] = account_name

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

        _v = d.pop("balance", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("balance: expected float, got " + type(_v).__name__)
        balance = _v

        _v = d.pop("period_debit", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("period_debit: expected float, got " + type(_v).__name__)
        period_debit = _v

        _v = d.pop("period_credit", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("period_credit: expected float, got " + type(_v).__name__)
        period_credit = _v

        _v = d.pop("period_balance", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("period_balance: expected float, got " + type(_v).__name__)
        period_balance = _v

        def _parse_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_name = _parse_account_name(d.pop("account_name", UNSET))

        account_balance = cls(
            account_number=account_number,
            debit=debit,
            credit=credit,
            balance=balance,
            period_debit=period_debit,
            period_credit=period_credit,
            period_balance=period_balance,
            account_name=account_name,
        )

        account_balance.additional_properties = d
        return account_balance

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
