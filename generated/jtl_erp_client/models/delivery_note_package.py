from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="DeliveryNotePackage")


@_attrs_define
class DeliveryNotePackage:
    """
    Attributes:
        id (int):  Example: 65475.
        package_date (datetime.datetime):  Example: 2023-02-01T12:45:00.0000000+00:00.
        tracking_id (str):  Example: JJD0099999999.
        weights (float):  Example: 5.
        shipping_method_id (int):  Example: 3.
        shipped_date (datetime.datetime):  Example: 2023-02-01T12:45:00.0000000+00:00.
        tracking_url (str):  Example: https://nolp.dhl.de/nextt-online-
            public/set_identcodes.do?lang=de&idc=JJD0099999999.
        comment (str):  Example: Shipping Comment.
    """

    id: int
    package_date: datetime.datetime
    tracking_id: str
    weights: float
    shipping_method_id: int
    shipped_date: datetime.datetime
    tracking_url: str
    comment: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        package_date = self.package_date.isoformat()

        tracking_id = self.tracking_id

        weights = self.weights

        shipping_method_id = self.shipping_method_id

        shipped_date = self.shipped_date.isoformat()

        tracking_url = self.tracking_url

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "PackageDate": package_date,
                "TrackingID": tracking_id,
                "Weights": weights,
                "ShippingMethodId": shipping_method_id,
                "ShippedDate": shipped_date,
                "TrackingUrl": tracking_url,
                "Comment": comment,
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

        package_date = datetime.datetime.fromisoformat(d.pop("PackageDate"))

        _v = d.pop("TrackingID", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("TrackingID: expected str, got " + type(_v).__name__)
        tracking_id = _v

        _v = d.pop("Weights", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("Weights: expected float, got " + type(_v).__name__)
        weights = _v

        _v = d.pop("ShippingMethodId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ShippingMethodId: expected int, got " + type(_v).__name__)
        shipping_method_id = _v

        shipped_date = datetime.datetime.fromisoformat(d.pop("ShippedDate"))

        _v = d.pop("TrackingUrl", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("TrackingUrl: expected str, got " + type(_v).__name__)
        tracking_url = _v

        _v = d.pop("Comment", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Comment: expected str, got " + type(_v).__name__)
        comment = _v

        delivery_note_package = cls(
            id=id,
            package_date=package_date,
            tracking_id=tracking_id,
            weights=weights,
            shipping_method_id=shipping_method_id,
            shipped_date=shipped_date,
            tracking_url=tracking_url,
            comment=comment,
        )

        delivery_note_package.additional_properties = d
        return delivery_note_package

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
