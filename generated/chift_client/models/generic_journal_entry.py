from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenericJournalEntry")


@_attrs_define
class GenericJournalEntry:
    """
    Attributes:
        journal_id (str):
        number (str):
        currency (str):
        date (datetime.date):
        items (list[GenericJournalItem]):
        reference (None | str | Unset):
        due_date (datetime.date | None | Unset):
        currency_exchange_rate (float | None | Unset):  Default: 1.0.
        pdf (None | str | Unset):
        pdf_name (None | str | Unset):
        posted (bool | None | Unset):  Default: True.
        start_date (datetime.date | None | Unset):
        end_date (datetime.date | None | Unset):
    """

    journal_id: str
    number: str
    currency: str
    date: datetime.date
    items: list[GenericJournalItem]
    reference: None | str | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    currency_exchange_rate: float | None | Unset = 1.0
    pdf: None | str | Unset = UNSET
    pdf_name: None | str | Unset = UNSET
    posted: bool | None | Unset = True
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        journal_id = self.journal_id

        number = self.number

        currency = self.currency

        date = self.date.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        currency_exchange_rate: float | None | Unset
        if isinstance(self.currency_exchange_rate, Unset):
            currency_exchange_rate = UNSET
        else:
            currency_exchange_rate = self.currency_exchange_rate

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

        posted: bool | None | Unset
        if isinstance(self.posted, Unset):
            posted = UNSET
        else:
            posted = self.posted

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "journal_id": journal_id,
                "number": number,
                "currency": currency,
                "date": date,
                "items": items,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate
        if pdf is not UNSET:
            field_dict["pdf"] = pdf
        if pdf_name is not UNSET:
            field_dict["pdf_name"] = pdf_name
        if posted is not UNSET:
            field_dict["posted"] = posted
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("journal_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("journal_id: expected str, got " + type(_v).__name__)
        journal_id = _v

        _v = d.pop("number", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("number: expected str, got " + type(_v).__name__)
        number = _v

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        date = datetime.date.fromisoformat(d.pop("date"))

        _v = d.pop("items", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("items: expected list, got " + type(_v).__name__)
        items = []
        _items = _v
        for items_item_data in _items:
            items_item = GenericJournalItem.from_dict(items_item_data)

            items.append(items_item)

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_due_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_date = _parse_due_date(d.pop("due_date", UNSET))

        def _parse_currency_exchange_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        currency_exchange_rate = _parse_currency_exchange_rate(d.pop("currency_exchange_rate", UNSET))

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

        def _parse_posted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        posted = _parse_posted(d.pop("posted", UNSET))

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        generic_journal_entry = cls(
            journal_id=journal_id,
            number=number,
            currency=currency,
            date=date,
            items=items,
            reference=reference,
            due_date=due_date,
            currency_exchange_rate=currency_exchange_rate,
            pdf=pdf,
            pdf_name=pdf_name,
            posted=posted,
            start_date=start_date,
            end_date=end_date,
        )

        generic_journal_entry.additional_properties = d
        return generic_journal_entry

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


from ..models.generic_journal_item import GenericJournalItem
