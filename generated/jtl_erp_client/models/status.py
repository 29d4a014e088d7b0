from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Status")


@_attrs_define
class Status:
    """
    Attributes:
        version (str):  Example: 1.8.10.0.
        timestamp (datetime.datetime):  Example: 2023-02-01T12:45:00.0000000+00:00.
        tenant (str):  Example: eazybusiness.
        type_ (str):  Example: WAWI-Api.
    """

    version: str
    timestamp: datetime.datetime
    tenant: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        timestamp = self.timestamp.isoformat()

        tenant = self.tenant

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Version": version,
                "Timestamp": timestamp,
                "Tenant": tenant,
                "Type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Version", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Version: expected str, got " + type(_v).__name__)
        version = _v

        timestamp = datetime.datetime.fromisoformat(d.pop("Timestamp"))

        _v = d.pop("Tenant", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Tenant: expected str, got " + type(_v).__name__)
        tenant = _v

        _v = d.pop("Type", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Type: expected str, got " + type(_v).__name__)
        type_ = _v

        status = cls(
            version=version,
            timestamp=timestamp,
            tenant=tenant,
            type_=type_,
        )

        status.additional_properties = d
        return status

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
