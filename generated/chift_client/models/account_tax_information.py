from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_tax_mode import AccountTaxMode
from ..types import UNSET

T = TypeVar("T", bound="AccountTaxInformation")


@_attrs_define
class AccountTaxInformation:
    """
    Attributes:
        tax_codes (list[AccountTaxCode]):
        mode (AccountTaxMode):
    """

    tax_codes: list[AccountTaxCode]
    mode: AccountTaxMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_codes = []
        for tax_codes_item_data in self.tax_codes:
            tax_codes_item = tax_codes_item_data.to_dict()
            tax_codes.append(tax_codes_item)

        mode = self.mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tax_codes": tax_codes,
                "mode": mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("tax_codes", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("tax_codes: expected list, got " + type(_v).__name__)
        tax_codes = []
        _tax_codes = _v
        for tax_codes_item_data in _tax_codes:
            tax_codes_item = AccountTaxCode.from_dict(tax_codes_item_data)

            tax_codes.append(tax_codes_item)

        mode = AccountTaxMode(d.pop("mode"))

        account_tax_information = cls(
            tax_codes=tax_codes,
            mode=mode,
        )

        account_tax_information.additional_properties = d
        return account_tax_information

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


from ..models.account_tax_code import AccountTaxCode
