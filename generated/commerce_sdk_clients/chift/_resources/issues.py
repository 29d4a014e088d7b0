"""Typed methods of the `issues` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.issues import issues_get_issue as _issues_get_issue
from ..api.issues import issues_get_issues as _issues_get_issues
from ..api.issues import issues_get_issues_by_consumer_id as _issues_get_issues_by_consumer_id
from ..types import UNSET

if TYPE_CHECKING:
    import datetime

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..models.issue_level import IssueLevel
    from ..models.issue_status import IssueStatus
    from ..types import Unset


class IssuesApi:
    """The `issues` operations of one scope: `await scope.issues.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def issues_get_issue(
        self,
        *,
        issue_id: str,
        last_execution_only: bool | Unset = False,
        options: RequestOptions | None = None,
    ) -> _issues_get_issue._Success:
        """`GET /issues/{issue_id}`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_issues_get_issue._Success",
            await self._scope._invoke(
                _issues_get_issue,
                "issues.issues_get_issue",
                options,
                {"issue_id": issue_id, "last_execution_only": last_execution_only},
            ),
        )

    async def issues_get_issues(
        self,
        *,
        created_on: datetime.date | Unset = UNSET,
        last_seen_on: datetime.date | Unset = UNSET,
        error_code: str | Unset = UNSET,
        status: IssueStatus | Unset = UNSET,
        level: IssueLevel | None | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _issues_get_issues._Success:
        """`GET /issues`; error statuses (422) raise typed errors."""
        return cast(
            "_issues_get_issues._Success",
            await self._scope._invoke(
                _issues_get_issues,
                "issues.issues_get_issues",
                options,
                {
                    "created_on": created_on,
                    "last_seen_on": last_seen_on,
                    "error_code": error_code,
                    "status": status,
                    "level": level,
                },
            ),
        )

    async def issues_get_issues_by_consumer_id(
        self,
        *,
        created_on: datetime.date | Unset = UNSET,
        last_seen_on: datetime.date | Unset = UNSET,
        error_code: str | Unset = UNSET,
        status: IssueStatus | Unset = UNSET,
        level: IssueLevel | None | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _issues_get_issues_by_consumer_id._Success:
        """`GET /consumers/{consumer_id}/issues`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_issues_get_issues_by_consumer_id._Success",
            await self._scope._invoke(
                _issues_get_issues_by_consumer_id,
                "issues.issues_get_issues_by_consumer_id",
                options,
                {
                    "created_on": created_on,
                    "last_seen_on": last_seen_on,
                    "error_code": error_code,
                    "status": status,
                    "level": level,
                },
            ),
        )
