from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccountItemOut")


@_attrs_define
class BankAccountItemOut:
    """
    Attributes:
        id (str):
        code (None | str | Unset):
        currency (None | str | Unset):
        account_name (None | str | Unset):
        account_number (None | str | Unset):
        iban (None | str | Unset):
        bank_name (None | str | Unset):
        journal_id (None | str | Unset):
        ledger_account (None | str | Unset):
        unallocated_account (None | str | Unset):
    """

    id: str
    code: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    account_name: None | str | Unset = UNSET
    account_number: None | str | Unset = UNSET
    iban: None | str | Unset = UNSET
    bank_name: None | str | Unset = UNSET
    journal_id: None | str | Unset = UNSET
    ledger_account: None | str | Unset = UNSET
    unallocated_account: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        account_number: None | str | Unset
        if isinstance(self.account_number, Unset):
            account_number = UNSET
        else:
            account_number = self.account_number

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        bank_name: None | str | Unset
        if isinstance(self.bank_name, Unset):
            bank_name = UNSET
        else:
            bank_name = self.bank_name

        journal_id: None | str | Unset
        if isinstance(self.journal_id, Unset):
            journal_id = UNSET
        else:
            journal_id = self.journal_id

        ledger_account: None | str | Unset
        if isinstance(self.ledger_account, Unset):
            ledger_account = UNSET
        else:
            ledger_account = self.ledger_account

        unallocated_account: None | str | Unset
        if isinstance(self.unallocated_account, Unset):
            unallocated_account = UNSET
        else:
            unallocated_account = self.unallocated_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if currency is not UNSET:
            field_dict["currency"] = currency
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bank_name is not UNSET:
            field_dict["bank_name"] = bank_name
        if journal_id is not UNSET:
            field_dict["journal_id"] = journal_id
        if ledger_account is not UNSET:
            field_dict["ledger_account"] = ledger_account
        if unallocated_account is not UNSET:
            field_dict["unallocated_account"] = unallocated_account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

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

        def _parse_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_name = _parse_account_name(d.pop("account_name", UNSET))

        def _parse_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_number = _parse_account_number(d.pop("account_number", UNSET))

        def _parse_iban(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iban = _parse_iban(d.pop("iban", UNSET))

        def _parse_bank_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_name = _parse_bank_name(d.pop("bank_name", UNSET))

        def _parse_journal_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        journal_id = _parse_journal_id(d.pop("journal_id", UNSET))

        def _parse_ledger_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ledger_account = _parse_ledger_account(d.pop("ledger_account", UNSET))

        def _parse_unallocated_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unallocated_account = _parse_unallocated_account(d.pop("unallocated_account", UNSET))

        bank_account_item_out = cls(
            id=id,
            code=code,
            currency=currency,
            account_name=account_name,
            account_number=account_number,
            iban=iban,
            bank_name=bank_name,
            journal_id=journal_id,
            ledger_account=ledger_account,
            unallocated_account=unallocated_account,
        )

        bank_account_item_out.additional_properties = d
        return bank_account_item_out

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
