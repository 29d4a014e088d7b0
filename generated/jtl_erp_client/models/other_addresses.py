from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="OtherAddresses")


@_attrs_define
class OtherAddresses:
    """
    Attributes:
        other_billing_addresses (list[Address]):
        other_shipping_addresses (list[Address]):
        other_customer_addresses (list[Address]):
    """

    other_billing_addresses: list[Address]
    other_shipping_addresses: list[Address]
    other_customer_addresses: list[Address]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        other_billing_addresses = []
        for other_billing_addresses_item_data in self.other_billing_addresses:
            other_billing_addresses_item = other_billing_addresses_item_data.to_dict()
            other_billing_addresses.append(other_billing_addresses_item)

        other_shipping_addresses = []
        for other_shipping_addresses_item_data in self.other_shipping_addresses:
            other_shipping_addresses_item = other_shipping_addresses_item_data.to_dict()
            other_shipping_addresses.append(other_shipping_addresses_item)

        other_customer_addresses = []
        for other_customer_addresses_item_data in self.other_customer_addresses:
            other_customer_addresses_item = other_customer_addresses_item_data.to_dict()
            other_customer_addresses.append(other_customer_addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "OtherBillingAddresses": other_billing_addresses,
                "OtherShippingAddresses": other_shipping_addresses,
                "OtherCustomerAddresses": other_customer_addresses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("OtherBillingAddresses", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("OtherBillingAddresses: expected list, got " + type(_v).__name__)
        other_billing_addresses = []
        _other_billing_addresses = _v
        for other_billing_addresses_item_data in _other_billing_addresses:
            other_billing_addresses_item = Address.from_dict(other_billing_addresses_item_data)

            other_billing_addresses.append(other_billing_addresses_item)

        _v = d.pop("OtherShippingAddresses", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("OtherShippingAddresses: expected list, got " + type(_v).__name__)
        other_shipping_addresses = []
        _other_shipping_addresses = _v
        for other_shipping_addresses_item_data in _other_shipping_addresses:
            other_shipping_addresses_item = Address.from_dict(other_shipping_addresses_item_data)

            other_shipping_addresses.append(other_shipping_addresses_item)

        _v = d.pop("OtherCustomerAddresses", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("OtherCustomerAddresses: expected list, got " + type(_v).__name__)
        other_customer_addresses = []
        _other_customer_addresses = _v
        for other_customer_addresses_item_data in _other_customer_addresses:
            other_customer_addresses_item = Address.from_dict(other_customer_addresses_item_data)

            other_customer_addresses.append(other_customer_addresses_item)

        other_addresses = cls(
            other_billing_addresses=other_billing_addresses,
            other_shipping_addresses=other_shipping_addresses,
            other_customer_addresses=other_customer_addresses,
        )

        other_addresses.additional_properties = d
        return other_addresses

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


from ..models.address import Address
