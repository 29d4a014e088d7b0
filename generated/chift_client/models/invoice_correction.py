from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceCorrection")


@_attrs_define
class InvoiceCorrection:
    """
    Attributes:
        sale_invoice_correction_tax_code (None | str | Unset):
        purchase_invoice_correction_tax_code (None | str | Unset):
        invoice_correction_credit_account_number (None | str | Unset):
        invoice_correction_debit_account_number (None | str | Unset):
    """

    sale_invoice_correction_tax_code: None | str | Unset = UNSET
    purchase_invoice_correction_tax_code: None | str | Unset = UNSET
    invoice_correction_credit_account_number: None | str | Unset = UNSET
    invoice_correction_debit_account_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sale_invoice_correction_tax_code: None | str | Unset
        if isinstance(self.sale_invoice_correction_tax_code, Unset):
            sale_invoice_correction_tax_code = UNSET
        else:
            sale_invoice_correction_tax_code = self.sale_invoice_correction_tax_code

        purchase_invoice_correction_tax_code: None | str | Unset
        if isinstance(self.purchase_invoice_correction_tax_code, Unset):
            purchase_invoice_correction_tax_code = UNSET
        else:
            purchase_invoice_correction_tax_code = self.purchase_invoice_correction_tax_code

        invoice_correction_credit_account_number: None | str | Unset
        if isinstance(self.invoice_correction_credit_account_number, Unset):
            invoice_correction_credit_account_number = UNSET
        else:
            invoice_correction_credit_account_number = self.invoice_correction_credit_account_number

        invoice_correction_debit_account_number: None | str | Unset
        if isinstance(self.invoice_correction_debit_account_number, Unset):
            invoice_correction_debit_account_number = UNSET
        else:
            invoice_correction_debit_account_number = self.invoice_correction_debit_account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sale_invoice_correction_tax_code is not UNSET:
            field_dict["sale_invoice_correction_tax_code"] = sale_invoice_correction_tax_code
        if purchase_invoice_correction_tax_code is not UNSET:
            field_dict["purchase_invoice_correction_tax_code"] = purchase_invoice_correction_tax_code
        if invoice_correction_credit_account_number is not UNSET:
            field_dict["invoice_correction_credit_account_number"] = invoice_correction_credit_account_number
        if invoice_correction_debit_account_number is not UNSET:
            field_dict["invoice_correction_debit_account_number"] = invoice_correction_debit_account_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_sale_invoice_correction_tax_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sale_invoice_correction_tax_code = _parse_sale_invoice_correction_tax_code(
            d.pop("sale_invoice_correction_tax_code", UNSET)
        )

        def _parse_purchase_invoice_correction_tax_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchase_invoice_correction_tax_code = _parse_purchase_invoice_correction_tax_code(
            d.pop("purchase_invoice_correction_tax_code", UNSET)
        )

        def _parse_invoice_correction_credit_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_correction_credit_account_number = _parse_invoice_correction_credit_account_number(
            d.pop("invoice_correction_credit_account_number", UNSET)
        )

        def _parse_invoice_correction_debit_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_correction_debit_account_number = _parse_invoice_correction_debit_account_number(
            d.pop("invoice_correction_debit_account_number", UNSET)
        )

        invoice_correction = cls(
            sale_invoice_correction_tax_code=sale_invoice_correction_tax_code,
            purchase_invoice_correction_tax_code=purchase_invoice_correction_tax_code,
            invoice_correction_credit_account_number=invoice_correction_credit_account_number,
            invoice_correction_debit_account_number=invoice_correction_debit_account_number,
        )

        invoice_correction.additional_properties = d
        return invoice_correction

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
