from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.issue_level import IssueLevel
from ..types import UNSET

T = TypeVar("T", bound="IssueItem")


@_attrs_define
class IssueItem:
    """
    Attributes:
        id (str):
        consumer_id (str):
        connection_id (str):
        integration_id (int):
        integration_name (str):
        created_on (datetime.datetime):
        updated_on (datetime.datetime):
        last_seen (datetime.datetime):
        error (ErrorInfo):
        occurrences (int):
        level (IssueLevel):
    """

    id: str
    consumer_id: str
    connection_id: str
    integration_id: int
    integration_name: str
    created_on: datetime.datetime
    updated_on: datetime.datetime
    last_seen: datetime.datetime
    error: ErrorInfo
    occurrences: int
    level: IssueLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        consumer_id = self.consumer_id

        connection_id = self.connection_id

        integration_id = self.integration_id

        integration_name = self.integration_name

        created_on = self.created_on.isoformat()

        updated_on = self.updated_on.isoformat()

        last_seen = self.last_seen.isoformat()

        error = self.error.to_dict()

        occurrences = self.occurrences

        level = self.level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "consumer_id": consumer_id,
                "connection_id": connection_id,
                "integration_id": integration_id,
                "integration_name": integration_name,
                "created_on": created_on,
                "updated_on": updated_on,
                "last_seen": last_seen,
                "error": error,
                "occurrences": occurrences,
                "level": level,
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

        _v = d.pop("consumer_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("consumer_id: expected str, got " + type(_v).__name__)
        consumer_id = _v

        _v = d.pop("connection_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("connection_id: expected str, got " + type(_v).__name__)
        connection_id = _v

        _v = d.pop("integration_id", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("integration_id: expected int, got " + type(_v).__name__)
        integration_id = _v

        _v = d.pop("integration_name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("integration_name: expected str, got " + type(_v).__name__)
        integration_name = _v

        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        updated_on = datetime.datetime.fromisoformat(d.pop("updated_on"))

        last_seen = datetime.datetime.fromisoformat(d.pop("last_seen"))

        error = ErrorInfo.from_dict(d.pop("error"))

        _v = d.pop("occurrences", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("occurrences: expected int, got " + type(_v).__name__)
        occurrences = _v

        level = IssueLevel(d.pop("level"))

        issue_item = cls(
            id=id,
            consumer_id=consumer_id,
            connection_id=connection_id,
            integration_id=integration_id,
            integration_name=integration_name,
            created_on=created_on,
            updated_on=updated_on,
            last_seen=last_seen,
            error=error,
            occurrences=occurrences,
            level=level,
        )

        issue_item.additional_properties = d
        return issue_item

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


from ..models.error_info import ErrorInfo
