from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.journal_type import JournalType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """
    Attributes:
        id (str):
        name (str):
        currency (str):
        amount (float):
        payment_date (datetime.date):
        journal_type (JournalType):
        journal_id (str):
        journal_name (str):
        dedicated_amount (float | Unset):  Default: 0.0.
        reconciled (bool | None | Unset):  Default: False.
        communication (None | str | Unset):
        matching_number (None | str | Unset):
    """

    id: str
    name: str
    currency: str
    amount: float
    payment_date: datetime.date
    journal_type: JournalType
    journal_id: str
    journal_name: str
    dedicated_amount: float | Unset = 0.0
    reconciled: bool | None | Unset = False
    communication: None | str | Unset = UNSET
    matching_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        currency = self.currency

        amount = self.amount

        payment_date = self.payment_date.isoformat()

        journal_type = self.journal_type.value

        journal_id = self.journal_id

        journal_name = self.journal_name

        dedicated_amount = self.dedicated_amount

        reconciled: bool | None | Unset
        if isinstance(self.reconciled, Unset):
            reconciled = UNSET
        else:
            reconciled = self.reconciled

        communication: None | str | Unset
        if isinstance(self.communication, Unset):
            communication = UNSET
        else:
            communication = self.communication

        matching_number: None | str | Unset
        if isinstance(self.matching_number, Unset):
            matching_number = UNSET
        else:
            matching_number = self.matching_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "currency": currency,
                "amount": amount,
                "payment_date": payment_date,
                "journal_type": journal_type,
                "journal_id": journal_id,
                "journal_name": journal_name,
            }
        )
        if dedicated_amount is not UNSET:
            field_dict["dedicated_amount"] = dedicated_amount
        if reconciled is not UNSET:
            field_dict["reconciled"] = reconciled
        if communication is not UNSET:
            field_dict["communication"] = communication
        if matching_number is not UNSET:
            field_dict["matching_number"] = matching_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        _v = d.pop("amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("amount: expected float, got " + type(_v).__name__)
        amount = _v

        payment_date = datetime.date.fromisoformat(d.pop("payment_date"))

        journal_type = JournalType(d.pop("journal_type"))

        _v = d.pop("journal_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("journal_id: expected str, got " + type(_v).__name__)
        journal_id = _v

        _v = d.pop("journal_name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("journal_name: expected str, got " + type(_v).__name__)
        journal_name = _v

        _v = d.pop("dedicated_amount", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("dedicated_amount: expected float, got " + type(_v).__name__)
        dedicated_amount = _v

        def _parse_reconciled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reconciled = _parse_reconciled(d.pop("reconciled", UNSET))

        def _parse_communication(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        communication = _parse_communication(d.pop("communication", UNSET))

        def _parse_matching_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        matching_number = _parse_matching_number(d.pop("matching_number", UNSET))

        payment = cls(
            id=id,
            name=name,
            currency=currency,
            amount=amount,
            payment_date=payment_date,
            journal_type=journal_type,
            journal_id=journal_id,
            journal_name=journal_name,
            dedicated_amount=dedicated_amount,
            reconciled=reconciled,
            communication=communication,
            matching_number=matching_number,
        )

        payment.additional_properties = d
        return payment

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
