"""Typed methods of the `worker` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.worker import configure_sync as _configure_sync
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..models.create_worker_sync_configuration import CreateWorkerSyncConfiguration
    from ..types import Unset


class WorkerApi:
    """The `worker` operations of one scope: `await scope.worker.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def configure_sync(
        self,
        *,
        sync_id: int,
        body: CreateWorkerSyncConfiguration | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        x_session_id: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _configure_sync._Success:
        """`POST /workers/{syncId}`; error statuses (400, 401, 404) raise typed errors."""
        return cast(
            "_configure_sync._Success",
            await self._scope._invoke(
                _configure_sync,
                "worker.configure_sync",
                options,
                {
                    "sync_id": sync_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                    "x_session_id": x_session_id,
                },
            ),
        )
