from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateItemMinimumPurchaseQuantityForCustomerGroup")


@_attrs_define
class CreateItemMinimumPurchaseQuantityForCustomerGroup:
    """
    Attributes:
        customer_group_id (int):  Example: 3.
        permissible_order_quantity (float | Unset):  Example: 149.99.
        minimum_purchase_quantity (float | Unset):  Example: 1.
        is_active (bool | Unset):  Example: True.
    """

    customer_group_id: int
    permissible_order_quantity: float | Unset = UNSET
    minimum_purchase_quantity: float | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_group_id = self.customer_group_id

        permissible_order_quantity = self.permissible_order_quantity

        minimum_purchase_quantity = self.minimum_purchase_quantity

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CustomerGroupId": customer_group_id,
            }
        )
        if permissible_order_quantity is not UNSET:
            field_dict["PermissibleOrderQuantity"] = permissible_order_quantity
        if minimum_purchase_quantity is not UNSET:
            field_dict["MinimumPurchaseQuantity"] = minimum_purchase_quantity
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("CustomerGroupId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CustomerGroupId: expected int, got " + type(_v).__name__)
        customer_group_id = _v

        _v = d.pop("PermissibleOrderQuantity", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("PermissibleOrderQuantity: expected float, got " + type(_v).__name__)
        permissible_order_quantity = _v

        _v = d.pop("MinimumPurchaseQuantity", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("MinimumPurchaseQuantity: expected float, got " + type(_v).__name__)
        minimum_purchase_quantity = _v

        _v = d.pop("IsActive", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("IsActive: expected bool, got " + type(_v).__name__)
        is_active = _v

        create_item_minimum_purchase_quantity_for_customer_group = cls(
            customer_group_id=customer_group_id,
            permissible_order_quantity=permissible_order_quantity,
            minimum_purchase_quantity=minimum_purchase_quantity,
            is_active=is_active,
        )

        create_item_minimum_purchase_quantity_for_customer_group.additional_properties = d
        return create_item_minimum_purchase_quantity_for_customer_group

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
