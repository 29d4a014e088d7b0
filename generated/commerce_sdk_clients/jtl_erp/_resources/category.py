"""Typed methods of the `category` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.category import add_category_items as _add_category_items
from ..api.category import create_category as _create_category
from ..api.category import create_category_description as _create_category_description
from ..api.category import delete_category_description as _delete_category_description
from ..api.category import get_category as _get_category
from ..api.category import query_categories as _query_categories
from ..api.category import query_category_descriptions as _query_category_descriptions
from ..api.category import update_category as _update_category
from ..api.category import update_category_description as _update_category_description
from ..types import UNSET

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.category import Category
    from ..models.create_category import CreateCategory
    from ..models.create_category_description import CreateCategoryDescription
    from ..models.update_category import UpdateCategory
    from ..models.update_category_description import UpdateCategoryDescription
    from ..types import Unset


class QueryCategoriesOperation:
    """`GET /categories`, a paged list: await it for one page, or `.paginate()` /
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
    ) -> _query_categories._Success:
        return cast(
            "_query_categories._Success",
            await self._scope._invoke(
                _query_categories,
                "category.query_categories",
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
    ) -> AsyncIterator[Page[Category]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[Category]]",
            self._scope._pages(
                _query_categories,
                "category.query_categories",
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
    ) -> AsyncIterator[Category]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[Category]",
            self._scope._items(
                self._scope._pages(
                    _query_categories,
                    "category.query_categories",
                    options,
                    {"api_version": api_version, "x_runas": x_runas},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class CategoryApi:
    """The `category` operations of one scope: `await scope.category.<operation>(...)`."""

    __slots__ = ("_scope", "query_categories")

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.query_categories = QueryCategoriesOperation(scope)

    async def add_category_items(
        self,
        *,
        category_id: int,
        body: list[int],
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _add_category_items._Success:
        """`POST /categories/{categoryId}/items`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_add_category_items._Success",
            await self._scope._invoke(
                _add_category_items,
                "category.add_category_items",
                options,
                {"category_id": category_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def create_category(
        self,
        *,
        body: CreateCategory,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_category._Success:
        """`POST /categories`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_category._Success",
            await self._scope._invoke(
                _create_category,
                "category.create_category",
                options,
                {"body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def create_category_description(
        self,
        *,
        category_id: int,
        body: CreateCategoryDescription,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_category_description._Success:
        """`POST /categories/{categoryId}/descriptions`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_category_description._Success",
            await self._scope._invoke(
                _create_category_description,
                "category.create_category_description",
                options,
                {"category_id": category_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def delete_category_description(
        self,
        *,
        category_id: int,
        sales_channel_id: str,
        language_iso: str,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_category_description._Success:
        """`DELETE /categories/{categoryId}/descriptions/{salesChannelId}/{languageIso}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_category_description._Success",
            await self._scope._invoke(
                _delete_category_description,
                "category.delete_category_description",
                options,
                {
                    "category_id": category_id,
                    "sales_channel_id": sales_channel_id,
                    "language_iso": language_iso,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def get_category(
        self,
        *,
        category_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _get_category._Success:
        """`GET /categories/{categoryId}`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_get_category._Success",
            await self._scope._invoke(
                _get_category,
                "category.get_category",
                options,
                {"category_id": category_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_category_descriptions(
        self,
        *,
        category_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_category_descriptions._Success:
        """`GET /categories/{categoryId}/descriptions`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_category_descriptions._Success",
            await self._scope._invoke(
                _query_category_descriptions,
                "category.query_category_descriptions",
                options,
                {"category_id": category_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def update_category(
        self,
        *,
        category_id: int,
        body: UpdateCategory,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_category._Success:
        """`PATCH /categories/{categoryId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_category._Success",
            await self._scope._invoke(
                _update_category,
                "category.update_category",
                options,
                {"category_id": category_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def update_category_description(
        self,
        *,
        category_id: int,
        sales_channel_id: str,
        language_iso: str,
        body: UpdateCategoryDescription,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_category_description._Success:
        """`PATCH /categories/{categoryId}/descriptions/{salesChannelId}/{languageIso}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_category_description._Success",
            await self._scope._invoke(
                _update_category_description,
                "category.update_category_description",
                options,
                {
                    "category_id": category_id,
                    "sales_channel_id": sales_channel_id,
                    "language_iso": language_iso,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )
