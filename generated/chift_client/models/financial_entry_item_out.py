from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FinancialEntryItemOut")


@_attrs_define
class FinancialEntryItemOut:
    """
    Attributes:
        date (datetime.date):
        journal_id (str):
        currency (str):
        id (str):
        number (str):
        items (list[FinancialEntryLineItemOut]):
        currency_exchange_rate (float | None | Unset):  Default: 1.0.
        reference (None | str | Unset):
    """

    date: datetime.date
    journal_id: str
    currency: str
    id: str
    number: str
    items: list[FinancialEntryLineItemOut]
    currency_exchange_rate: float | None | Unset = 1.0
    reference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        journal_id = self.journal_id

        currency = self.currency

        id = self.id

        number = self.number

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        currency_exchange_rate: float | None | Unset
        if isinstance(self.currency_exchange_rate, Unset):
            currency_exchange_rate = UNSET
        else:
            currency_exchange_rate = self.currency_exchange_rate

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "journal_id": journal_id,
                "currency": currency,
                "id": id,
                "number": number,
                "items": items,
            }
        )
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        _v = d.pop("journal_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("journal_id: expected str, got " + type(_v).__name__)
        journal_id = _v

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("number", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("number: expected str, got " + type(_v).__name__)
        number = _v

        _v = d.pop("items", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("items: expected list, got " + type(_v).__name__)
        items = []
        _items = _v
        for items_item_data in _items:
            items_item = FinancialEntryLineItemOut.from_dict(items_item_data)

            items.append(items_item)

        def _parse_currency_exchange_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        currency_exchange_rate = _parse_currency_exchange_rate(d.pop("currency_exchange_rate", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        financial_entry_item_out = cls(
            date=date,
            journal_id=journal_id,
            currency=currency,
            id=id,
            number=number,
            items=items,
            currency_exchange_rate=currency_exchange_rate,
            reference=reference,
        )

        financial_entry_item_out.additional_properties = d
        return financial_entry_item_out

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


from ..models.financial_entry_line_item_out import FinancialEntryLineItemOut
