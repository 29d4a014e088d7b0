from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankStatementItemOut")


@_attrs_define
class BankStatementItemOut:
    """
    Attributes:
        bank_statement_date (datetime.date):
        bank_account_id (str):
        currency (str):
        items (list[BankTransactionItemOut]):
        id (None | str | Unset):
        external_bank_statement_id (None | str | Unset):
    """

    bank_statement_date: datetime.date
    bank_account_id: str
    currency: str
    items: list[BankTransactionItemOut]
    id: None | str | Unset = UNSET
    external_bank_statement_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_statement_date = self.bank_statement_date.isoformat()

        bank_account_id = self.bank_account_id

        currency = self.currency

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        external_bank_statement_id: None | str | Unset
        if isinstance(self.external_bank_statement_id, Unset):
            external_bank_statement_id = UNSET
        else:
            external_bank_statement_id = self.external_bank_statement_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bank_statement_date": bank_statement_date,
                "bank_account_id": bank_account_id,
                "currency": currency,
                "items": items,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if external_bank_statement_id is not UNSET:
            field_dict["external_bank_statement_id"] = external_bank_statement_id

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

        _v = d.pop("items", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("items: expected list, got " + type(_v).__name__)
        items = []
        _items = _v
        for items_item_data in _items:
            items_item = BankTransactionItemOut.from_dict(items_item_data)

            items.append(items_item)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_external_bank_statement_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_bank_statement_id = _parse_external_bank_statement_id(
            d.pop("external_bank_statement_id", UNSET)
        )

        bank_statement_item_out = cls(
            bank_statement_date=bank_statement_date,
            bank_account_id=bank_account_id,
            currency=currency,
            items=items,
            id=id,
            external_bank_statement_id=external_bank_statement_id,
        )

        bank_statement_item_out.additional_properties = d
        return bank_statement_item_out

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


from ..models.bank_transaction_item_out import BankTransactionItemOut
