from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountBalanceFilter")


@_attrs_define
class AccountBalanceFilter:
    """
    Attributes:
        accounts (list[str]):
        end (str):
        start (None | str | Unset):
    """

    accounts: list[str]
    end: str
    start: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts = self.accounts

        end = self.end

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accounts": accounts,
                "end": end,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("accounts", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("accounts: expected list, got " + type(_v).__name__)
        accounts = cast(list[str], _v)

        _v = d.pop("end", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("end: expected str, got " + type(_v).__name__)
        end = _v

        def _parse_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        account_balance_filter = cls(
            accounts=accounts,
            end=end,
            start=start,
        )

        account_balance_filter.additional_properties = d
        return account_balance_filter

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
