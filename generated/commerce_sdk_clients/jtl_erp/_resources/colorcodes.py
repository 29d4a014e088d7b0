"""Typed methods of the `colorcodes` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.colorcodes import query_color_codes as _query_color_codes
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..types import Unset


class ColorcodesApi:
    """The `colorcodes` operations of one scope: `await scope.colorcodes.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def query_color_codes(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_color_codes._Success:
        """`GET /colorCodes`; error statuses (401, 402) raise typed errors."""
        return cast(
            "_query_color_codes._Success",
            await self._scope._invoke(
                _query_color_codes,
                "colorcodes.query_color_codes",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )
