from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_item_type import AccountItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LedgerAccountItemIn")


@_attrs_define
class LedgerAccountItemIn:
    """
    Attributes:
        name (str):
        number (str):
        type_ (AccountItemType | None | Unset):  Default: AccountItemType.OTHER.
    """

    name: str
    number: str
    type_: AccountItemType | None | Unset = AccountItemType.OTHER
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        number = self.number

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AccountItemType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "number": number,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("number", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("number: expected str, got " + type(_v).__name__)
        number = _v

        def _parse_type_(data: object) -> AccountItemType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = AccountItemType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountItemType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        ledger_account_item_in = cls(
            name=name,
            number=number,
            type_=type_,
        )

        ledger_account_item_in.additional_properties = d
        return ledger_account_item_in

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
