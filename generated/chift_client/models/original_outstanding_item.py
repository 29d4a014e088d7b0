from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.journal_type import JournalType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OriginalOutstandingItem")


@_attrs_define
class OriginalOutstandingItem:
    """
    Attributes:
        id (None | str | Unset):
        number (None | str | Unset):
        journal_id (None | str | Unset):
        journal_type (JournalType | None | Unset):
        date (datetime.date | None | Unset):
        due_date (datetime.date | None | Unset):
        reference (None | str | Unset):
    """

    id: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    journal_id: None | str | Unset = UNSET
    journal_type: JournalType | None | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    reference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        journal_id: None | str | Unset
        if isinstance(self.journal_id, Unset):
            journal_id = UNSET
        else:
            journal_id = self.journal_id

        journal_type: None | str | Unset
        if isinstance(self.journal_type, Unset):
            journal_type = UNSET
        elif isinstance(self.journal_type, JournalType):
            journal_type = self.journal_type.value
        else:
            journal_type = self.journal_type

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if journal_id is not UNSET:
            field_dict["journal_id"] = journal_id
        if journal_type is not UNSET:
            field_dict["journal_type"] = journal_type
        if date is not UNSET:
            field_dict["date"] = date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_journal_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        journal_id = _parse_journal_id(d.pop("journal_id", UNSET))

        def _parse_journal_type(data: object) -> JournalType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                journal_type_type_0 = JournalType(data)

                return journal_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JournalType | None | Unset, data)

        journal_type = _parse_journal_type(d.pop("journal_type", UNSET))

        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

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

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        original_outstanding_item = cls(
            id=id,
            number=number,
            journal_id=journal_id,
            journal_type=journal_type,
            date=date,
            due_date=due_date,
            reference=reference,
        )

        original_outstanding_item.additional_properties = d
        return original_outstanding_item

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
