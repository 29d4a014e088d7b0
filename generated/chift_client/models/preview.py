from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preview_status import PreviewStatus
from ..types import UNSET

T = TypeVar("T", bound="Preview")


@_attrs_define
class Preview:
    """
    Attributes:
        preview_id (UUID):
        status (PreviewStatus):
        started_at (datetime.datetime):
        finished_at (datetime.datetime | None):
        error (None | str):
        counts (list[PreviewCount]):
        issues (list[PreviewIssue]):
        refill_suggested (bool):
    """

    preview_id: UUID
    status: PreviewStatus
    started_at: datetime.datetime
    finished_at: datetime.datetime | None
    error: None | str
    counts: list[PreviewCount]
    issues: list[PreviewIssue]
    refill_suggested: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preview_id = str(self.preview_id)

        status = self.status.value

        started_at = self.started_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        error: None | str
        error = self.error

        counts = []
        for counts_item_data in self.counts:
            counts_item = counts_item_data.to_dict()
            counts.append(counts_item)

        issues = []
        for issues_item_data in self.issues:
            issues_item = issues_item_data.to_dict()
            issues.append(issues_item)

        refill_suggested = self.refill_suggested

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "preview_id": preview_id,
                "status": status,
                "started_at": started_at,
                "finished_at": finished_at,
                "error": error,
                "counts": counts,
                "issues": issues,
                "refill_suggested": refill_suggested,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        preview_id = UUID(d.pop("preview_id"))

        status = PreviewStatus(d.pop("status"))

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        _v = d.pop("counts", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("counts: expected list, got " + type(_v).__name__)
        counts = []
        _counts = _v
        for counts_item_data in _counts:
            counts_item = PreviewCount.from_dict(counts_item_data)

            counts.append(counts_item)

        _v = d.pop("issues", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("issues: expected list, got " + type(_v).__name__)
        issues = []
        _issues = _v
        for issues_item_data in _issues:
            issues_item = PreviewIssue.from_dict(issues_item_data)

            issues.append(issues_item)

        _v = d.pop("refill_suggested", UNSET)
        if type(_v) is not bool:
            raise TypeError("refill_suggested: expected bool, got " + type(_v).__name__)
        refill_suggested = _v

        preview = cls(
            preview_id=preview_id,
            status=status,
            started_at=started_at,
            finished_at=finished_at,
            error=error,
            counts=counts,
            issues=issues,
            refill_suggested=refill_suggested,
        )

        preview.additional_properties = d
        return preview

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


from ..models.preview_count import PreviewCount
from ..models.preview_issue import PreviewIssue
