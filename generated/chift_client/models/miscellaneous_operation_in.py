from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.miscellaneous_operation_status_in import MiscellaneousOperationStatusIn
from ..types import UNSET, Unset

T = TypeVar("T", bound="MiscellaneousOperationIn")


@_attrs_define
class MiscellaneousOperationIn:
    """
    Attributes:
        currency (str):
        lines (list[MiscellaneousOperationLine]):
        operation_date (datetime.date):
        operation_number (None | str | Unset):
        currency_exchange_rate (float | None | Unset):  Default: 1.0.
        journal_id (None | str | Unset):
        status (MiscellaneousOperationStatusIn | None | Unset):  Default: MiscellaneousOperationStatusIn.POSTED.
    """

    currency: str
    lines: list[MiscellaneousOperationLine]
    operation_date: datetime.date
    operation_number: None | str | Unset = UNSET
    currency_exchange_rate: float | None | Unset = 1.0
    journal_id: None | str | Unset = UNSET
    status: MiscellaneousOperationStatusIn | None | Unset = MiscellaneousOperationStatusIn.POSTED
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        operation_date = self.operation_date.isoformat()

        operation_number: None | str | Unset
        if isinstance(self.operation_number, Unset):
            operation_number = UNSET
        else:
            operation_number = self.operation_number

        currency_exchange_rate: float | None | Unset
        if isinstance(self.currency_exchange_rate, Unset):
            currency_exchange_rate = UNSET
        else:
            currency_exchange_rate = self.currency_exchange_rate

        journal_id: None | str | Unset
        if isinstance(self.journal_id, Unset):
            journal_id = UNSET
        else:
            journal_id = self.journal_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, MiscellaneousOperationStatusIn):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "lines": lines,
                "operation_date": operation_date,
            }
        )
        if operation_number is not UNSET:
            field_dict["operation_number"] = operation_number
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate
        if journal_id is not UNSET:
            field_dict["journal_id"] = journal_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        _v = d.pop("lines", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("lines: expected list, got " + type(_v).__name__)
        lines = []
        _lines = _v
        for lines_item_data in _lines:
            lines_item = MiscellaneousOperationLine.from_dict(lines_item_data)

            lines.append(lines_item)

        operation_date = datetime.date.fromisoformat(d.pop("operation_date"))

        def _parse_operation_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_number = _parse_operation_number(d.pop("operation_number", UNSET))

        def _parse_currency_exchange_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        currency_exchange_rate = _parse_currency_exchange_rate(d.pop("currency_exchange_rate", UNSET))

        def _parse_journal_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        journal_id = _parse_journal_id(d.pop("journal_id", UNSET))

        def _parse_status(data: object) -> MiscellaneousOperationStatusIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = MiscellaneousOperationStatusIn(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MiscellaneousOperationStatusIn | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        miscellaneous_operation_in = cls(
            currency=currency,
            lines=lines,
            operation_date=operation_date,
            operation_number=operation_number,
            currency_exchange_rate=currency_exchange_rate,
            journal_id=journal_id,
            status=status,
        )

        miscellaneous_operation_in.additional_properties = d
        return miscellaneous_operation_in

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


from ..models.miscellaneous_operation_line import MiscellaneousOperationLine
