"""Typed methods of the `datalayer` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.datalayer import datalayer_disable as _datalayer_disable
from ..api.datalayer import datalayer_enable as _datalayer_enable
from ..api.datalayer import datalayer_refresh as _datalayer_refresh
from ..types import UNSET

if TYPE_CHECKING:
    from uuid import UUID

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..models.datalayer_enable_body import DatalayerEnableBody
    from ..models.datalayer_refresh_body import DatalayerRefreshBody
    from ..types import Unset


class DatalayerApi:
    """The `datalayer` operations of one scope: `await scope.datalayer.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def datalayer_disable(
        self, *, connection_id: UUID, options: RequestOptions | None = None
    ) -> _datalayer_disable._Success:
        """`POST /consumers/{consumer_id}/connections/{connection_id}/disable_datalayer`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_datalayer_disable._Success",
            await self._scope._invoke(
                _datalayer_disable, "datalayer.datalayer_disable", options, {"connection_id": connection_id}
            ),
        )

    async def datalayer_enable(
        self,
        *,
        connection_id: UUID,
        body: DatalayerEnableBody | None | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _datalayer_enable._Success:
        """`POST /consumers/{consumer_id}/connections/{connection_id}/enable_datalayer`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_datalayer_enable._Success",
            await self._scope._invoke(
                _datalayer_enable,
                "datalayer.datalayer_enable",
                options,
                {"connection_id": connection_id, "body": body},
            ),
        )

    async def datalayer_refresh(
        self,
        *,
        connection_id: UUID,
        body: DatalayerRefreshBody | None | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _datalayer_refresh._Success:
        """`POST /consumers/{consumer_id}/connections/{connection_id}/refresh_datalayer`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_datalayer_refresh._Success",
            await self._scope._invoke(
                _datalayer_refresh,
                "datalayer.datalayer_refresh",
                options,
                {"connection_id": connection_id, "body": body},
            ),
        )
