"""Typed methods of the `saleschannel` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.saleschannel import get_sales_channels as _get_sales_channels
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..types import Unset


class SaleschannelApi:
    """The `saleschannel` operations of one scope: `await scope.saleschannel.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def get_sales_channels(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _get_sales_channels._Success:
        """`GET /salesChannels`; error statuses (401, 402) raise typed errors."""
        return cast(
            "_get_sales_channels._Success",
            await self._scope._invoke(
                _get_sales_channels,
                "saleschannel.get_sales_channels",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )
