"""Typed methods of the `wms` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.wms import create_pick_list as _create_pick_list
from ..api.wms import query_pick_list as _query_pick_list
from ..api.wms import query_pick_list_position as _query_pick_list_position
from ..api.wms import query_pick_list_template as _query_pick_list_template
from ..types import UNSET

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.create_pick_list import CreatePickList
    from ..models.pick_list import PickList
    from ..models.pick_list_template import PickListTemplate
    from ..types import Unset


class QueryPickListOperation:
    """`GET /wms/{warehouseId}/picklists`, a paged list: await it for one page, or `.paginate()` /
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
    ) -> _query_pick_list._Success:
        return cast(
            "_query_pick_list._Success",
            await self._scope._invoke(
                _query_pick_list,
                "wms.query_pick_list",
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
    ) -> AsyncIterator[Page[PickList]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[PickList]]",
            self._scope._pages(
                _query_pick_list,
                "wms.query_pick_list",
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
    ) -> AsyncIterator[PickList]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[PickList]",
            self._scope._items(
                self._scope._pages(
                    _query_pick_list,
                    "wms.query_pick_list",
                    options,
                    {"warehouse_id": warehouse_id, "api_version": api_version, "x_runas": x_runas},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class QueryPickListTemplateOperation:
    """`GET /wms/picklisttemplates`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_pick_list_template._Success:
        return cast(
            "_query_pick_list_template._Success",
            await self._scope._invoke(
                _query_pick_list_template,
                "wms.query_pick_list_template",
                options,
                {
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
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[PickListTemplate]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[PickListTemplate]]",
            self._scope._pages(
                _query_pick_list_template,
                "wms.query_pick_list_template",
                options,
                {"api_version": api_version, "x_runas": x_runas},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[PickListTemplate]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[PickListTemplate]",
            self._scope._items(
                self._scope._pages(
                    _query_pick_list_template,
                    "wms.query_pick_list_template",
                    options,
                    {"api_version": api_version, "x_runas": x_runas},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class WmsApi:
    """The `wms` operations of one scope: `await scope.wms.<operation>(...)`."""

    __slots__ = ("_scope", "query_pick_list", "query_pick_list_template")

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.query_pick_list = QueryPickListOperation(scope)
        self.query_pick_list_template = QueryPickListTemplateOperation(scope)

    async def create_pick_list(
        self,
        *,
        warehouse_id: int,
        body: CreatePickList,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_pick_list._Success:
        """`POST /wms/{warehouseId}/picklists`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_create_pick_list._Success",
            await self._scope._invoke(
                _create_pick_list,
                "wms.create_pick_list",
                options,
                {"warehouse_id": warehouse_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_pick_list_position(
        self,
        *,
        warehouse_id: int,
        picklist_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_pick_list_position._Success:
        """`GET /wms/{warehouseId}/picklists/{picklistId}`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_pick_list_position._Success",
            await self._scope._invoke(
                _query_pick_list_position,
                "wms.query_pick_list_position",
                options,
                {
                    "warehouse_id": warehouse_id,
                    "picklist_id": picklist_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )
