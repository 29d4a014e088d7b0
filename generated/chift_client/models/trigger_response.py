from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TriggerResponse")


@_attrs_define
class TriggerResponse:
    """
    Attributes:
        status (str):
        message (str):
        data (None | TriggerResponseDataType0 | Unset):
    """

    status: str
    message: str
    data: None | TriggerResponseDataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message = self.message

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, TriggerResponseDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("status", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("status: expected str, got " + type(_v).__name__)
        status = _v

        _v = d.pop("message", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("message: expected str, got " + type(_v).__name__)
        message = _v

        def _parse_data(data: object) -> None | TriggerResponseDataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = TriggerResponseDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TriggerResponseDataType0 | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        trigger_response = cls(
            status=status,
            message=message,
            data=data,
        )

        trigger_response.additional_properties = d
        return trigger_response

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


from ..models.trigger_response_data_type_0 import TriggerResponseDataType0
