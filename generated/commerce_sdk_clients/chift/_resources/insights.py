"""Typed methods of the `insights` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.insights import insights_get_catalog as _insights_get_catalog
from ..api.insights import insights_query_db as _insights_query_db
from ..api.insights import insights_query_groups_join as _insights_query_groups_join
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..models.cube_join_query import CubeJoinQuery
    from ..models.cube_load_query import CubeLoadQuery
    from ..types import Unset


class InsightsApi:
    """The `insights` operations of one scope: `await scope.insights.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def insights_get_catalog(
        self, *, options: RequestOptions | None = None
    ) -> _insights_get_catalog._Success:
        """`GET /insights/catalog`; error statuses (none declared) raise typed errors."""
        return cast(
            "_insights_get_catalog._Success",
            await self._scope._invoke(_insights_get_catalog, "insights.insights_get_catalog", options, {}),
        )

    async def insights_query_db(
        self,
        *,
        body: CubeLoadQuery,
        x_chift_datalayer_max_staleness: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _insights_query_db._Success:
        """`POST /insights/query-db`; error statuses (422) raise typed errors."""
        return cast(
            "_insights_query_db._Success",
            await self._scope._invoke(
                _insights_query_db,
                "insights.insights_query_db",
                options,
                {"body": body, "x_chift_datalayer_max_staleness": x_chift_datalayer_max_staleness},
            ),
        )

    async def insights_query_groups_join(
        self,
        *,
        body: CubeJoinQuery,
        x_chift_datalayer_max_staleness: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _insights_query_groups_join._Success:
        """`POST /insights/query-groups-join`; error statuses (422) raise typed errors."""
        return cast(
            "_insights_query_groups_join._Success",
            await self._scope._invoke(
                _insights_query_groups_join,
                "insights.insights_query_groups_join",
                options,
                {"body": body, "x_chift_datalayer_max_staleness": x_chift_datalayer_max_staleness},
            ),
        )
