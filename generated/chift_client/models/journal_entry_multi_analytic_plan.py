from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JournalEntryMultiAnalyticPlan")


@_attrs_define
class JournalEntryMultiAnalyticPlan:
    """
    Attributes:
        journal_id (str):
        id (str):
        reference (None | str | Unset):
        due_date (datetime.date | None | Unset):
        name (None | str | Unset):
        journal_name (None | str | Unset):
        date (datetime.date | None | Unset):  Default: datetime.date.fromisoformat('1970-01-01').
        posted (bool | None | Unset):  Default: False.
        due_dates (list[JournalItemDueDatesOut] | None | Unset):
        attachments_info (ItemAttachmentInfoOut | Unset):
        items (list[JournalItemMultiAnalyticPlan] | None | Unset):
    """

    journal_id: str
    id: str
    reference: None | str | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    name: None | str | Unset = UNSET
    journal_name: None | str | Unset = UNSET
    date: datetime.date | None | Unset = datetime.date.fromisoformat("1970-01-01")
    posted: bool | None | Unset = False
    due_dates: list[JournalItemDueDatesOut] | None | Unset = UNSET
    attachments_info: ItemAttachmentInfoOut | Unset = UNSET
    items: list[JournalItemMultiAnalyticPlan] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        journal_id = self.journal_id

        id = self.id

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        journal_name: None | str | Unset
        if isinstance(self.journal_name, Unset):
            journal_name = UNSET
        else:
            journal_name = self.journal_name

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        posted: bool | None | Unset
        if isinstance(self.posted, Unset):
            posted = UNSET
        else:
            posted = self.posted

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

        attachments_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments_info, Unset):
            attachments_info = self.attachments_info.to_dict()

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "journal_id": journal_id,
                "id": id,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if name is not UNSET:
            field_dict["name"] = name
        if journal_name is not UNSET:
            field_dict["journal_name"] = journal_name
        if date is not UNSET:
            field_dict["date"] = date
        if posted is not UNSET:
            field_dict["posted"] = posted
        if due_dates is not UNSET:
            field_dict["due_dates"] = due_dates
        if attachments_info is not UNSET:
            field_dict["attachments_info"] = attachments_info
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("journal_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("journal_id: expected str, got " + type(_v).__name__)
        journal_id = _v

        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_journal_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        journal_name = _parse_journal_name(d.pop("journal_name", UNSET))

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

        def _parse_posted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        posted = _parse_posted(d.pop("posted", UNSET))

        def _parse_due_dates(data: object) -> list[JournalItemDueDatesOut] | None | Unset:
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
                    due_dates_type_0_item = JournalItemDueDatesOut.from_dict(due_dates_type_0_item_data)

                    due_dates_type_0.append(due_dates_type_0_item)

                return due_dates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JournalItemDueDatesOut] | None | Unset, data)

        due_dates = _parse_due_dates(d.pop("due_dates", UNSET))

        _attachments_info = d.pop("attachments_info", UNSET)
        attachments_info: ItemAttachmentInfoOut | Unset
        if isinstance(_attachments_info, Unset):
            attachments_info = UNSET
        else:
            attachments_info = ItemAttachmentInfoOut.from_dict(_attachments_info)

        def _parse_items(data: object) -> list[JournalItemMultiAnalyticPlan] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = JournalItemMultiAnalyticPlan.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JournalItemMultiAnalyticPlan] | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        journal_entry_multi_analytic_plan = cls(
            journal_id=journal_id,
            id=id,
            reference=reference,
            due_date=due_date,
            name=name,
            journal_name=journal_name,
            date=date,
            posted=posted,
            due_dates=due_dates,
            attachments_info=attachments_info,
            items=items,
        )

        journal_entry_multi_analytic_plan.additional_properties = d
        return journal_entry_multi_analytic_plan

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


from ..models.item_attachment_info_out import ItemAttachmentInfoOut
from ..models.journal_item_due_dates_out import JournalItemDueDatesOut
from ..models.journal_item_multi_analytic_plan import JournalItemMultiAnalyticPlan
