"""Typed methods of the `features` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.features import get_features as _get_features
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..types import Unset


class FeaturesApi:
    """The `features` operations of one scope: `await scope.features.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def get_features(
        self, *, api_version: str | Unset = UNSET, options: RequestOptions | None = None
    ) -> _get_features._Success:
        """`GET /feature`; error statuses (none declared) raise typed errors."""
        return cast(
            "_get_features._Success",
            await self._scope._invoke(
                _get_features, "features.get_features", options, {"api_version": api_version}
            ),
        )
