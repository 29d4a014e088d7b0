from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="POSCreateCustomerItem")


@_attrs_define
class POSCreateCustomerItem:
    """
    Attributes:
        first_name (str):
        last_name (str):
        phone (None | str | Unset):
        email (None | str | Unset):
        address (None | PostAddressItem | Unset):
    """

    first_name: str
    last_name: str
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    address: None | PostAddressItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, PostAddressItem):
            address = self.address.to_dict()
        else:
            address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("first_name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("first_name: expected str, got " + type(_v).__name__)
        first_name = _v

        _v = d.pop("last_name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("last_name: expected str, got " + type(_v).__name__)
        last_name = _v

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_address(data: object) -> None | PostAddressItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = PostAddressItem.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostAddressItem | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        pos_create_customer_item = cls(
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            email=email,
            address=address,
        )

        pos_create_customer_item.additional_properties = d
        return pos_create_customer_item

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


from ..models.post_address_item import PostAddressItem
