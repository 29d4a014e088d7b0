from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpenseItemIn")


@_attrs_define
class ExpenseItemIn:
    """
    Attributes:
        employee_id (str):
        total (float):
        untaxed_amount (float):
        tax_amount (float):
        currency (str):
        date (datetime.date):
        lines (list[ExpenseLineItem]):
        reference (None | str | Unset):
        number (None | str | Unset):
        currency_exchange_rate (float | None | Unset):  Default: 1.0.
        pdf (None | str | Unset):
        pdf_name (None | str | Unset):
    """

    employee_id: str
    total: float
    untaxed_amount: float
    tax_amount: float
    currency: str
    date: datetime.date
    lines: list[ExpenseLineItem]
    reference: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    currency_exchange_rate: float | None | Unset = 1.0
    pdf: None | str | Unset = UNSET
    pdf_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_id = self.employee_id

        total = self.total

        untaxed_amount = self.untaxed_amount

        tax_amount = self.tax_amount

        currency = self.currency

        date = self.date.isoformat()

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "total": total,
                "untaxed_amount": untaxed_amount,
                "tax_amount": tax_amount,
                "currency": currency,
                "date": date,
                "lines": lines,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if number is not UNSET:
            field_dict["number"] = number
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate
        if pdf is not UNSET:
            field_dict["pdf"] = pdf
        if pdf_name is not UNSET:
            field_dict["pdf_name"] = pdf_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("employee_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("employee_id: expected str, got " + type(_v).__name__)
        employee_id = _v

        _v = d.pop("total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total: expected float, got " + type(_v).__name__)
        total = _v

        _v = d.pop("untaxed_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("untaxed_amount: expected float, got " + type(_v).__name__)
        untaxed_amount = _v

        _v = d.pop("tax_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_amount: expected float, got " + type(_v).__name__)
        tax_amount = _v

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        date = datetime.date.fromisoformat(d.pop("date"))

        _v = d.pop("lines", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("lines: expected list, got " + type(_v).__name__)
        lines = []
        _lines = _v
        for lines_item_data in _lines:
            lines_item = ExpenseLineItem.from_dict(lines_item_data)

            lines.append(lines_item)

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

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

        expense_item_in = cls(
            employee_id=employee_id,
            total=total,
            untaxed_amount=untaxed_amount,
            tax_amount=tax_amount,
            currency=currency,
            date=date,
            lines=lines,
            reference=reference,
            number=number,
            currency_exchange_rate=currency_exchange_rate,
            pdf=pdf,
            pdf_name=pdf_name,
        )

        expense_item_in.additional_properties = d
        return expense_item_in

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


from ..models.expense_line_item import ExpenseLineItem
