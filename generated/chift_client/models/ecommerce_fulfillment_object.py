from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ecommerce_fulfillment_type import EcommerceFulfillmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EcommerceFulfillmentObject")


@_attrs_define
class EcommerceFulfillmentObject:
    """
    Attributes:
        fulfillment_type (EcommerceFulfillmentType):
        shipping_from_address (AddressItemOut | None | Unset):
    """

    fulfillment_type: EcommerceFulfillmentType
    shipping_from_address: AddressItemOut | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fulfillment_type = self.fulfillment_type.value

        shipping_from_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_from_address, Unset):
            shipping_from_address = UNSET
        elif isinstance(self.shipping_from_address, AddressItemOut):
            shipping_from_address = self.shipping_from_address.to_dict()
        else:
            shipping_from_address = self.shipping_from_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fulfillment_type": fulfillment_type,
            }
        )
        if shipping_from_address is not UNSET:
            field_dict["shipping_from_address"] = shipping_from_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fulfillment_type = EcommerceFulfillmentType(d.pop("fulfillment_type"))

        def _parse_shipping_from_address(data: object) -> AddressItemOut | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_from_address_type_0 = AddressItemOut.from_dict(data)

                return shipping_from_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressItemOut | None | Unset, data)

        shipping_from_address = _parse_shipping_from_address(d.pop("shipping_from_address", UNSET))

        ecommerce_fulfillment_object = cls(
            fulfillment_type=fulfillment_type,
            shipping_from_address=shipping_from_address,
        )

        ecommerce_fulfillment_object.additional_properties = d
        return ecommerce_fulfillment_object

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


from ..models.address_item_out import AddressItemOut
