from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingInfoOut")


@_attrs_define
class AccountingInfoOut:
    """
    Attributes:
        main_currency (str | Unset):
        main_currency_total (float | Unset):  Default: 0.0.
        account_number (None | str | Unset):
    """

    main_currency: str | Unset = UNSET
    main_currency_total: float | Unset = 0.0
    account_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        main_currency = self.main_currency

        main_currency_total = self.main_currency_total

        account_number: None | str | Unset
        if isinstance(self.account_number, Unset):
            account_number = UNSET
        else:
            account_number = self.account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if main_currency is not UNSET:
            field_dict["main_currency"] = main_currency
        if main_currency_total is not UNSET:
            field_dict["main_currency_total"] = main_currency_total
        if account_number is not UNSET:
            field_dict["account_number"] = account_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("main_currency", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("main_currency: expected str, got " + type(_v).__name__)
        main_currency = _v

        _v = d.pop("main_currency_total", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("main_currency_total: expected float, got " + type(_v).__name__)
        main_currency_total = _v

        def _parse_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_number = _parse_account_number(d.pop("account_number", UNSET))

        accounting_info_out = cls(
            main_currency=main_currency,
            main_currency_total=main_currency_total,
            account_number=account_number,
        )

        accounting_info_out.additional_properties = d
        return accounting_info_out

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
