"""Typed methods of the `shippingmethod` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.shippingmethod import query_shipping_methods as _query_shipping_methods
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..types import Unset


class ShippingmethodApi:
    """The `shippingmethod` operations of one scope: `await scope.shippingmethod.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def query_shipping_methods(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_shipping_methods._Success:
        """`GET /shippingMethods`; error statuses (401, 402) raise typed errors."""
        return cast(
            "_query_shipping_methods._Success",
            await self._scope._invoke(
                _query_shipping_methods,
                "shippingmethod.query_shipping_methods",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )
