from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpenseLineItem")


@_attrs_define
class ExpenseLineItem:
    """
    Attributes:
        total (float):
        untaxed_amount (float):
        tax_amount (float):
        account_number (str):
        tax_rate (float):
        tax_id (str):
        description (None | str | Unset):
    """

    total: float
    untaxed_amount: float
    tax_amount: float
    account_number: str
    tax_rate: float
    tax_id: str
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        untaxed_amount = self.untaxed_amount

        tax_amount = self.tax_amount

        account_number = self.account_number

        tax_rate = self.tax_rate

        tax_id = self.tax_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "untaxed_amount": untaxed_amount,
                "tax_amount": tax_amount,
                "account_number": account_number,
                "tax_rate": tax_rate,
                "tax_id": tax_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        _v = d.pop("account_number", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("account_number: expected str, got " + type(_v).__name__)
        account_number = _v

        _v = d.pop("tax_rate", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_rate: expected float, got " + type(_v).__name__)
        tax_rate = _v

        _v = d.pop("tax_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("tax_id: expected str, got " + type(_v).__name__)
        tax_id = _v

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        expense_line_item = cls(
            total=total,
            untaxed_amount=untaxed_amount,
            tax_amount=tax_amount,
            account_number=account_number,
            tax_rate=tax_rate,
            tax_id=tax_id,
            description=description,
        )

        expense_line_item.additional_properties = d
        return expense_line_item

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
