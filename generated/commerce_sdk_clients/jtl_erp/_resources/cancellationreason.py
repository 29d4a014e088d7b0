"""Typed methods of the `cancellationreason` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.cancellationreason import query_cancellation_reasons as _query_cancellation_reasons
from ..api.cancellationreason import query_invoice_cancellation_reasons as _query_invoice_cancellation_reasons
from ..api.cancellationreason import query_refund_cancellation_reasons as _query_refund_cancellation_reasons
from ..api.cancellationreason import (
    query_sales_order_cancellation_reasons as _query_sales_order_cancellation_reasons,
)
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..types import Unset


class CancellationreasonApi:
    """The `cancellationreason` operations of one scope: `await scope.cancellationreason.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def query_cancellation_reasons(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_cancellation_reasons._Success:
        """`GET /cancellationReasons`; error statuses (401, 402) raise typed errors."""
        return cast(
            "_query_cancellation_reasons._Success",
            await self._scope._invoke(
                _query_cancellation_reasons,
                "cancellationreason.query_cancellation_reasons",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_invoice_cancellation_reasons(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_invoice_cancellation_reasons._Success:
        """`GET /invoices/cancellationReasons`; error statuses (401, 402) raise typed errors."""
        return cast(
            "_query_invoice_cancellation_reasons._Success",
            await self._scope._invoke(
                _query_invoice_cancellation_reasons,
                "cancellationreason.query_invoice_cancellation_reasons",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_refund_cancellation_reasons(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_refund_cancellation_reasons._Success:
        """`GET /refunds/cancellationReasons`; error statuses (401, 402) raise typed errors."""
        return cast(
            "_query_refund_cancellation_reasons._Success",
            await self._scope._invoke(
                _query_refund_cancellation_reasons,
                "cancellationreason.query_refund_cancellation_reasons",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_sales_order_cancellation_reasons(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_sales_order_cancellation_reasons._Success:
        """`GET /salesOrders/cancellationReasons`; error statuses (401, 402) raise typed errors."""
        return cast(
            "_query_sales_order_cancellation_reasons._Success",
            await self._scope._invoke(
                _query_sales_order_cancellation_reasons,
                "cancellationreason.query_sales_order_cancellation_reasons",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )
