"""Typed methods of the `connections` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.connections import connections_create_connection as _connections_create_connection
from ..api.connections import connections_delete_connection as _connections_delete_connection
from ..api.connections import connections_get_connection as _connections_get_connection
from ..api.connections import connections_get_connections as _connections_get_connections
from ..api.connections import connections_update_connection as _connections_update_connection
from ..api.connections import (
    get_transaction_by_client_request_id_consumers_consumer_id_connections_connection_id_transactions_get as _get_transaction_by_client_request_id_consumers_consumer_id_connections_connection_id_transactions_get,
)
from ..types import UNSET

if TYPE_CHECKING:
    from uuid import UUID

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..models.patch_connection_item import PatchConnectionItem
    from ..models.post_connection_item import PostConnectionItem
    from ..types import Unset


class ConnectionsApi:
    """The `connections` operations of one scope: `await scope.connections.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def connections_create_connection(
        self, *, body: None | PostConnectionItem | Unset = UNSET, options: RequestOptions | None = None
    ) -> _connections_create_connection._Success:
        """`POST /consumers/{consumer_id}/connections`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_connections_create_connection._Success",
            await self._scope._invoke(
                _connections_create_connection,
                "connections.connections_create_connection",
                options,
                {"body": body},
            ),
        )

    async def connections_delete_connection(
        self, *, connectionid: UUID, options: RequestOptions | None = None
    ) -> _connections_delete_connection._Success:
        """`DELETE /consumers/{consumer_id}/connections/{connectionid}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_connections_delete_connection._Success",
            await self._scope._invoke(
                _connections_delete_connection,
                "connections.connections_delete_connection",
                options,
                {"connectionid": connectionid},
            ),
        )

    async def connections_get_connection(
        self, *, connectionid: UUID, options: RequestOptions | None = None
    ) -> _connections_get_connection._Success:
        """`GET /consumers/{consumer_id}/connections/{connectionid}`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_connections_get_connection._Success",
            await self._scope._invoke(
                _connections_get_connection,
                "connections.connections_get_connection",
                options,
                {"connectionid": connectionid},
            ),
        )

    async def connections_get_connections(
        self, *, options: RequestOptions | None = None
    ) -> _connections_get_connections._Success:
        """`GET /consumers/{consumer_id}/connections`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_connections_get_connections._Success",
            await self._scope._invoke(
                _connections_get_connections, "connections.connections_get_connections", options, {}
            ),
        )

    async def connections_update_connection(
        self,
        *,
        connectionid: UUID,
        body: None | PatchConnectionItem | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _connections_update_connection._Success:
        """`PATCH /consumers/{consumer_id}/connections/{connectionid}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_connections_update_connection._Success",
            await self._scope._invoke(
                _connections_update_connection,
                "connections.connections_update_connection",
                options,
                {"connectionid": connectionid, "body": body},
            ),
        )

    async def get_transaction_by_client_request_id_consumers_consumer_id_connections_connection_id_transactions_get(
        self, *, connection_id: UUID, client_request_id: str, options: RequestOptions | None = None
    ) -> _get_transaction_by_client_request_id_consumers_consumer_id_connections_connection_id_transactions_get._Success:
        """`GET /consumers/{consumer_id}/connections/{connection_id}/transactions`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_get_transaction_by_client_request_id_consumers_consumer_id_connections_connection_id_transactions_get._Success",
            await self._scope._invoke(
                _get_transaction_by_client_request_id_consumers_consumer_id_connections_connection_id_transactions_get,
                "connections.get_transaction_by_client_request_id_consumers_consumer_id_connections_connection_id_transactions_get",
                options,
                {"connection_id": connection_id, "client_request_id": client_request_id},
            ),
        )
