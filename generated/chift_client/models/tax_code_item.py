from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxCodeItem")


@_attrs_define
class TaxCodeItem:
    """
    Attributes:
        id (str):
        name (str):
        rate (float | None | Unset):
        reversed_ (bool | Unset):  Default: False.
        active (bool | Unset):  Default: True.
        deductible_account_number (None | str | Unset):
        payable_account_number (None | str | Unset):
    """

    id: str
    name: str
    rate: float | None | Unset = UNSET
    reversed_: bool | Unset = False
    active: bool | Unset = True
    deductible_account_number: None | str | Unset = UNSET
    payable_account_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        reversed_ = self.reversed_

        active = self.active

        deductible_account_number: None | str | Unset
        if isinstance(self.deductible_account_number, Unset):
            deductible_account_number = UNSET
        else:
            deductible_account_number = self.deductible_account_number

        payable_account_number: None | str | Unset
        if isinstance(self.payable_account_number, Unset):
            payable_account_number = UNSET
        else:
            payable_account_number = self.payable_account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if rate is not UNSET:
            field_dict["rate"] = rate
        if reversed_ is not UNSET:
            field_dict["reversed"] = reversed_
        if active is not UNSET:
            field_dict["active"] = active
        if deductible_account_number is not UNSET:
            field_dict["deductible_account_number"] = deductible_account_number
        if payable_account_number is not UNSET:
            field_dict["payable_account_number"] = payable_account_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        def _parse_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        _v = d.pop("reversed", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("reversed: expected bool, got " + type(_v).__name__)
        reversed_ = _v

        _v = d.pop("active", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("active: expected bool, got " + type(_v).__name__)
        active = _v

        def _parse_deductible_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deductible_account_number = _parse_deductible_account_number(
            d.pop("deductible_account_number", UNSET)
        )

        def _parse_payable_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payable_account_number = _parse_payable_account_number(d.pop("payable_account_number", UNSET))

        tax_code_item = cls(
            id=id,
            name=name,
            rate=rate,
            reversed_=reversed_,
            active=active,
            deductible_account_number=deductible_account_number,
            payable_account_number=payable_account_number,
        )

        tax_code_item.additional_properties = d
        return tax_code_item

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
