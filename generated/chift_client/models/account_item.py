from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_item_type import AccountItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountItem")


@_attrs_define
class AccountItem:
    """
    Attributes:
        number (str):
        name (str):
        active (bool | None | Unset):  Default: True.
        type_ (AccountItemType | None | Unset):
        scheme_ids (list[str] | None | Unset):
        accounting_category (None | str | Unset):
        tax_information (AccountTaxInformation | None | Unset):
    """

    number: str
    name: str
    active: bool | None | Unset = True
    type_: AccountItemType | None | Unset = UNSET
    scheme_ids: list[str] | None | Unset = UNSET
    accounting_category: None | str | Unset = UNSET
    tax_information: AccountTaxInformation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        name = self.name

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AccountItemType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        scheme_ids: list[str] | None | Unset
        if isinstance(self.scheme_ids, Unset):
            scheme_ids = UNSET
        elif isinstance(self.scheme_ids, list):
            scheme_ids = self.scheme_ids

        else:
            scheme_ids = self.scheme_ids

        accounting_category: None | str | Unset
        if isinstance(self.accounting_category, Unset):
            accounting_category = UNSET
        else:
            accounting_category = self.accounting_category

        tax_information: dict[str, Any] | None | Unset
        if isinstance(self.tax_information, Unset):
            tax_information = UNSET
        elif isinstance(self.tax_information, AccountTaxInformation):
            tax_information = self.tax_information.to_dict()
        else:
            tax_information = self.tax_information

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "name": name,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if type_ is not UNSET:
            field_dict["type"] = type_
        if scheme_ids is not UNSET:
            field_dict["scheme_ids"] = scheme_ids
        if accounting_category is not UNSET:
            field_dict["accounting_category"] = accounting_category
        if tax_information is not UNSET:
            field_dict["tax_information"] = tax_information

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("number", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("number: expected str, got " + type(_v).__name__)
        number = _v

        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

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

        def _parse_scheme_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scheme_ids_type_0 = cast(list[str], data)

                return scheme_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        scheme_ids = _parse_scheme_ids(d.pop("scheme_ids", UNSET))

        def _parse_accounting_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accounting_category = _parse_accounting_category(d.pop("accounting_category", UNSET))

        def _parse_tax_information(data: object) -> AccountTaxInformation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tax_information_type_0 = AccountTaxInformation.from_dict(data)

                return tax_information_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountTaxInformation | None | Unset, data)

        tax_information = _parse_tax_information(d.pop("tax_information", UNSET))

        account_item = cls(
            number=number,
            name=name,
            active=active,
            type_=type_,
            scheme_ids=scheme_ids,
            accounting_category=accounting_category,
            tax_information=tax_information,
        )

        account_item.additional_properties = d
        return account_item

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


from ..models.account_tax_information import AccountTaxInformation
