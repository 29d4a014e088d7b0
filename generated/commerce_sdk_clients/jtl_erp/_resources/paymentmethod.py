"""Typed methods of the `paymentmethod` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.paymentmethod import query_payment_methods as _query_payment_methods
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..types import Unset


class PaymentmethodApi:
    """The `paymentmethod` operations of one scope: `await scope.paymentmethod.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def query_payment_methods(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_payment_methods._Success:
        """`GET /paymentMethods`; error statuses (401, 402) raise typed errors."""
        return cast(
            "_query_payment_methods._Success",
            await self._scope._invoke(
                _query_payment_methods,
                "paymentmethod.query_payment_methods",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )
