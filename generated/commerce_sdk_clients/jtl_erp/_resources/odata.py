"""Typed methods of the `odata` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.odata import metadata_get_metadata as _metadata_get_metadata
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..types import Unset


class OdataApi:
    """The `odata` operations of one scope: `await scope.odata.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def metadata_get_metadata(
        self, *, api_version: str | Unset = UNSET, options: RequestOptions | None = None
    ) -> _metadata_get_metadata._Success:
        """`GET /odata/$metadata`; error statuses (none declared) raise typed errors."""
        return cast(
            "_metadata_get_metadata._Success",
            await self._scope._invoke(
                _metadata_get_metadata, "odata.metadata_get_metadata", options, {"api_version": api_version}
            ),
        )
