from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_result_status import ActionResultStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionResult")


@_attrs_define
class ActionResult:
    """Outcome of running an integration action.

    Attributes:
        status (ActionResultStatus): State of the action run.
        message (str | Unset): Extra detail about the outcome.
    """

    status: ActionResultStatus
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = ActionResultStatus(d.pop("status"))

        _v = d.pop("message", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("message: expected str, got " + type(_v).__name__)
        message = _v

        action_result = cls(
            status=status,
            message=message,
        )

        action_result.additional_properties = d
        return action_result

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
