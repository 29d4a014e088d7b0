from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.journal_type import JournalType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutstandingItem")


@_attrs_define
class OutstandingItem:
    """
    Attributes:
        id (str):
        journal_id (str):
        journal_type (JournalType):
        date (datetime.date):
        currency (str):
        currency_exchange_rate (float):
        amount (float):
        open_amount (float):
        partner_id (str):
        account_number (str):
        posted (bool):
        number (None | str | Unset):
        due_date (datetime.date | None | Unset):
        due_dates (list[OutstandingItemDueDatesOut] | None | Unset):
        reference (None | str | Unset):
        matching_numbers (list[str] | None | Unset):
        payment_communication (None | str | Unset):
        original_document (None | OriginalOutstandingItem | Unset):
    """

    id: str
    journal_id: str
    journal_type: JournalType
    date: datetime.date
    currency: str
    currency_exchange_rate: float
    amount: float
    open_amount: float
    partner_id: str
    account_number: str
    posted: bool
    number: None | str | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    due_dates: list[OutstandingItemDueDatesOut] | None | Unset = UNSET
    reference: None | str | Unset = UNSET
    matching_numbers: list[str] | None | Unset = UNSET
    payment_communication: None | str | Unset = UNSET
    original_document: None | OriginalOutstandingItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        journal_id = self.journal_id

        journal_type = self.journal_type.value

        date = self.date.isoformat()

        currency = self.currency

        currency_exchange_rate = self.currency_exchange_rate

        amount = self.amount

        open_amount = self.open_amount

        partner_id = self.partner_id

        account_number = self.account_number

        posted = self.posted

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        due_dates: list[dict[str, Any]] | None | Unset
        if isinstance(self.due_dates, Unset):
            due_dates = UNSET
        elif isinstance(self.due_dates, list):
            due_dates = []
            for due_dates_type_0_item_data in self.due_dates:
                due_dates_type_0_item = due_dates_type_0_item_data.to_dict()
                due_dates.append(due_dates_type_0_item)

        else:
            due_dates = self.due_dates

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        matching_numbers: list[str] | None | Unset
        if isinstance(self.matching_numbers, Unset):
            matching_numbers = UNSET
        elif isinstance(self.matching_numbers, list):
            matching_numbers = self.matching_numbers

        else:
            matching_numbers = self.matching_numbers

        payment_communication: None | str | Unset
        if isinstance(self.payment_communication, Unset):
            payment_communication = UNSET
        else:
            payment_communication = self.payment_communication

        original_document: dict[str, Any] | None | Unset
        if isinstance(self.original_document, Unset):
            original_document = UNSET
        elif isinstance(self.original_document, OriginalOutstandingItem):
            original_document = self.original_document.to_dict()
        else:
            original_document = self.original_document

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "journal_id": journal_id,
                "journal_type": journal_type,
                "date": date,
                "currency": currency,
                "currency_exchange_rate": currency_exchange_rate,
                "amount": amount,
                "open_amount": open_amount,
                "partner_id": partner_id,
                "account_number": account_number,
                "posted": posted,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if due_dates is not UNSET:
            field_dict["due_dates"] = due_dates
        if reference is not UNSET:
            field_dict["reference"] = reference
        if matching_numbers is not UNSET:
            field_dict["matching_numbers"] = matching_numbers
        if payment_communication is not UNSET:
            field_dict["payment_communication"] = payment_communication
        if original_document is not UNSET:
            field_dict["original_document"] = original_document

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("journal_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("journal_id: expected str, got " + type(_v).__name__)
        journal_id = _v

        journal_type = JournalType(d.pop("journal_type"))

        date = datetime.date.fromisoformat(d.pop("date"))

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        _v = d.pop("currency_exchange_rate", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("currency_exchange_rate: expected float, got " + type(_v).__name__)
        currency_exchange_rate = _v

        _v = d.pop("amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("amount: expected float, got " + type(_v).__name__)
        amount = _v

        _v = d.pop("open_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("open_amount: expected float, got " + type(_v).__name__)
        open_amount = _v

        _v = d.pop("partner_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("partner_id: expected str, got " + type(_v).__name__)
        partner_id = _v

        _v = d.pop("account_number", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("account_number: expected str, got " + type(_v).__name__)
        account_number = _v

        _v = d.pop("posted", UNSET)
        if type(_v) is not bool:
            raise TypeError("posted: expected bool, got " + type(_v).__name__)
        posted = _v

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

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

        def _parse_due_dates(data: object) -> list[OutstandingItemDueDatesOut] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                due_dates_type_0 = []
                _due_dates_type_0 = data
                for due_dates_type_0_item_data in _due_dates_type_0:
                    due_dates_type_0_item = OutstandingItemDueDatesOut.from_dict(due_dates_type_0_item_data)

                    due_dates_type_0.append(due_dates_type_0_item)

                return due_dates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OutstandingItemDueDatesOut] | None | Unset, data)

        due_dates = _parse_due_dates(d.pop("due_dates", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_matching_numbers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                matching_numbers_type_0 = cast(list[str], data)

                return matching_numbers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        matching_numbers = _parse_matching_numbers(d.pop("matching_numbers", UNSET))

        def _parse_payment_communication(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_communication = _parse_payment_communication(d.pop("payment_communication", UNSET))

        def _parse_original_document(data: object) -> None | OriginalOutstandingItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                original_document_type_0 = OriginalOutstandingItem.from_dict(data)

                return original_document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OriginalOutstandingItem | Unset, data)

        original_document = _parse_original_document(d.pop("original_document", UNSET))

        outstanding_item = cls(
            id=id,
            journal_id=journal_id,
            journal_type=journal_type,
            date=date,
            currency=currency,
            currency_exchange_rate=currency_exchange_rate,
            amount=amount,
            open_amount=open_amount,
            partner_id=partner_id,
            account_number=account_number,
            posted=posted,
            number=number,
            due_date=due_date,
            due_dates=due_dates,
            reference=reference,
            matching_numbers=matching_numbers,
            payment_communication=payment_communication,
            original_document=original_document,
        )

        outstanding_item.additional_properties = d
        return outstanding_item

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


from ..models.original_outstanding_item import OriginalOutstandingItem
from ..models.outstanding_item_due_dates_out import OutstandingItemDueDatesOut
