"""Typed methods of the `warehouse` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.warehouse import query_storage_location_type as _query_storage_location_type
from ..api.warehouse import query_storage_locations as _query_storage_locations
from ..api.warehouse import query_warehouse_types as _query_warehouse_types
from ..api.warehouse import query_warehouses as _query_warehouses
from ..types import UNSET

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.storage_location import StorageLocation
    from ..models.warehouse import Warehouse
    from ..types import Unset


class QueryStorageLocationsOperation:
    """`GET /warehouses/{warehouseId}/storagelocations`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        warehouse_id: int,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_storage_locations._Success:
        return cast(
            "_query_storage_locations._Success",
            await self._scope._invoke(
                _query_storage_locations,
                "warehouse.query_storage_locations",
                options,
                {
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
        warehouse_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[StorageLocation]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[StorageLocation]]",
            self._scope._pages(
                _query_storage_locations,
                "warehouse.query_storage_locations",
                options,
                {"warehouse_id": warehouse_id, "api_version": api_version, "x_runas": x_runas},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        warehouse_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[StorageLocation]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[StorageLocation]",
            self._scope._items(
                self._scope._pages(
                    _query_storage_locations,
                    "warehouse.query_storage_locations",
                    options,
                    {"warehouse_id": warehouse_id, "api_version": api_version, "x_runas": x_runas},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class QueryWarehousesOperation:
    """`GET /warehouses`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        is_active: bool | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_warehouses._Success:
        return cast(
            "_query_warehouses._Success",
            await self._scope._invoke(
                _query_warehouses,
                "warehouse.query_warehouses",
                options,
                {
                    "is_active": is_active,
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
        is_active: bool | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[Warehouse]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[Warehouse]]",
            self._scope._pages(
                _query_warehouses,
                "warehouse.query_warehouses",
                options,
                {"is_active": is_active, "api_version": api_version, "x_runas": x_runas},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        is_active: bool | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Warehouse]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[Warehouse]",
            self._scope._items(
                self._scope._pages(
                    _query_warehouses,
                    "warehouse.query_warehouses",
                    options,
                    {"is_active": is_active, "api_version": api_version, "x_runas": x_runas},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class WarehouseApi:
    """The `warehouse` operations of one scope: `await scope.warehouse.<operation>(...)`."""

    __slots__ = ("_scope", "query_storage_locations", "query_warehouses")

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.query_storage_locations = QueryStorageLocationsOperation(scope)
        self.query_warehouses = QueryWarehousesOperation(scope)

    async def query_storage_location_type(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_storage_location_type._Success:
        """`GET /warehouses/storagelocationtypes`; error statuses (401, 402) raise typed errors."""
        return cast(
            "_query_storage_location_type._Success",
            await self._scope._invoke(
                _query_storage_location_type,
                "warehouse.query_storage_location_type",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_warehouse_types(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_warehouse_types._Success:
        """`GET /warehouses/types`; error statuses (401, 402) raise typed errors."""
        return cast(
            "_query_warehouse_types._Success",
            await self._scope._invoke(
                _query_warehouse_types,
                "warehouse.query_warehouse_types",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )
