from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecutionWarning")


@_attrs_define
class ExecutionWarning:
    """
    Attributes:
        code (str):
        message (str):
        blocking (bool | Unset):  Default: False.
    """

    code: str
    message: str
    blocking: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        blocking = self.blocking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if blocking is not UNSET:
            field_dict["blocking"] = blocking

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("code", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("code: expected str, got " + type(_v).__name__)
        code = _v

        _v = d.pop("message", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("message: expected str, got " + type(_v).__name__)
        message = _v

        _v = d.pop("blocking", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("blocking: expected bool, got " + type(_v).__name__)
        blocking = _v

        execution_warning = cls(
            code=code,
            message=message,
            blocking=blocking,
        )

        execution_warning.additional_properties = d
        return execution_warning

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
