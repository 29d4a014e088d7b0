"""Typed methods of the `connectors` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.connectors import get_releases_local_agents_releases_get as _get_releases_local_agents_releases_get

if TYPE_CHECKING:
    from typing import Literal

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions


class ConnectorsApi:
    """The `connectors` operations of one scope: `await scope.connectors.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def get_releases_local_agents_releases_get(
        self, *, connector: int | Literal["cockpit"], options: RequestOptions | None = None
    ) -> _get_releases_local_agents_releases_get._Success:
        """`GET /local-agents/releases`; error statuses (422) raise typed errors."""
        return cast(
            "_get_releases_local_agents_releases_get._Success",
            await self._scope._invoke(
                _get_releases_local_agents_releases_get,
                "connectors.get_releases_local_agents_releases_get",
                options,
                {"connector": connector},
            ),
        )
