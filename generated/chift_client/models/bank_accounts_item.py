from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccountsItem")


@_attrs_define
class BankAccountsItem:
    """
    Attributes:
        is_primary (bool | None | Unset):  Default: True.
        currency (None | str | Unset):
        iban (None | str | Unset):
        bic_swift (None | str | Unset):
        account_number (None | str | Unset):
        routing_code (None | RoutingCodeItem | Unset):
    """

    is_primary: bool | None | Unset = True
    currency: None | str | Unset = UNSET
    iban: None | str | Unset = UNSET
    bic_swift: None | str | Unset = UNSET
    account_number: None | str | Unset = UNSET
    routing_code: None | RoutingCodeItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_primary: bool | None | Unset
        if isinstance(self.is_primary, Unset):
            is_primary = UNSET
        else:
            is_primary = self.is_primary

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        bic_swift: None | str | Unset
        if isinstance(self.bic_swift, Unset):
            bic_swift = UNSET
        else:
            bic_swift = self.bic_swift

        account_number: None | str | Unset
        if isinstance(self.account_number, Unset):
            account_number = UNSET
        else:
            account_number = self.account_number

        routing_code: dict[str, Any] | None | Unset
        if isinstance(self.routing_code, Unset):
            routing_code = UNSET
        elif isinstance(self.routing_code, RoutingCodeItem):
            routing_code = self.routing_code.to_dict()
        else:
            routing_code = self.routing_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if currency is not UNSET:
            field_dict["currency"] = currency
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bic_swift is not UNSET:
            field_dict["bic_swift"] = bic_swift
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if routing_code is not UNSET:
            field_dict["routing_code"] = routing_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_is_primary(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_primary = _parse_is_primary(d.pop("is_primary", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_iban(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iban = _parse_iban(d.pop("iban", UNSET))

        def _parse_bic_swift(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bic_swift = _parse_bic_swift(d.pop("bic_swift", UNSET))

        def _parse_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_number = _parse_account_number(d.pop("account_number", UNSET))

        def _parse_routing_code(data: object) -> None | RoutingCodeItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                routing_code_type_0 = RoutingCodeItem.from_dict(data)

                return routing_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RoutingCodeItem | Unset, data)

        routing_code = _parse_routing_code(d.pop("routing_code", UNSET))

        bank_accounts_item = cls(
            is_primary=is_primary,
            currency=currency,
            iban=iban,
            bic_swift=bic_swift,
            account_number=account_number,
            routing_code=routing_code,
        )

        bank_accounts_item.additional_properties = d
        return bank_accounts_item

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


from ..models.routing_code_item import RoutingCodeItem
