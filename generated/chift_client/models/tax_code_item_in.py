from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxCodeItemIn")


@_attrs_define
class TaxCodeItemIn:
    """
    Attributes:
        code (str):
        name (str):
        rate (float | None | Unset):
        reversed_ (bool | Unset):  Default: False.
    """

    code: str
    name: str
    rate: float | None | Unset = UNSET
    reversed_: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        reversed_ = self.reversed_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
            }
        )
        if rate is not UNSET:
            field_dict["rate"] = rate
        if reversed_ is not UNSET:
            field_dict["reversed"] = reversed_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("code", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("code: expected str, got " + type(_v).__name__)
        code = _v

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

        tax_code_item_in = cls(
            code=code,
            name=name,
            rate=rate,
            reversed_=reversed_,
        )

        tax_code_item_in.additional_properties = d
        return tax_code_item_in

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
