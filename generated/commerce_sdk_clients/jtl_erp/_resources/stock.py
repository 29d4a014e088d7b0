"""Typed methods of the `stock` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.stock import query_serial_number_per_warehouse as _query_serial_number_per_warehouse
from ..api.stock import query_stock_changes as _query_stock_changes
from ..api.stock import query_stocks_per_item as _query_stocks_per_item
from ..api.stock import stock_adjustment as _stock_adjustment
from ..types import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.create_stock import CreateStock
    from ..models.serial_number import SerialNumber
    from ..models.stock import Stock
    from ..models.stock_change import StockChange
    from ..types import Unset


class QuerySerialNumberPerWarehouseOperation:
    """`GET /stocks/serialnumbers`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        item_id: int | Unset = UNSET,
        warehouse_id: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_serial_number_per_warehouse._Success:
        return cast(
            "_query_serial_number_per_warehouse._Success",
            await self._scope._invoke(
                _query_serial_number_per_warehouse,
                "stock.query_serial_number_per_warehouse",
                options,
                {
                    "item_id": item_id,
                    "warehouse_id": warehouse_id,
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
        item_id: int | Unset = UNSET,
        warehouse_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[SerialNumber]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[SerialNumber]]",
            self._scope._pages(
                _query_serial_number_per_warehouse,
                "stock.query_serial_number_per_warehouse",
                options,
                {
                    "item_id": item_id,
                    "warehouse_id": warehouse_id,
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
        item_id: int | Unset = UNSET,
        warehouse_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[SerialNumber]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[SerialNumber]",
            self._scope._items(
                self._scope._pages(
                    _query_serial_number_per_warehouse,
                    "stock.query_serial_number_per_warehouse",
                    options,
                    {
                        "item_id": item_id,
                        "warehouse_id": warehouse_id,
                        "api_version": api_version,
                        "x_runas": x_runas,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class QueryStockChangesOperation:
    """`GET /stocks/changes`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        item_id: int | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_stock_changes._Success:
        return cast(
            "_query_stock_changes._Success",
            await self._scope._invoke(
                _query_stock_changes,
                "stock.query_stock_changes",
                options,
                {
                    "item_id": item_id,
                    "start_date": start_date,
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
        item_id: int | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[StockChange]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[StockChange]]",
            self._scope._pages(
                _query_stock_changes,
                "stock.query_stock_changes",
                options,
                {
                    "item_id": item_id,
                    "start_date": start_date,
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
        item_id: int | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[StockChange]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[StockChange]",
            self._scope._items(
                self._scope._pages(
                    _query_stock_changes,
                    "stock.query_stock_changes",
                    options,
                    {
                        "item_id": item_id,
                        "start_date": start_date,
                        "api_version": api_version,
                        "x_runas": x_runas,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class QueryStocksPerItemOperation:
    """`GET /stocks`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        item_id: int | Unset = UNSET,
        warehouse_id: int | Unset = UNSET,
        storage_location_id: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_stocks_per_item._Success:
        return cast(
            "_query_stocks_per_item._Success",
            await self._scope._invoke(
                _query_stocks_per_item,
                "stock.query_stocks_per_item",
                options,
                {
                    "item_id": item_id,
                    "warehouse_id": warehouse_id,
                    "storage_location_id": storage_location_id,
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
        item_id: int | Unset = UNSET,
        warehouse_id: int | Unset = UNSET,
        storage_location_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[Stock]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[Stock]]",
            self._scope._pages(
                _query_stocks_per_item,
                "stock.query_stocks_per_item",
                options,
                {
                    "item_id": item_id,
                    "warehouse_id": warehouse_id,
                    "storage_location_id": storage_location_id,
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
        item_id: int | Unset = UNSET,
        warehouse_id: int | Unset = UNSET,
        storage_location_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Stock]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[Stock]",
            self._scope._items(
                self._scope._pages(
                    _query_stocks_per_item,
                    "stock.query_stocks_per_item",
                    options,
                    {
                        "item_id": item_id,
                        "warehouse_id": warehouse_id,
                        "storage_location_id": storage_location_id,
                        "api_version": api_version,
                        "x_runas": x_runas,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class StockApi:
    """The `stock` operations of one scope: `await scope.stock.<operation>(...)`."""

    __slots__ = (
        "_scope",
        "query_serial_number_per_warehouse",
        "query_stock_changes",
        "query_stocks_per_item",
    )

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.query_serial_number_per_warehouse = QuerySerialNumberPerWarehouseOperation(scope)
        self.query_stock_changes = QueryStockChangesOperation(scope)
        self.query_stocks_per_item = QueryStocksPerItemOperation(scope)

    async def stock_adjustment(
        self,
        *,
        body: CreateStock,
        disable_automatic_workflows: bool | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _stock_adjustment._Success:
        """`POST /stocks`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_stock_adjustment._Success",
            await self._scope._invoke(
                _stock_adjustment,
                "stock.stock_adjustment",
                options,
                {
                    "body": body,
                    "disable_automatic_workflows": disable_automatic_workflows,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )
