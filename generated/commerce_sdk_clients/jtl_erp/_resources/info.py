"""Typed methods of the `info` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.info import get_status as _get_status
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..types import Unset


class InfoApi:
    """The `info` operations of one scope: `await scope.info.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def get_status(
        self, *, api_version: str | Unset = UNSET, options: RequestOptions | None = None
    ) -> _get_status._Success:
        """`GET /info`; error statuses (404) raise typed errors."""
        return cast(
            "_get_status._Success",
            await self._scope._invoke(_get_status, "info.get_status", options, {"api_version": api_version}),
        )
