from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ResponsiblePerson")


@_attrs_define
class ResponsiblePerson:
    """
    Attributes:
        id (int):  Example: 15.
        number (str):  Example: AB31313.
        description (str):  Example: Some info about the ResponsiblePerson.
        address (Address):
        created (datetime.datetime):  Example: 1985-01-01T00-00-00.
        last_changed (datetime.datetime):  Example: 1985-01-01T00-00-00.
        is_active (bool):  Example: True.
        language_key (int):  Example: 4.
    """

    id: int
    number: str
    description: str
    address: Address
    created: datetime.datetime
    last_changed: datetime.datetime
    is_active: bool
    language_key: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        description = self.description

        address = self.address.to_dict()

        created = self.created.isoformat()

        last_changed = self.last_changed.isoformat()

        is_active = self.is_active

        language_key = self.language_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Number": number,
                "Description": description,
                "Address": address,
                "Created": created,
                "LastChanged": last_changed,
                "IsActive": is_active,
                "LanguageKey": language_key,
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

        _v = d.pop("Description", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Description: expected str, got " + type(_v).__name__)
        description = _v

        address = Address.from_dict(d.pop("Address"))

        created = datetime.datetime.fromisoformat(d.pop("Created"))

        last_changed = datetime.datetime.fromisoformat(d.pop("LastChanged"))

        _v = d.pop("IsActive", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsActive: expected bool, got " + type(_v).__name__)
        is_active = _v

        _v = d.pop("LanguageKey", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("LanguageKey: expected int, got " + type(_v).__name__)
        language_key = _v

        responsible_person = cls(
            id=id,
            number=number,
            description=description,
            address=address,
            created=created,
            last_changed=last_changed,
            is_active=is_active,
            language_key=language_key,
        )

        responsible_person.additional_properties = d
        return responsible_person

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
