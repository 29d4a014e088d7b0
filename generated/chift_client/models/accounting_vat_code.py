from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_code_scope import VatCodeScope
from ..models.vat_code_type import VatCodeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingVatCode")


@_attrs_define
class AccountingVatCode:
    """
    Attributes:
        id (str):
        label (str):
        rate (float):
        type_ (VatCodeType):
        code (None | str | Unset):
        active (bool | None | Unset):  Default: True.
        scope (None | Unset | VatCodeScope):  Default: VatCodeScope.UNKNOWN.
        deductible_account (None | str | Unset):
        payable_account (None | str | Unset):
        reversed_ (bool | None | Unset):  Default: False.
        withholding_tax (bool | None | Unset):  Default: False.
        country (None | str | Unset):
    """

    id: str
    label: str
    rate: float
    type_: VatCodeType
    code: None | str | Unset = UNSET
    active: bool | None | Unset = True
    scope: None | Unset | VatCodeScope = VatCodeScope.UNKNOWN
    deductible_account: None | str | Unset = UNSET
    payable_account: None | str | Unset = UNSET
    reversed_: bool | None | Unset = False
    withholding_tax: bool | None | Unset = False
    country: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        rate = self.rate

        type_ = self.type_.value

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        elif isinstance(self.scope, VatCodeScope):
            scope = self.scope.value
        else:
            scope = self.scope

        deductible_account: None | str | Unset
        if isinstance(self.deductible_account, Unset):
            deductible_account = UNSET
        else:
            deductible_account = self.deductible_account

        payable_account: None | str | Unset
        if isinstance(self.payable_account, Unset):
            payable_account = UNSET
        else:
            payable_account = self.payable_account

        reversed_: bool | None | Unset
        if isinstance(self.reversed_, Unset):
            reversed_ = UNSET
        else:
            reversed_ = self.reversed_

        withholding_tax: bool | None | Unset
        if isinstance(self.withholding_tax, Unset):
            withholding_tax = UNSET
        else:
            withholding_tax = self.withholding_tax

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
                "rate": rate,
                "type": type_,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if active is not UNSET:
            field_dict["active"] = active
        if scope is not UNSET:
            field_dict["scope"] = scope
        if deductible_account is not UNSET:
            field_dict["deductible_account"] = deductible_account
        if payable_account is not UNSET:
            field_dict["payable_account"] = payable_account
        if reversed_ is not UNSET:
            field_dict["reversed"] = reversed_
        if withholding_tax is not UNSET:
            field_dict["withholding_tax"] = withholding_tax
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("label", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("label: expected str, got " + type(_v).__name__)
        label = _v

        _v = d.pop("rate", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("rate: expected float, got " + type(_v).__name__)
        rate = _v

        type_ = VatCodeType(d.pop("type"))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_scope(data: object) -> None | Unset | VatCodeScope:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scope_type_0 = VatCodeScope(data)

                return scope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VatCodeScope, data)

        scope = _parse_scope(d.pop("scope", UNSET))

        def _parse_deductible_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deductible_account = _parse_deductible_account(d.pop("deductible_account", UNSET))

        def _parse_payable_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payable_account = _parse_payable_account(d.pop("payable_account", UNSET))

        def _parse_reversed_(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reversed_ = _parse_reversed_(d.pop("reversed", UNSET))

        def _parse_withholding_tax(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        withholding_tax = _parse_withholding_tax(d.pop("withholding_tax", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        accounting_vat_code = cls(
            id=id,
            label=label,
            rate=rate,
            type_=type_,
            code=code,
            active=active,
            scope=scope,
            deductible_account=deductible_account,
            payable_account=payable_account,
            reversed_=reversed_,
            withholding_tax=withholding_tax,
            country=country,
        )

        accounting_vat_code.additional_properties = d
        return accounting_vat_code

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
