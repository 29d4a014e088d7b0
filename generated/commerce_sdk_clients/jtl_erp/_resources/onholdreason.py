"""Typed methods of the `onholdreason` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.onholdreason import query_on_hold_reasons as _query_on_hold_reasons
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..types import Unset


class OnholdreasonApi:
    """The `onholdreason` operations of one scope: `await scope.onholdreason.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def query_on_hold_reasons(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_on_hold_reasons._Success:
        """`GET /onHoldReasons`; error statuses (401, 402) raise typed errors."""
        return cast(
            "_query_on_hold_reasons._Success",
            await self._scope._invoke(
                _query_on_hold_reasons,
                "onholdreason.query_on_hold_reasons",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )
