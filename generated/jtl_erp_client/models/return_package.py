from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReturnPackage")


@_attrs_define
class ReturnPackage:
    """
    Attributes:
        id (int):  Example: 1123.
        return_id (int):  Example: 12.
        tracking_id (str):  Example: JJD0099999999.
        shipping_method_id (int | Unset):  Example: 3.
        shipping_method_custom (str | Unset):  Example: DHL.
    """

    id: int
    return_id: int
    tracking_id: str
    shipping_method_id: int | Unset = UNSET
    shipping_method_custom: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        return_id = self.return_id

        tracking_id = self.tracking_id

        shipping_method_id = self.shipping_method_id

        shipping_method_custom = self.shipping_method_custom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "ReturnId": return_id,
                "TrackingID": tracking_id,
            }
        )
        if shipping_method_id is not UNSET:
            field_dict["ShippingMethodId"] = shipping_method_id
        if shipping_method_custom is not UNSET:
            field_dict["ShippingMethodCustom"] = shipping_method_custom

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Id", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Id: expected int, got " + type(_v).__name__)
        id = _v

        _v = d.pop("ReturnId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ReturnId: expected int, got " + type(_v).__name__)
        return_id = _v

        _v = d.pop("TrackingID", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("TrackingID: expected str, got " + type(_v).__name__)
        tracking_id = _v

        _v = d.pop("ShippingMethodId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("ShippingMethodId: expected int, got " + type(_v).__name__)
        shipping_method_id = _v

        _v = d.pop("ShippingMethodCustom", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("ShippingMethodCustom: expected str, got " + type(_v).__name__)
        shipping_method_custom = _v

        return_package = cls(
            id=id,
            return_id=return_id,
            tracking_id=tracking_id,
            shipping_method_id=shipping_method_id,
            shipping_method_custom=shipping_method_custom,
        )

        return_package.additional_properties = d
        return return_package

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
