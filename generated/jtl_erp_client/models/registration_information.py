from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationInformation")


@_attrs_define
class RegistrationInformation:
    """
    Attributes:
        request_status_info (RegistrationRequestStatusInfo):
        token (AppToken | Unset):
        granted_scopes (list[str] | Unset):
    """

    request_status_info: RegistrationRequestStatusInfo
    token: AppToken | Unset = UNSET
    granted_scopes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_status_info = self.request_status_info.to_dict()

        token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token, Unset):
            token = self.token.to_dict()

        granted_scopes: list[str] | Unset = UNSET
        if not isinstance(self.granted_scopes, Unset):
            granted_scopes = self.granted_scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RequestStatusInfo": request_status_info,
            }
        )
        if token is not UNSET:
            field_dict["Token"] = token
        if granted_scopes is not UNSET:
            field_dict["GrantedScopes"] = granted_scopes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_status_info = RegistrationRequestStatusInfo.from_dict(d.pop("RequestStatusInfo"))

        _token = d.pop("Token", UNSET)
        token: AppToken | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = AppToken.from_dict(_token)

        _v = d.pop("GrantedScopes", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("GrantedScopes: expected list, got " + type(_v).__name__)
        granted_scopes = cast(list[str], _v)

        registration_information = cls(
            request_status_info=request_status_info,
            token=token,
            granted_scopes=granted_scopes,
        )

        registration_information.additional_properties = d
        return registration_information

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


from ..models.app_token import AppToken
from ..models.registration_request_status_info import RegistrationRequestStatusInfo
