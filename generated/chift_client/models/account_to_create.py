from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="AccountToCreate")


@_attrs_define
class AccountToCreate:
    """
    Attributes:
        account_number (str):
        account_name (str):
    """

    account_number: str
    account_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_number = self.account_number

        account_name = self.account_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_number": account_number,
                "account_name": account_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("account_number", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("account_number: expected str, got " + type(_v).__name__)
        account_number = _v

        _v = d.pop("account_name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("account_name: expected str, got " + type(_v).__name__)
        account_name = _v

        account_to_create = cls(
            account_number=account_number,
            account_name=account_name,
        )

        account_to_create.additional_properties = d
        return account_to_create

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
