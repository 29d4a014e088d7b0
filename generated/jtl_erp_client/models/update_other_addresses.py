from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOtherAddresses")


@_attrs_define
class UpdateOtherAddresses:
    """
    Attributes:
        other_billing_addresses (list[UpdateAddress] | Unset):
        other_shipping_addresses (list[UpdateAddress] | Unset):
        other_customer_addresses (list[UpdateAddress] | Unset):
    """

    other_billing_addresses: list[UpdateAddress] | Unset = UNSET
    other_shipping_addresses: list[UpdateAddress] | Unset = UNSET
    other_customer_addresses: list[UpdateAddress] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        other_billing_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.other_billing_addresses, Unset):
            other_billing_addresses = []
            for other_billing_addresses_item_data in self.other_billing_addresses:
                other_billing_addresses_item = other_billing_addresses_item_data.to_dict()
                other_billing_addresses.append(other_billing_addresses_item)

        other_shipping_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.other_shipping_addresses, Unset):
            other_shipping_addresses = []
            for other_shipping_addresses_item_data in self.other_shipping_addresses:
                other_shipping_addresses_item = other_shipping_addresses_item_data.to_dict()
                other_shipping_addresses.append(other_shipping_addresses_item)

        other_customer_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.other_customer_addresses, Unset):
            other_customer_addresses = []
            for other_customer_addresses_item_data in self.other_customer_addresses:
                other_customer_addresses_item = other_customer_addresses_item_data.to_dict()
                other_customer_addresses.append(other_customer_addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if other_billing_addresses is not UNSET:
            field_dict["OtherBillingAddresses"] = other_billing_addresses
        if other_shipping_addresses is not UNSET:
            field_dict["OtherShippingAddresses"] = other_shipping_addresses
        if other_customer_addresses is not UNSET:
            field_dict["OtherCustomerAddresses"] = other_customer_addresses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("OtherBillingAddresses", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("OtherBillingAddresses: expected list, got " + type(_v).__name__)
        _other_billing_addresses = _v
        other_billing_addresses: list[UpdateAddress] | Unset = UNSET
        if _other_billing_addresses is not UNSET:
            other_billing_addresses = []
            for other_billing_addresses_item_data in _other_billing_addresses:
                other_billing_addresses_item = UpdateAddress.from_dict(other_billing_addresses_item_data)

                other_billing_addresses.append(other_billing_addresses_item)

        _v = d.pop("OtherShippingAddresses", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("OtherShippingAddresses: expected list, got " + type(_v).__name__)
        _other_shipping_addresses = _v
        other_shipping_addresses: list[UpdateAddress] | Unset = UNSET
        if _other_shipping_addresses is not UNSET:
            other_shipping_addresses = []
            for other_shipping_addresses_item_data in _other_shipping_addresses:
                other_shipping_addresses_item = UpdateAddress.from_dict(other_shipping_addresses_item_data)

                other_shipping_addresses.append(other_shipping_addresses_item)

        _v = d.pop("OtherCustomerAddresses", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("OtherCustomerAddresses: expected list, got " + type(_v).__name__)
        _other_customer_addresses = _v
        other_customer_addresses: list[UpdateAddress] | Unset = UNSET
        if _other_customer_addresses is not UNSET:
            other_customer_addresses = []
            for other_customer_addresses_item_data in _other_customer_addresses:
                other_customer_addresses_item = UpdateAddress.from_dict(other_customer_addresses_item_data)

                other_customer_addresses.append(other_customer_addresses_item)

        update_other_addresses = cls(
            other_billing_addresses=other_billing_addresses,
            other_shipping_addresses=other_shipping_addresses,
            other_customer_addresses=other_customer_addresses,
        )

        update_other_addresses.additional_properties = d
        return update_other_addresses

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


from ..models.update_address import UpdateAddress
