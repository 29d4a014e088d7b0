from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ItemQuantities")


@_attrs_define
class ItemQuantities:
    """
    Attributes:
        minimum_order_quantity (float):  Example: 0.
        minimum_purchase_quantity_for_customer_group (list[ItemMinimumPurchaseQuantityForCustomerGroup]):
        permissible_order_quantity (float):  Example: 0.
    """

    minimum_order_quantity: float
    minimum_purchase_quantity_for_customer_group: list[ItemMinimumPurchaseQuantityForCustomerGroup]
    permissible_order_quantity: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        minimum_order_quantity = self.minimum_order_quantity

        minimum_purchase_quantity_for_customer_group = []
        for (
            minimum_purchase_quantity_for_customer_group_item_data
        ) in self.minimum_purchase_quantity_for_customer_group:
            minimum_purchase_quantity_for_customer_group_item = (
                minimum_purchase_quantity_for_customer_group_item_data.to_dict()
            )
            minimum_purchase_quantity_for_customer_group.append(
                minimum_purchase_quantity_for_customer_group_item
            )

        permissible_order_quantity = self.permissible_order_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MinimumOrderQuantity": minimum_order_quantity,
                "MinimumPurchaseQuantityForCustomerGroup": minimum_purchase_quantity_for_customer_group,
                "PermissibleOrderQuantity": permissible_order_quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("MinimumOrderQuantity", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("MinimumOrderQuantity: expected float, got " + type(_v).__name__)
        minimum_order_quantity = _v

        _v = d.pop("MinimumPurchaseQuantityForCustomerGroup", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError(
                "MinimumPurchaseQuantityForCustomerGroup: expected list, got " + type(_v).__name__
            )
        minimum_purchase_quantity_for_customer_group = []
        _minimum_purchase_quantity_for_customer_group = _v
        for (
            minimum_purchase_quantity_for_customer_group_item_data
        ) in _minimum_purchase_quantity_for_customer_group:
            minimum_purchase_quantity_for_customer_group_item = (
                ItemMinimumPurchaseQuantityForCustomerGroup.from_dict(
                    minimum_purchase_quantity_for_customer_group_item_data
                )
            )

            minimum_purchase_quantity_for_customer_group.append(
                minimum_purchase_quantity_for_customer_group_item
            )

        _v = d.pop("PermissibleOrderQuantity", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("PermissibleOrderQuantity: expected float, got " + type(_v).__name__)
        permissible_order_quantity = _v

        item_quantities = cls(
            minimum_order_quantity=minimum_order_quantity,
            minimum_purchase_quantity_for_customer_group=minimum_purchase_quantity_for_customer_group,
            permissible_order_quantity=permissible_order_quantity,
        )

        item_quantities.additional_properties = d
        return item_quantities

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


from ..models.item_minimum_purchase_quantity_for_customer_group import (
    ItemMinimumPurchaseQuantityForCustomerGroup,
)
