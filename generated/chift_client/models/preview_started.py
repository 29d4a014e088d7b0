from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preview_started_status import PreviewStartedStatus

T = TypeVar("T", bound="PreviewStarted")


@_attrs_define
class PreviewStarted:
    """
    Attributes:
        preview_id (UUID):
        status (PreviewStartedStatus):
    """

    preview_id: UUID
    status: PreviewStartedStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preview_id = str(self.preview_id)

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "preview_id": preview_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        preview_id = UUID(d.pop("preview_id"))

        status = PreviewStartedStatus(d.pop("status"))

        preview_started = cls(
            preview_id=preview_id,
            status=status,
        )

        preview_started.additional_properties = d
        return preview_started

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
