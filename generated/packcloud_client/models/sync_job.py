from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_job_status import SyncJobStatus
from ..models.sync_job_type import SyncJobType
from ..types import UNSET

T = TypeVar("T", bound="SyncJob")


@_attrs_define
class SyncJob:
    """A queued background sync for an integration.

    Attributes:
        id (str): Identifier of the sync job.
        integration_id (str): Integration the sync runs for.
        type_ (SyncJobType): What is being synchronised.
        status (SyncJobStatus): Current state of the job.
        created_at (datetime.datetime): When the job was queued.
    """

    id: str
    integration_id: str
    type_: SyncJobType
    status: SyncJobStatus
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        integration_id = self.integration_id

        type_ = self.type_.value

        status = self.status.value

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "integration_id": integration_id,
                "type": type_,
                "status": status,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("integration_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("integration_id: expected str, got " + type(_v).__name__)
        integration_id = _v

        type_ = SyncJobType(d.pop("type"))

        status = SyncJobStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        sync_job = cls(
            id=id,
            integration_id=integration_id,
            type_=type_,
            status=status,
            created_at=created_at,
        )

        sync_job.additional_properties = d
        return sync_job

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
