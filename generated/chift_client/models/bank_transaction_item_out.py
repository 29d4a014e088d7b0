from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankTransactionItemOut")


@_attrs_define
class BankTransactionItemOut:
    """
    Attributes:
        amount (float):
        general_ledger_account (None | str | Unset):
        description (None | str | Unset):
        external_transaction_id (None | str | Unset):
        fee_amount (float | None | Unset):  Default: 0.0.
        tax_amount (float | None | Unset):  Default: 0.0.
        currency_exchange_rate (float | None | Unset):  Default: 1.0.
        counterpart (BankTransactionCounterpartItem | None | Unset):
        id (None | str | Unset):
    """

    amount: float
    general_ledger_account: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    external_transaction_id: None | str | Unset = UNSET
    fee_amount: float | None | Unset = 0.0
    tax_amount: float | None | Unset = 0.0
    currency_exchange_rate: float | None | Unset = 1.0
    counterpart: BankTransactionCounterpartItem | None | Unset = UNSET
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        general_ledger_account: None | str | Unset
        if isinstance(self.general_ledger_account, Unset):
            general_ledger_account = UNSET
        else:
            general_ledger_account = self.general_ledger_account

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        external_transaction_id: None | str | Unset
        if isinstance(self.external_transaction_id, Unset):
            external_transaction_id = UNSET
        else:
            external_transaction_id = self.external_transaction_id

        fee_amount: float | None | Unset
        if isinstance(self.fee_amount, Unset):
            fee_amount = UNSET
        else:
            fee_amount = self.fee_amount

        tax_amount: float | None | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        currency_exchange_rate: float | None | Unset
        if isinstance(self.currency_exchange_rate, Unset):
            currency_exchange_rate = UNSET
        else:
            currency_exchange_rate = self.currency_exchange_rate

        counterpart: dict[str, Any] | None | Unset
        if isinstance(self.counterpart, Unset):
            counterpart = UNSET
        elif isinstance(self.counterpart, BankTransactionCounterpartItem):
            counterpart = self.counterpart.to_dict()
        else:
            counterpart = self.counterpart

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if general_ledger_account is not UNSET:
            field_dict["general_ledger_account"] = general_ledger_account
        if description is not UNSET:
            field_dict["description"] = description
        if external_transaction_id is not UNSET:
            field_dict["external_transaction_id"] = external_transaction_id
        if fee_amount is not UNSET:
            field_dict["fee_amount"] = fee_amount
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate
        if counterpart is not UNSET:
            field_dict["counterpart"] = counterpart
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("amount: expected float, got " + type(_v).__name__)
        amount = _v

        def _parse_general_ledger_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        general_ledger_account = _parse_general_ledger_account(d.pop("general_ledger_account", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_external_transaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_transaction_id = _parse_external_transaction_id(d.pop("external_transaction_id", UNSET))

        def _parse_fee_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        fee_amount = _parse_fee_amount(d.pop("fee_amount", UNSET))

        def _parse_tax_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_amount = _parse_tax_amount(d.pop("tax_amount", UNSET))

        def _parse_currency_exchange_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        currency_exchange_rate = _parse_currency_exchange_rate(d.pop("currency_exchange_rate", UNSET))

        def _parse_counterpart(data: object) -> BankTransactionCounterpartItem | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                counterpart_type_0 = BankTransactionCounterpartItem.from_dict(data)

                return counterpart_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BankTransactionCounterpartItem | None | Unset, data)

        counterpart = _parse_counterpart(d.pop("counterpart", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        bank_transaction_item_out = cls(
            amount=amount,
            general_ledger_account=general_ledger_account,
            description=description,
            external_transaction_id=external_transaction_id,
            fee_amount=fee_amount,
            tax_amount=tax_amount,
            currency_exchange_rate=currency_exchange_rate,
            counterpart=counterpart,
            id=id,
        )

        bank_transaction_item_out.additional_properties = d
        return bank_transaction_item_out

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


from ..models.bank_transaction_counterpart_item import BankTransactionCounterpartItem
