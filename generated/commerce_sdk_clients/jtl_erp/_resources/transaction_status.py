"""Typed methods of the `transaction_status` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.transaction_status import query_transaction_status as _query_transaction_status
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..types import Unset


class TransactionStatusApi:
    """The `transaction_status` operations of one scope: `await scope.transaction_status.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def query_transaction_status(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_transaction_status._Success:
        """`GET /transactionStatuses`; error statuses (401, 402) raise typed errors."""
        return cast(
            "_query_transaction_status._Success",
            await self._scope._invoke(
                _query_transaction_status,
                "transaction_status.query_transaction_status",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )
