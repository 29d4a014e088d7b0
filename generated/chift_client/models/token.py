from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Token")


@_attrs_define
class Token:
    """
    Attributes:
        access_token (str):
        token_type (str):
        expires_in (int):
        expires_on (int):
    """

    access_token: str
    token_type: str
    expires_in: int
    expires_on: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

        expires_on = self.expires_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "token_type": token_type,
                "expires_in": expires_in,
                "expires_on": expires_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("access_token", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("access_token: expected str, got " + type(_v).__name__)
        access_token = _v

        _v = d.pop("token_type", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("token_type: expected str, got " + type(_v).__name__)
        token_type = _v

        _v = d.pop("expires_in", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("expires_in: expected int, got " + type(_v).__name__)
        expires_in = _v

        _v = d.pop("expires_on", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("expires_on: expected int, got " + type(_v).__name__)
        expires_on = _v

        token = cls(
            access_token=access_token,
            token_type=token_type,
            expires_in=expires_in,
            expires_on=expires_on,
        )

        token.additional_properties = d
        return token

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
