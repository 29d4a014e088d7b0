from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxInfo")


@_attrs_define
class TaxInfo:
    """
    Attributes:
        tax_code (str):
        tax_amount (float):
        vat_account (None | str | Unset):
        reversed_vat_account (None | str | Unset):
        description (None | str | Unset):
    """

    tax_code: str
    tax_amount: float
    vat_account: None | str | Unset = UNSET
    reversed_vat_account: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_code = self.tax_code

        tax_amount = self.tax_amount

        vat_account: None | str | Unset
        if isinstance(self.vat_account, Unset):
            vat_account = UNSET
        else:
            vat_account = self.vat_account

        reversed_vat_account: None | str | Unset
        if isinstance(self.reversed_vat_account, Unset):
            reversed_vat_account = UNSET
        else:
            reversed_vat_account = self.reversed_vat_account

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tax_code": tax_code,
                "tax_amount": tax_amount,
            }
        )
        if vat_account is not UNSET:
            field_dict["vat_account"] = vat_account
        if reversed_vat_account is not UNSET:
            field_dict["reversed_vat_account"] = reversed_vat_account
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("tax_code", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("tax_code: expected str, got " + type(_v).__name__)
        tax_code = _v

        _v = d.pop("tax_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_amount: expected float, got " + type(_v).__name__)
        tax_amount = _v

        def _parse_vat_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vat_account = _parse_vat_account(d.pop("vat_account", UNSET))

        def _parse_reversed_vat_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reversed_vat_account = _parse_reversed_vat_account(d.pop("reversed_vat_account", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        tax_info = cls(
            tax_code=tax_code,
            tax_amount=tax_amount,
            vat_account=vat_account,
            reversed_vat_account=reversed_vat_account,
            description=description,
        )

        tax_info.additional_properties = d
        return tax_info

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
