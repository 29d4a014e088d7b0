from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.financial_movement_fee_type import FinancialMovementFeeType
from ..types import UNSET

T = TypeVar("T", bound="FinancialMovementFeeItem")


@_attrs_define
class FinancialMovementFeeItem:
    """
    Attributes:
        fee_type (FinancialMovementFeeType):
        amount (float):
        currency (str):
        date (datetime.date):
    """

    fee_type: FinancialMovementFeeType
    amount: float
    currency: str
    date: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fee_type = self.fee_type.value

        amount = self.amount

        currency = self.currency

        date = self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fee_type": fee_type,
                "amount": amount,
                "currency": currency,
                "date": date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fee_type = FinancialMovementFeeType(d.pop("fee_type"))

        _v = d.pop("amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("amount: expected float, got " + type(_v).__name__)
        amount = _v

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        date = datetime.date.fromisoformat(d.pop("date"))

        financial_movement_fee_item = cls(
            fee_type=fee_type,
            amount=amount,
            currency=currency,
            date=date,
        )

        financial_movement_fee_item.additional_properties = d
        return financial_movement_fee_item

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
