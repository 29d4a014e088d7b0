"""Typed methods of the `returnreason` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.returnreason import query_return_reasons as _query_return_reasons
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..types import Unset


class ReturnreasonApi:
    """The `returnreason` operations of one scope: `await scope.returnreason.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def query_return_reasons(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_return_reasons._Success:
        """`GET /returnReasons`; error statuses (401, 402) raise typed errors."""
        return cast(
            "_query_return_reasons._Success",
            await self._scope._invoke(
                _query_return_reasons,
                "returnreason.query_return_reasons",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )
