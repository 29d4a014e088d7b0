from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entry_line_type import EntryLineType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FinancialEntryLineItemOut")


@_attrs_define
class FinancialEntryLineItemOut:
    """
    Attributes:
        account_type (EntryLineType):
        account (str):
        amount (float):
        counterpart_account (str):
        description (None | str | Unset):
        tax_info (None | TaxInfo | Unset):
        automated_matching_number (None | str | Unset):
    """

    account_type: EntryLineType
    account: str
    amount: float
    counterpart_account: str
    description: None | str | Unset = UNSET
    tax_info: None | TaxInfo | Unset = UNSET
    automated_matching_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type.value

        account = self.account

        amount = self.amount

        counterpart_account = self.counterpart_account

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tax_info: dict[str, Any] | None | Unset
        if isinstance(self.tax_info, Unset):
            tax_info = UNSET
        elif isinstance(self.tax_info, TaxInfo):
            tax_info = self.tax_info.to_dict()
        else:
            tax_info = self.tax_info

        automated_matching_number: None | str | Unset
        if isinstance(self.automated_matching_number, Unset):
            automated_matching_number = UNSET
        else:
            automated_matching_number = self.automated_matching_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_type": account_type,
                "account": account,
                "amount": amount,
                "counterpart_account": counterpart_account,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tax_info is not UNSET:
            field_dict["tax_info"] = tax_info
        if automated_matching_number is not UNSET:
            field_dict["automated_matching_number"] = automated_matching_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_type = EntryLineType(d.pop("account_type"))

        _v = d.pop("account", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("account: expected str, got " + type(_v).__name__)
        account = _v

        _v = d.pop("amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("amount: expected float, got " + type(_v).__name__)
        amount = _v

        _v = d.pop("counterpart_account", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("counterpart_account: expected str, got " + type(_v).__name__)
        counterpart_account = _v

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_tax_info(data: object) -> None | TaxInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tax_info_type_0 = TaxInfo.from_dict(data)

                return tax_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaxInfo | Unset, data)

        tax_info = _parse_tax_info(d.pop("tax_info", UNSET))

        def _parse_automated_matching_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        automated_matching_number = _parse_automated_matching_number(
            d.pop("automated_matching_number", UNSET)
        )

        financial_entry_line_item_out = cls(
            account_type=account_type,
            account=account,
            amount=amount,
            counterpart_account=counterpart_account,
            description=description,
            tax_info=tax_info,
            automated_matching_number=automated_matching_number,
        )

        financial_entry_line_item_out.additional_properties = d
        return financial_entry_line_item_out

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


from ..models.tax_info import TaxInfo
