from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.miscellaneous_operation_status_out import MiscellaneousOperationStatusOut
from ..types import UNSET, Unset

T = TypeVar("T", bound="MiscellaneousOperationOut")


@_attrs_define
class MiscellaneousOperationOut:
    """
    Attributes:
        currency (str):
        lines (list[MiscellaneousOperationLine]):
        journal_id (str):
        status (MiscellaneousOperationStatusOut):
        id (str):
        operation_number (None | str | Unset):
        currency_exchange_rate (float | None | Unset):  Default: 1.0.
        operation_date (datetime.date | None | Unset):  Default: datetime.date.fromisoformat('1970-01-01').
    """

    currency: str
    lines: list[MiscellaneousOperationLine]
    journal_id: str
    status: MiscellaneousOperationStatusOut
    id: str
    operation_number: None | str | Unset = UNSET
    currency_exchange_rate: float | None | Unset = 1.0
    operation_date: datetime.date | None | Unset = datetime.date.fromisoformat("1970-01-01")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        journal_id = self.journal_id

        status = self.status.value

        id = self.id

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

        operation_date: None | str | Unset
        if isinstance(self.operation_date, Unset):
            operation_date = UNSET
        elif isinstance(self.operation_date, datetime.date):
            operation_date = self.operation_date.isoformat()
        else:
            operation_date = self.operation_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "lines": lines,
                "journal_id": journal_id,
                "status": status,
                "id": id,
            }
        )
        if operation_number is not UNSET:
            field_dict["operation_number"] = operation_number
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate
        if operation_date is not UNSET:
            field_dict["operation_date"] = operation_date

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

        _v = d.pop("journal_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("journal_id: expected str, got " + type(_v).__name__)
        journal_id = _v

        status = MiscellaneousOperationStatusOut(d.pop("status"))

        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

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

        def _parse_operation_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operation_date_type_0 = datetime.date.fromisoformat(data)

                return operation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        operation_date = _parse_operation_date(d.pop("operation_date", UNSET))

        miscellaneous_operation_out = cls(
            currency=currency,
            lines=lines,
            journal_id=journal_id,
            status=status,
            id=id,
            operation_number=operation_number,
            currency_exchange_rate=currency_exchange_rate,
            operation_date=operation_date,
        )

        miscellaneous_operation_out.additional_properties = d
        return miscellaneous_operation_out

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
