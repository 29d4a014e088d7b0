from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accounting_data_line_item_type import AccountingDataLineItemType
from ..types import UNSET

T = TypeVar("T", bound="AccountingDataLineItem")


@_attrs_define
class AccountingDataLineItem:
    """
    Attributes:
        item_id (int):  Example: 1.
        type_ (AccountingDataLineItemType):  Example: 5.
        name (str):  Example: USB Headset.
        tax_class_id (int):  Example: 1.
        general_ledger_account (str):  Example: 4300.
        quantity (float):  Example: 1.
        vat_rate (float):  Example: 19.
        vat_amount (float):  Example: 24.99.
        total_discount_gross_amount (float):  Example: 3.
        total_discount_net_amount (float):  Example: 2.43.
        total_gross_amount (float):  Example: 19.99.
        total_net_amount (float):  Example: 16.19.
        sort_order (int):  Example: 1.
    """

    item_id: int
    type_: AccountingDataLineItemType
    name: str
    tax_class_id: int
    general_ledger_account: str
    quantity: float
    vat_rate: float
    vat_amount: float
    total_discount_gross_amount: float
    total_discount_net_amount: float
    total_gross_amount: float
    total_net_amount: float
    sort_order: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        type_ = self.type_.value

        name = self.name

        tax_class_id = self.tax_class_id

        general_ledger_account = self.general_ledger_account

        quantity = self.quantity

        vat_rate = self.vat_rate

        vat_amount = self.vat_amount

        total_discount_gross_amount = self.total_discount_gross_amount

        total_discount_net_amount = self.total_discount_net_amount

        total_gross_amount = self.total_gross_amount

        total_net_amount = self.total_net_amount

        sort_order = self.sort_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ItemId": item_id,
                "Type": type_,
                "Name": name,
                "TaxClassId": tax_class_id,
                "GeneralLedgerAccount": general_ledger_account,
                "Quantity": quantity,
                "VatRate": vat_rate,
                "VatAmount": vat_amount,
                "TotalDiscountGrossAmount": total_discount_gross_amount,
                "TotalDiscountNetAmount": total_discount_net_amount,
                "TotalGrossAmount": total_gross_amount,
                "TotalNetAmount": total_net_amount,
                "SortOrder": sort_order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("ItemId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ItemId: expected int, got " + type(_v).__name__)
        item_id = _v

        type_ = AccountingDataLineItemType(d.pop("Type"))

        _v = d.pop("Name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("TaxClassId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("TaxClassId: expected int, got " + type(_v).__name__)
        tax_class_id = _v

        _v = d.pop("GeneralLedgerAccount", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("GeneralLedgerAccount: expected str, got " + type(_v).__name__)
        general_ledger_account = _v

        _v = d.pop("Quantity", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("Quantity: expected float, got " + type(_v).__name__)
        quantity = _v

        _v = d.pop("VatRate", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("VatRate: expected float, got " + type(_v).__name__)
        vat_rate = _v

        _v = d.pop("VatAmount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("VatAmount: expected float, got " + type(_v).__name__)
        vat_amount = _v

        _v = d.pop("TotalDiscountGrossAmount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("TotalDiscountGrossAmount: expected float, got " + type(_v).__name__)
        total_discount_gross_amount = _v

        _v = d.pop("TotalDiscountNetAmount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("TotalDiscountNetAmount: expected float, got " + type(_v).__name__)
        total_discount_net_amount = _v

        _v = d.pop("TotalGrossAmount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("TotalGrossAmount: expected float, got " + type(_v).__name__)
        total_gross_amount = _v

        _v = d.pop("TotalNetAmount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("TotalNetAmount: expected float, got " + type(_v).__name__)
        total_net_amount = _v

        _v = d.pop("SortOrder", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("SortOrder: expected int, got " + type(_v).__name__)
        sort_order = _v

        accounting_data_line_item = cls(
            item_id=item_id,
            type_=type_,
            name=name,
            tax_class_id=tax_class_id,
            general_ledger_account=general_ledger_account,
            quantity=quantity,
            vat_rate=vat_rate,
            vat_amount=vat_amount,
            total_discount_gross_amount=total_discount_gross_amount,
            total_discount_net_amount=total_discount_net_amount,
            total_gross_amount=total_gross_amount,
            total_net_amount=total_net_amount,
            sort_order=sort_order,
        )

        accounting_data_line_item.additional_properties = d
        return accounting_data_line_item

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
