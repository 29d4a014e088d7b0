from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="TransactionStatus")


@_attrs_define
class TransactionStatus:
    """
    Attributes:
        id (int):  Example: 13.
        name (str):  Example: Neuer Vorgangsstatus.
        is_valid_for_sales_quotation (bool):  Example: False.
        is_valid_for_sales_order (bool):  Example: True.
        is_valid_for_subscription (bool):  Example: False.
    """

    id: int
    name: str
    is_valid_for_sales_quotation: bool
    is_valid_for_sales_order: bool
    is_valid_for_subscription: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        is_valid_for_sales_quotation = self.is_valid_for_sales_quotation

        is_valid_for_sales_order = self.is_valid_for_sales_order

        is_valid_for_subscription = self.is_valid_for_subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Name": name,
                "IsValidForSalesQuotation": is_valid_for_sales_quotation,
                "IsValidForSalesOrder": is_valid_for_sales_order,
                "IsValidForSubscription": is_valid_for_subscription,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Id", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Id: expected int, got " + type(_v).__name__)
        id = _v

        _v = d.pop("Name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("IsValidForSalesQuotation", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsValidForSalesQuotation: expected bool, got " + type(_v).__name__)
        is_valid_for_sales_quotation = _v

        _v = d.pop("IsValidForSalesOrder", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsValidForSalesOrder: expected bool, got " + type(_v).__name__)
        is_valid_for_sales_order = _v

        _v = d.pop("IsValidForSubscription", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsValidForSubscription: expected bool, got " + type(_v).__name__)
        is_valid_for_subscription = _v

        transaction_status = cls(
            id=id,
            name=name,
            is_valid_for_sales_quotation=is_valid_for_sales_quotation,
            is_valid_for_sales_order=is_valid_for_sales_order,
            is_valid_for_subscription=is_valid_for_subscription,
        )

        transaction_status.additional_properties = d
        return transaction_status

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
