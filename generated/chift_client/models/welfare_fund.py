from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.welfare_fund_type import WelfareFundType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WelfareFund")


@_attrs_define
class WelfareFund:
    """
    Attributes:
        rate (float):
        amount (float):
        type_ (None | Unset | WelfareFundType):
    """

    rate: float
    amount: float
    type_: None | Unset | WelfareFundType = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate = self.rate

        amount = self.amount

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, WelfareFundType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rate": rate,
                "amount": amount,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("rate", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("rate: expected float, got " + type(_v).__name__)
        rate = _v

        _v = d.pop("amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("amount: expected float, got " + type(_v).__name__)
        amount = _v

        def _parse_type_(data: object) -> None | Unset | WelfareFundType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = WelfareFundType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WelfareFundType, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        welfare_fund = cls(
            rate=rate,
            amount=amount,
            type_=type_,
        )

        welfare_fund.additional_properties = d
        return welfare_fund

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
