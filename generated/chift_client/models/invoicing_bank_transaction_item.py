from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_transaction_status import BankTransactionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicingBankTransactionItem")


@_attrs_define
class InvoicingBankTransactionItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        status (BankTransactionStatus):
        bank_account_id (str):
        amount (float):
        date (datetime.date):
        currency (str):
        description (None | str | Unset):
        currency_exchange_rate (float | None | Unset):  Default: 1.0.
        accounting_code (None | str | Unset):
        linked_documents (list[LinkedDocument] | None | Unset):
    """

    id: str
    source_ref: Ref
    status: BankTransactionStatus
    bank_account_id: str
    amount: float
    date: datetime.date
    currency: str
    description: None | str | Unset = UNSET
    currency_exchange_rate: float | None | Unset = 1.0
    accounting_code: None | str | Unset = UNSET
    linked_documents: list[LinkedDocument] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        status = self.status.value

        bank_account_id = self.bank_account_id

        amount = self.amount

        date = self.date.isoformat()

        currency = self.currency

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        currency_exchange_rate: float | None | Unset
        if isinstance(self.currency_exchange_rate, Unset):
            currency_exchange_rate = UNSET
        else:
            currency_exchange_rate = self.currency_exchange_rate

        accounting_code: None | str | Unset
        if isinstance(self.accounting_code, Unset):
            accounting_code = UNSET
        else:
            accounting_code = self.accounting_code

        linked_documents: list[dict[str, Any]] | None | Unset
        if isinstance(self.linked_documents, Unset):
            linked_documents = UNSET
        elif isinstance(self.linked_documents, list):
            linked_documents = []
            for linked_documents_type_0_item_data in self.linked_documents:
                linked_documents_type_0_item = linked_documents_type_0_item_data.to_dict()
                linked_documents.append(linked_documents_type_0_item)

        else:
            linked_documents = self.linked_documents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "status": status,
                "bank_account_id": bank_account_id,
                "amount": amount,
                "date": date,
                "currency": currency,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate
        if accounting_code is not UNSET:
            field_dict["accounting_code"] = accounting_code
        if linked_documents is not UNSET:
            field_dict["linked_documents"] = linked_documents

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        status = BankTransactionStatus(d.pop("status"))

        _v = d.pop("bank_account_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("bank_account_id: expected str, got " + type(_v).__name__)
        bank_account_id = _v

        _v = d.pop("amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("amount: expected float, got " + type(_v).__name__)
        amount = _v

        date = datetime.date.fromisoformat(d.pop("date"))

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_currency_exchange_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        currency_exchange_rate = _parse_currency_exchange_rate(d.pop("currency_exchange_rate", UNSET))

        def _parse_accounting_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accounting_code = _parse_accounting_code(d.pop("accounting_code", UNSET))

        def _parse_linked_documents(data: object) -> list[LinkedDocument] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                linked_documents_type_0 = []
                _linked_documents_type_0 = data
                for linked_documents_type_0_item_data in _linked_documents_type_0:
                    linked_documents_type_0_item = LinkedDocument.from_dict(linked_documents_type_0_item_data)

                    linked_documents_type_0.append(linked_documents_type_0_item)

                return linked_documents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LinkedDocument] | None | Unset, data)

        linked_documents = _parse_linked_documents(d.pop("linked_documents", UNSET))

        invoicing_bank_transaction_item = cls(
            id=id,
            source_ref=source_ref,
            status=status,
            bank_account_id=bank_account_id,
            amount=amount,
            date=date,
            currency=currency,
            description=description,
            currency_exchange_rate=currency_exchange_rate,
            accounting_code=accounting_code,
            linked_documents=linked_documents,
        )

        invoicing_bank_transaction_item.additional_properties = d
        return invoicing_bank_transaction_item

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


from ..models.linked_document import LinkedDocument
from ..models.ref import Ref
