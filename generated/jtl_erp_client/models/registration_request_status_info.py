from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registration_request_status_info_status import RegistrationRequestStatusInfoStatus
from ..types import UNSET

T = TypeVar("T", bound="RegistrationRequestStatusInfo")


@_attrs_define
class RegistrationRequestStatusInfo:
    """
    Attributes:
        app_id (str):  Example: myApp/V3.
        registration_request_id (str):  Example: 295C196B-CBB0-4E76-9050-ECEC3356DDA6.
        status (RegistrationRequestStatusInfoStatus):  Example: 0.
    """

    app_id: str
    registration_request_id: str
    status: RegistrationRequestStatusInfoStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        registration_request_id = self.registration_request_id

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AppId": app_id,
                "RegistrationRequestId": registration_request_id,
                "Status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("AppId", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("AppId: expected str, got " + type(_v).__name__)
        app_id = _v

        _v = d.pop("RegistrationRequestId", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("RegistrationRequestId: expected str, got " + type(_v).__name__)
        registration_request_id = _v

        status = RegistrationRequestStatusInfoStatus(d.pop("Status"))

        registration_request_status_info = cls(
            app_id=app_id,
            registration_request_id=registration_request_id,
            status=status,
        )

        registration_request_status_info.additional_properties = d
        return registration_request_status_info

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
