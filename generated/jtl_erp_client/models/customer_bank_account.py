from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="CustomerBankAccount")


@_attrs_define
class CustomerBankAccount:
    """
    Attributes:
        id (int):  Example: 321.
        account_holder (str):  Example: John Smith.
        bank_name (str):  Example: Sparkasse.
        account_number (str):  Example: 1234567890.
        bank_code (str):  Example: 44550045.
        iban (str):  Example: DE123456789123456.
        bic (str):  Example: WELADED1ISL.
    """

    id: int
    account_holder: str
    bank_name: str
    account_number: str
    bank_code: str
    iban: str
    bic: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_holder = self.account_holder

        bank_name = self.bank_name

        account_number = self.account_number

        bank_code = self.bank_code

        iban = self.iban

        bic = self.bic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "AccountHolder": account_holder,
                "BankName": bank_name,
                "AccountNumber": account_number,
                "BankCode": bank_code,
                "IBAN": iban,
                "BIC": bic,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Id", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Id: expected int, got " + type(_v).__name__)
        id = _v

        _v = d.pop("AccountHolder", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("AccountHolder: expected str, got " + type(_v).__name__)
        account_holder = _v

        _v = d.pop("BankName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("BankName: expected str, got " + type(_v).__name__)
        bank_name = _v

        _v = d.pop("AccountNumber", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("AccountNumber: expected str, got " + type(_v).__name__)
        account_number = _v

        _v = d.pop("BankCode", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("BankCode: expected str, got " + type(_v).__name__)
        bank_code = _v

        _v = d.pop("IBAN", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("IBAN: expected str, got " + type(_v).__name__)
        iban = _v

        _v = d.pop("BIC", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("BIC: expected str, got " + type(_v).__name__)
        bic = _v

        customer_bank_account = cls(
            id=id,
            account_holder=account_holder,
            bank_name=bank_name,
            account_number=account_number,
            bank_code=bank_code,
            iban=iban,
            bic=bic,
        )

        customer_bank_account.additional_properties = d
        return customer_bank_account

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
