from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDeliveryNotePackagePosting")


@_attrs_define
class CreateDeliveryNotePackagePosting:
    """
    Attributes:
        tracking_id (str):  Example: JJD0099999999.
        shipped_date (datetime.datetime | Unset):  Example: 2023-02-01T12:45:00.0000000+00:00.
        comment (str | Unset):  Example: Shipping Comment.
    """

    tracking_id: str
    shipped_date: datetime.datetime | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tracking_id = self.tracking_id

        shipped_date: str | Unset = UNSET
        if not isinstance(self.shipped_date, Unset):
            shipped_date = self.shipped_date.isoformat()

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TrackingID": tracking_id,
            }
        )
        if shipped_date is not UNSET:
            field_dict["ShippedDate"] = shipped_date
        if comment is not UNSET:
            field_dict["Comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("TrackingID", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("TrackingID: expected str, got " + type(_v).__name__)
        tracking_id = _v

        _shipped_date = d.pop("ShippedDate", UNSET)
        shipped_date: datetime.datetime | Unset
        if isinstance(_shipped_date, Unset):
            shipped_date = UNSET
        else:
            shipped_date = datetime.datetime.fromisoformat(_shipped_date)

        _v = d.pop("Comment", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Comment: expected str, got " + type(_v).__name__)
        comment = _v

        create_delivery_note_package_posting = cls(
            tracking_id=tracking_id,
            shipped_date=shipped_date,
            comment=comment,
        )

        create_delivery_note_package_posting.additional_properties = d
        return create_delivery_note_package_posting

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
