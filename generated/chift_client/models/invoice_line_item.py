from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceLineItem")


@_attrs_define
class InvoiceLineItem:
    """
    Attributes:
        unit_price (float):
        quantity (float):
        tax_amount (float):
        untaxed_amount (float):
        total (float):
        description (None | str | Unset):
        discount_amount (float | Unset):  Default: 0.0.
        tax_rate (float | None | Unset):
        account_number (None | str | Unset):
        tax_id (None | str | Unset):
        tax_exemption_reason (None | str | Unset):
        unit_of_measure (None | str | Unset):
        product_id (None | str | Unset):
        product_code (None | str | Unset):
        product_name (None | str | Unset):
    """

    unit_price: float
    quantity: float
    tax_amount: float
    untaxed_amount: float
    total: float
    description: None | str | Unset = UNSET
    discount_amount: float | Unset = 0.0
    tax_rate: float | None | Unset = UNSET
    account_number: None | str | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    tax_exemption_reason: None | str | Unset = UNSET
    unit_of_measure: None | str | Unset = UNSET
    product_id: None | str | Unset = UNSET
    product_code: None | str | Unset = UNSET
    product_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit_price = self.unit_price

        quantity = self.quantity

        tax_amount = self.tax_amount

        untaxed_amount = self.untaxed_amount

        total = self.total

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        discount_amount = self.discount_amount

        tax_rate: float | None | Unset
        if isinstance(self.tax_rate, Unset):
            tax_rate = UNSET
        else:
            tax_rate = self.tax_rate

        account_number: None | str | Unset
        if isinstance(self.account_number, Unset):
            account_number = UNSET
        else:
            account_number = self.account_number

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        tax_exemption_reason: None | str | Unset
        if isinstance(self.tax_exemption_reason, Unset):
            tax_exemption_reason = UNSET
        else:
            tax_exemption_reason = self.tax_exemption_reason

        unit_of_measure: None | str | Unset
        if isinstance(self.unit_of_measure, Unset):
            unit_of_measure = UNSET
        else:
            unit_of_measure = self.unit_of_measure

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        product_code: None | str | Unset
        if isinstance(self.product_code, Unset):
            product_code = UNSET
        else:
            product_code = self.product_code

        product_name: None | str | Unset
        if isinstance(self.product_name, Unset):
            product_name = UNSET
        else:
            product_name = self.product_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unit_price": unit_price,
                "quantity": quantity,
                "tax_amount": tax_amount,
                "untaxed_amount": untaxed_amount,
                "total": total,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_exemption_reason is not UNSET:
            field_dict["tax_exemption_reason"] = tax_exemption_reason
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_code is not UNSET:
            field_dict["product_code"] = product_code
        if product_name is not UNSET:
            field_dict["product_name"] = product_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("unit_price", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("unit_price: expected float, got " + type(_v).__name__)
        unit_price = _v

        _v = d.pop("quantity", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("quantity: expected float, got " + type(_v).__name__)
        quantity = _v

        _v = d.pop("tax_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_amount: expected float, got " + type(_v).__name__)
        tax_amount = _v

        _v = d.pop("untaxed_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("untaxed_amount: expected float, got " + type(_v).__name__)
        untaxed_amount = _v

        _v = d.pop("total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total: expected float, got " + type(_v).__name__)
        total = _v

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _v = d.pop("discount_amount", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("discount_amount: expected float, got " + type(_v).__name__)
        discount_amount = _v

        def _parse_tax_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_rate = _parse_tax_rate(d.pop("tax_rate", UNSET))

        def _parse_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_number = _parse_account_number(d.pop("account_number", UNSET))

        def _parse_tax_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_id = _parse_tax_id(d.pop("tax_id", UNSET))

        def _parse_tax_exemption_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_exemption_reason = _parse_tax_exemption_reason(d.pop("tax_exemption_reason", UNSET))

        def _parse_unit_of_measure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_of_measure = _parse_unit_of_measure(d.pop("unit_of_measure", UNSET))

        def _parse_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_id = _parse_product_id(d.pop("product_id", UNSET))

        def _parse_product_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_code = _parse_product_code(d.pop("product_code", UNSET))

        def _parse_product_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_name = _parse_product_name(d.pop("product_name", UNSET))

        invoice_line_item = cls(
            unit_price=unit_price,
            quantity=quantity,
            tax_amount=tax_amount,
            untaxed_amount=untaxed_amount,
            total=total,
            description=description,
            discount_amount=discount_amount,
            tax_rate=tax_rate,
            account_number=account_number,
            tax_id=tax_id,
            tax_exemption_reason=tax_exemption_reason,
            unit_of_measure=unit_of_measure,
            product_id=product_id,
            product_code=product_code,
            product_name=product_name,
        )

        invoice_line_item.additional_properties = d
        return invoice_line_item

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
