from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entry_line_type import EntryLineType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenericJournalItem")


@_attrs_define
class GenericJournalItem:
    """
    Attributes:
        account_type (EntryLineType):
        debit (float):
        credit (float):
        account (None | str | Unset):
        force_general_account (None | str | Unset):
        prioritise_thirdparty_account (bool | None | Unset):  Default: False.
        description (None | str | Unset):
        analytic_distribution (list[AnalyticDistribution] | None | Unset):
        tax_code (None | str | Unset):
        tax_info (None | TaxInfo | Unset):
        account_info (AccountToCreate | None | Unset):
    """

    account_type: EntryLineType
    debit: float
    credit: float
    account: None | str | Unset = UNSET
    force_general_account: None | str | Unset = UNSET
    prioritise_thirdparty_account: bool | None | Unset = False
    description: None | str | Unset = UNSET
    analytic_distribution: list[AnalyticDistribution] | None | Unset = UNSET
    tax_code: None | str | Unset = UNSET
    tax_info: None | TaxInfo | Unset = UNSET
    account_info: AccountToCreate | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type.value

        debit = self.debit

        credit = self.credit

        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        force_general_account: None | str | Unset
        if isinstance(self.force_general_account, Unset):
            force_general_account = UNSET
        else:
            force_general_account = self.force_general_account

        prioritise_thirdparty_account: bool | None | Unset
        if isinstance(self.prioritise_thirdparty_account, Unset):
            prioritise_thirdparty_account = UNSET
        else:
            prioritise_thirdparty_account = self.prioritise_thirdparty_account

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        analytic_distribution: list[dict[str, Any]] | None | Unset
        if isinstance(self.analytic_distribution, Unset):
            analytic_distribution = UNSET
        elif isinstance(self.analytic_distribution, list):
            analytic_distribution = []
            for analytic_distribution_type_0_item_data in self.analytic_distribution:
                analytic_distribution_type_0_item = analytic_distribution_type_0_item_data.to_dict()
                analytic_distribution.append(analytic_distribution_type_0_item)

        else:
            analytic_distribution = self.analytic_distribution

        tax_code: None | str | Unset
        if isinstance(self.tax_code, Unset):
            tax_code = UNSET
        else:
            tax_code = self.tax_code

        tax_info: dict[str, Any] | None | Unset
        if isinstance(self.tax_info, Unset):
            tax_info = UNSET
        elif isinstance(self.tax_info, TaxInfo):
            tax_info = self.tax_info.to_dict()
        else:
            tax_info = self.tax_info

        account_info: dict[str, Any] | None | Unset
        if isinstance(self.account_info, Unset):
            account_info = UNSET
        elif isinstance(self.account_info, AccountToCreate):
            account_info = self.account_info.to_dict()
        else:
            account_info = self.account_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_type": account_type,
                "debit": debit,
                "credit": credit,
            }
        )
        if account is not UNSET:
            field_dict["account"] = account
        if force_general_account is not UNSET:
            field_dict["force_general_account"] = force_general_account
        if prioritise_thirdparty_account is not UNSET:
            field_dict["prioritise_thirdparty_account"] = prioritise_thirdparty_account
        if description is not UNSET:
            field_dict["description"] = description
        if analytic_distribution is not UNSET:
            field_dict["analytic_distribution"] = analytic_distribution
        if tax_code is not UNSET:
            field_dict["tax_code"] = tax_code
        if tax_info is not UNSET:
            field_dict["tax_info"] = tax_info
        if account_info is not UNSET:
            field_dict["account_info"] = account_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_type = EntryLineType(d.pop("account_type"))

        _v = d.pop("debit", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("debit: expected float, got " + type(_v).__name__)
        debit = _v

        _v = d.pop("credit", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("credit: expected float, got " + type(_v).__name__)
        credit = _v

        def _parse_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account = _parse_account(d.pop("account", UNSET))

        def _parse_force_general_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        force_general_account = _parse_force_general_account(d.pop("force_general_account", UNSET))

        def _parse_prioritise_thirdparty_account(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        prioritise_thirdparty_account = _parse_prioritise_thirdparty_account(
            d.pop("prioritise_thirdparty_account", UNSET)
        )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_analytic_distribution(data: object) -> list[AnalyticDistribution] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                analytic_distribution_type_0 = []
                _analytic_distribution_type_0 = data
                for analytic_distribution_type_0_item_data in _analytic_distribution_type_0:
                    analytic_distribution_type_0_item = AnalyticDistribution.from_dict(
                        analytic_distribution_type_0_item_data
                    )

                    analytic_distribution_type_0.append(analytic_distribution_type_0_item)

                return analytic_distribution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AnalyticDistribution] | None | Unset, data)

        analytic_distribution = _parse_analytic_distribution(d.pop("analytic_distribution", UNSET))

        def _parse_tax_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_code = _parse_tax_code(d.pop("tax_code", UNSET))

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

        def _parse_account_info(data: object) -> AccountToCreate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_info_type_0 = AccountToCreate.from_dict(data)

                return account_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountToCreate | None | Unset, data)

        account_info = _parse_account_info(d.pop("account_info", UNSET))

        generic_journal_item = cls(
            account_type=account_type,
            debit=debit,
            credit=credit,
            account=account,
            force_general_account=force_general_account,
            prioritise_thirdparty_account=prioritise_thirdparty_account,
            description=description,
            analytic_distribution=analytic_distribution,
            tax_code=tax_code,
            tax_info=tax_info,
            account_info=account_info,
        )

        generic_journal_item.additional_properties = d
        return generic_journal_item

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


from ..models.account_to_create import AccountToCreate
from ..models.analytic_distribution import AnalyticDistribution
from ..models.tax_info import TaxInfo
