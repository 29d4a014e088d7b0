from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JournalItemDueDatesOut")


@_attrs_define
class JournalItemDueDatesOut:
    """
    Attributes:
        due_date (datetime.date):
        payment_method (None | str | Unset):
        payment_method_id (None | str | Unset):
        debit (float | None | Unset):  Default: 0.0.
        credit (float | None | Unset):  Default: 0.0.
    """

    due_date: datetime.date
    payment_method: None | str | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    debit: float | None | Unset = 0.0
    credit: float | None | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        due_date = self.due_date.isoformat()

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = self.payment_method

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        debit: float | None | Unset
        if isinstance(self.debit, Unset):
            debit = UNSET
        else:
            debit = self.debit

        credit: float | None | Unset
        if isinstance(self.credit, Unset):
            credit = UNSET
        else:
            credit = self.credit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "due_date": due_date,
            }
        )
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if debit is not UNSET:
            field_dict["debit"] = debit
        if credit is not UNSET:
            field_dict["credit"] = credit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        def _parse_payment_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method = _parse_payment_method(d.pop("payment_method", UNSET))

        def _parse_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_id = _parse_payment_method_id(d.pop("payment_method_id", UNSET))

        def _parse_debit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        debit = _parse_debit(d.pop("debit", UNSET))

        def _parse_credit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit = _parse_credit(d.pop("credit", UNSET))

        journal_item_due_dates_out = cls(
            due_date=due_date,
            payment_method=payment_method,
            payment_method_id=payment_method_id,
            debit=debit,
            credit=credit,
        )

        journal_item_due_dates_out.additional_properties = d
        return journal_item_due_dates_out

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
