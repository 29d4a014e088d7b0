from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_issue_owner import SyncIssueOwner
from ..models.sync_issue_status import SyncIssueStatus
from ..types import UNSET

T = TypeVar("T", bound="SyncIssue")


@_attrs_define
class SyncIssue:
    """
    Attributes:
        id (UUID):
        status (SyncIssueStatus):
        kind (str):
        owner (SyncIssueOwner):
        code (str):
        title (str):
        description (None | str):
        message (None | str):
        cause (SyncIssueCause):
        scope (SyncIssueScope):
        occurrences (int):
        first_seen_at (datetime.datetime):
        last_seen_at (datetime.datetime):
        resolved_at (datetime.datetime | None):
        objects_count (int):
        actions (list[str]):
    """

    id: UUID
    status: SyncIssueStatus
    kind: str
    owner: SyncIssueOwner
    code: str
    title: str
    description: None | str
    message: None | str
    cause: SyncIssueCause
    scope: SyncIssueScope
    occurrences: int
    first_seen_at: datetime.datetime
    last_seen_at: datetime.datetime
    resolved_at: datetime.datetime | None
    objects_count: int
    actions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status.value

        kind = self.kind

        owner = self.owner.value

        code = self.code

        title = self.title

        description: None | str
        description = self.description

        message: None | str
        message = self.message

        cause = self.cause.to_dict()

        scope = self.scope.to_dict()

        occurrences = self.occurrences

        first_seen_at = self.first_seen_at.isoformat()

        last_seen_at = self.last_seen_at.isoformat()

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        objects_count = self.objects_count

        actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "kind": kind,
                "owner": owner,
                "code": code,
                "title": title,
                "description": description,
                "message": message,
                "cause": cause,
                "scope": scope,
                "occurrences": occurrences,
                "first_seen_at": first_seen_at,
                "last_seen_at": last_seen_at,
                "resolved_at": resolved_at,
                "objects_count": objects_count,
                "actions": actions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = SyncIssueStatus(d.pop("status"))

        _v = d.pop("kind", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("kind: expected str, got " + type(_v).__name__)
        kind = _v

        owner = SyncIssueOwner(d.pop("owner"))

        _v = d.pop("code", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("code: expected str, got " + type(_v).__name__)
        code = _v

        _v = d.pop("title", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("title: expected str, got " + type(_v).__name__)
        title = _v

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message = _parse_message(d.pop("message"))

        cause = SyncIssueCause.from_dict(d.pop("cause"))

        scope = SyncIssueScope.from_dict(d.pop("scope"))

        _v = d.pop("occurrences", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("occurrences: expected int, got " + type(_v).__name__)
        occurrences = _v

        first_seen_at = datetime.datetime.fromisoformat(d.pop("first_seen_at"))

        last_seen_at = datetime.datetime.fromisoformat(d.pop("last_seen_at"))

        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)

                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))

        _v = d.pop("objects_count", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("objects_count: expected int, got " + type(_v).__name__)
        objects_count = _v

        _v = d.pop("actions", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("actions: expected list, got " + type(_v).__name__)
        actions = cast(list[str], _v)

        sync_issue = cls(
            id=id,
            status=status,
            kind=kind,
            owner=owner,
            code=code,
            title=title,
            description=description,
            message=message,
            cause=cause,
            scope=scope,
            occurrences=occurrences,
            first_seen_at=first_seen_at,
            last_seen_at=last_seen_at,
            resolved_at=resolved_at,
            objects_count=objects_count,
            actions=actions,
        )

        sync_issue.additional_properties = d
        return sync_issue

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


from ..models.sync_issue_cause import SyncIssueCause
from ..models.sync_issue_scope import SyncIssueScope
