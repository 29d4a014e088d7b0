"""Typed methods of the `datastores` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.datastores import datastores_get_datastores as _datastores_get_datastores
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..models.datastore_status import DatastoreStatus
    from ..types import Unset


class DatastoresApi:
    """The `datastores` operations of one scope: `await scope.datastores.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def datastores_get_datastores(
        self, *, status: DatastoreStatus | None | Unset = UNSET, options: RequestOptions | None = None
    ) -> _datastores_get_datastores._Success:
        """`GET /datastores`; error statuses (422) raise typed errors."""
        return cast(
            "_datastores_get_datastores._Success",
            await self._scope._invoke(
                _datastores_get_datastores,
                "datastores.datastores_get_datastores",
                options,
                {"status": status},
            ),
        )
