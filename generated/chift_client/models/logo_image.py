from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="LogoImage")


@_attrs_define
class LogoImage:
    """
    Attributes:
        integrationid (int):
        data (str):
    """

    integrationid: int
    data: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integrationid = self.integrationid

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integrationid": integrationid,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("integrationid", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("integrationid: expected int, got " + type(_v).__name__)
        integrationid = _v

        _v = d.pop("data", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("data: expected str, got " + type(_v).__name__)
        data = _v

        logo_image = cls(
            integrationid=integrationid,
            data=data,
        )

        logo_image.additional_properties = d
        return logo_image

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
