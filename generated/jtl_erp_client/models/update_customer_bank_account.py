from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCustomerBankAccount")


@_attrs_define
class UpdateCustomerBankAccount:
    """
    Attributes:
        account_holder (str | Unset):  Example: John Smith.
        bank_name (str | Unset):  Example: Sparkasse.
        account_number (str | Unset):  Example: 1234567890.
        bank_code (str | Unset):  Example: 44550045.
        iban (str | Unset):  Example: DE123456789123456.
        bic (str | Unset):  Example: WELADED1ISL.
    """

    account_holder: str | Unset = UNSET
    bank_name: str | Unset = UNSET
    account_number: str | Unset = UNSET
    bank_code: str | Unset = UNSET
    iban: str | Unset = UNSET
    bic: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_holder = self.account_holder

        bank_name = self.bank_name

        account_number = self.account_number

        bank_code = self.bank_code

        iban = self.iban

        bic = self.bic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_holder is not UNSET:
            field_dict["AccountHolder"] = account_holder
        if bank_name is not UNSET:
            field_dict["BankName"] = bank_name
        if account_number is not UNSET:
            field_dict["AccountNumber"] = account_number
        if bank_code is not UNSET:
            field_dict["BankCode"] = bank_code
        if iban is not UNSET:
            field_dict["IBAN"] = iban
        if bic is not UNSET:
            field_dict["BIC"] = bic

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("AccountHolder", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("AccountHolder: expected str, got " + type(_v).__name__)
        account_holder = _v

        _v = d.pop("BankName", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("BankName: expected str, got " + type(_v).__name__)
        bank_name = _v

        _v = d.pop("AccountNumber", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("AccountNumber: expected str, got " + type(_v).__name__)
        account_number = _v

        _v = d.pop("BankCode", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("BankCode: expected str, got " + type(_v).__name__)
        bank_code = _v

        _v = d.pop("IBAN", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("IBAN: expected str, got " + type(_v).__name__)
        iban = _v

        _v = d.pop("BIC", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("BIC: expected str, got " + type(_v).__name__)
        bic = _v

        update_customer_bank_account = cls(
            account_holder=account_holder,
            bank_name=bank_name,
            account_number=account_number,
            bank_code=bank_code,
            iban=iban,
            bic=bic,
        )

        update_customer_bank_account.additional_properties = d
        return update_customer_bank_account

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
