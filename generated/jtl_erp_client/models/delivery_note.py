from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="DeliveryNote")


@_attrs_define
class DeliveryNote:
    """
    Attributes:
        id (int):  Example: 123.
        number (str):  Example: A1004465.
        delivery_note_date (datetime.datetime):  Example: 2023-02-01T12:45:00.0000000+00:00.
        packages (list[DeliveryNotePackage]):
    """

    id: int
    number: str
    delivery_note_date: datetime.datetime
    packages: list[DeliveryNotePackage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        delivery_note_date = self.delivery_note_date.isoformat()

        packages = []
        for packages_item_data in self.packages:
            packages_item = packages_item_data.to_dict()
            packages.append(packages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Number": number,
                "DeliveryNoteDate": delivery_note_date,
                "Packages": packages,
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

        _v = d.pop("Number", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Number: expected str, got " + type(_v).__name__)
        number = _v

        delivery_note_date = datetime.datetime.fromisoformat(d.pop("DeliveryNoteDate"))

        _v = d.pop("Packages", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("Packages: expected list, got " + type(_v).__name__)
        packages = []
        _packages = _v
        for packages_item_data in _packages:
            packages_item = DeliveryNotePackage.from_dict(packages_item_data)

            packages.append(packages_item)

        delivery_note = cls(
            id=id,
            number=number,
            delivery_note_date=delivery_note_date,
            packages=packages,
        )

        delivery_note.additional_properties = d
        return delivery_note

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


from ..models.delivery_note_package import DeliveryNotePackage
