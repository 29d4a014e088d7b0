from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankStatementItemIn")


@_attrs_define
class BankStatementItemIn:
    """
    Attributes:
        bank_statement_date (datetime.date):
        bank_account_id (str):
        currency (str):
        external_bank_statement_id (str):
        items (list[BankTransactionItemIn]):
        opening_balance (float | None | Unset):
        pdf (None | str | Unset):
        pdf_name (None | str | Unset):
    """

    bank_statement_date: datetime.date
    bank_account_id: str
    currency: str
    external_bank_statement_id: str
    items: list[BankTransactionItemIn]
    opening_balance: float | None | Unset = UNSET
    pdf: None | str | Unset = UNSET
    pdf_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_statement_date = self.bank_statement_date.isoformat()

        bank_account_id = self.bank_account_id

        currency = self.currency

        external_bank_statement_id = self.external_bank_statement_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        opening_balance: float | None | Unset
        if isinstance(self.opening_balance, Unset):
            opening_balance = UNSET
        else:
            opening_balance = self.opening_balance

        pdf: None | str | Unset
        if isinstance(self.pdf, Unset):
            pdf = UNSET
        else:
            pdf = self.pdf

        pdf_name: None | str | Unset
        if isinstance(self.pdf_name, Unset):
            pdf_name = UNSET
        else:
            pdf_name = self.pdf_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bank_statement_date": bank_statement_date,
                "bank_account_id": bank_account_id,
                "currency": currency,
                "external_bank_statement_id": external_bank_statement_id,
                "items": items,
            }
        )
        if opening_balance is not UNSET:
            field_dict["opening_balance"] = opening_balance
        if pdf is not UNSET:
            field_dict["pdf"] = pdf
        if pdf_name is not UNSET:
            field_dict["pdf_name"] = pdf_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bank_statement_date = datetime.date.fromisoformat(d.pop("bank_statement_date"))

        _v = d.pop("bank_account_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("bank_account_id: expected str, got " + type(_v).__name__)
        bank_account_id = _v

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        _v = d.pop("external_bank_statement_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("external_bank_statement_id: expected str, got " + type(_v).__name__)
        external_bank_statement_id = _v

        _v = d.pop("items", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("items: expected list, got " + type(_v).__name__)
        items = []
        _items = _v
        for items_item_data in _items:
            items_item = BankTransactionItemIn.from_dict(items_item_data)

            items.append(items_item)

        def _parse_opening_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        opening_balance = _parse_opening_balance(d.pop("opening_balance", UNSET))

        def _parse_pdf(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pdf = _parse_pdf(d.pop("pdf", UNSET))

        def _parse_pdf_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pdf_name = _parse_pdf_name(d.pop("pdf_name", UNSET))

        bank_statement_item_in = cls(
            bank_statement_date=bank_statement_date,
            bank_account_id=bank_account_id,
            currency=currency,
            external_bank_statement_id=external_bank_statement_id,
            items=items,
            opening_balance=opening_balance,
            pdf=pdf,
            pdf_name=pdf_name,
        )

        bank_statement_item_in.additional_properties = d
        return bank_statement_item_in

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


from ..models.bank_transaction_item_in import BankTransactionItemIn
