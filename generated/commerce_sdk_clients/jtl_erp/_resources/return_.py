"""Typed methods of the `return_` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.return_ import create_return as _create_return
from ..api.return_ import get_return as _get_return
from ..api.return_ import query_return_line_items as _query_return_line_items
from ..api.return_ import query_return_packages as _query_return_packages
from ..api.return_ import query_returns as _query_returns
from ..types import UNSET

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.create_return import CreateReturn
    from ..models.return_ import Return
    from ..types import Unset


class QueryReturnsOperation:
    """`GET /returns`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        return_number: str | Unset = UNSET,
        customer_id: int | Unset = UNSET,
        sales_order_id: int | Unset = UNSET,
        return_state_id: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_returns._Success:
        return cast(
            "_query_returns._Success",
            await self._scope._invoke(
                _query_returns,
                "return_.query_returns",
                options,
                {
                    "return_number": return_number,
                    "customer_id": customer_id,
                    "sales_order_id": sales_order_id,
                    "return_state_id": return_state_id,
                    "page_number": page_number,
                    "page_size": page_size,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    def pages(
        self,
        *,
        return_number: str | Unset = UNSET,
        customer_id: int | Unset = UNSET,
        sales_order_id: int | Unset = UNSET,
        return_state_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[Return]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[Return]]",
            self._scope._pages(
                _query_returns,
                "return_.query_returns",
                options,
                {
                    "return_number": return_number,
                    "customer_id": customer_id,
                    "sales_order_id": sales_order_id,
                    "return_state_id": return_state_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        return_number: str | Unset = UNSET,
        customer_id: int | Unset = UNSET,
        sales_order_id: int | Unset = UNSET,
        return_state_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Return]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[Return]",
            self._scope._items(
                self._scope._pages(
                    _query_returns,
                    "return_.query_returns",
                    options,
                    {
                        "return_number": return_number,
                        "customer_id": customer_id,
                        "sales_order_id": sales_order_id,
                        "return_state_id": return_state_id,
                        "api_version": api_version,
                        "x_runas": x_runas,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class ReturnApi:
    """The `return_` operations of one scope: `await scope.return_.<operation>(...)`."""

    __slots__ = ("_scope", "query_returns")

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.query_returns = QueryReturnsOperation(scope)

    async def create_return(
        self,
        *,
        body: CreateReturn,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_return._Success:
        """`POST /returns`; error statuses (400, 401, 402, 500) raise typed errors."""
        return cast(
            "_create_return._Success",
            await self._scope._invoke(
                _create_return,
                "return_.create_return",
                options,
                {"body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def get_return(
        self,
        *,
        return_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _get_return._Success:
        """`GET /returns/{returnId}`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_get_return._Success",
            await self._scope._invoke(
                _get_return,
                "return_.get_return",
                options,
                {"return_id": return_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_return_line_items(
        self,
        *,
        return_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_return_line_items._Success:
        """`GET /returns/{returnId}/lineitems`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_return_line_items._Success",
            await self._scope._invoke(
                _query_return_line_items,
                "return_.query_return_line_items",
                options,
                {"return_id": return_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_return_packages(
        self,
        *,
        return_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_return_packages._Success:
        """`GET /returns/{returnId}/packages`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_return_packages._Success",
            await self._scope._invoke(
                _query_return_packages,
                "return_.query_return_packages",
                options,
                {"return_id": return_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )
