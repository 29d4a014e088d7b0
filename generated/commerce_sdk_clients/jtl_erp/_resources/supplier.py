"""Typed methods of the `supplier` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.supplier import query_suppliers as _query_suppliers
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..types import Unset


class SupplierApi:
    """The `supplier` operations of one scope: `await scope.supplier.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def query_suppliers(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_suppliers._Success:
        """`GET /suppliers`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_suppliers._Success",
            await self._scope._invoke(
                _query_suppliers,
                "supplier.query_suppliers",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )
