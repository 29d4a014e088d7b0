from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.miscellaneous_operation_line_type import MiscellaneousOperationLineType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MiscellaneousOperationLine")


@_attrs_define
class MiscellaneousOperationLine:
    """
    Attributes:
        amount (float):
        type_ (MiscellaneousOperationLineType):
        account_number (str):
        line_number (int | None | Unset):  Default: 1.
        description (None | str | Unset):
        partner_id (None | str | Unset):
        analytic_account (None | str | Unset):
    """

    amount: float
    type_: MiscellaneousOperationLineType
    account_number: str
    line_number: int | None | Unset = 1
    description: None | str | Unset = UNSET
    partner_id: None | str | Unset = UNSET
    analytic_account: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        type_ = self.type_.value

        account_number = self.account_number

        line_number: int | None | Unset
        if isinstance(self.line_number, Unset):
            line_number = UNSET
        else:
            line_number = self.line_number

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        analytic_account: None | str | Unset
        if isinstance(self.analytic_account, Unset):
            analytic_account = UNSET
        else:
            analytic_account = self.analytic_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "type": type_,
                "account_number": account_number,
            }
        )
        if line_number is not UNSET:
            field_dict["line_number"] = line_number
        if description is not UNSET:
            field_dict["description"] = description
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if analytic_account is not UNSET:
            field_dict["analytic_account"] = analytic_account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("amount: expected float, got " + type(_v).__name__)
        amount = _v

        type_ = MiscellaneousOperationLineType(d.pop("type"))

        _v = d.pop("account_number", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("account_number: expected str, got " + type(_v).__name__)
        account_number = _v

        def _parse_line_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        line_number = _parse_line_number(d.pop("line_number", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_partner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))

        def _parse_analytic_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        analytic_account = _parse_analytic_account(d.pop("analytic_account", UNSET))

        miscellaneous_operation_line = cls(
            amount=amount,
            type_=type_,
            account_number=account_number,
            line_number=line_number,
            description=description,
            partner_id=partner_id,
            analytic_account=analytic_account,
        )

        miscellaneous_operation_line.additional_properties = d
        return miscellaneous_operation_line

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
