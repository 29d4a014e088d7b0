"""Typed methods of the `customer_category` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.customer_category import create_customer_category as _create_customer_category
from ..api.customer_category import delete_customer_category as _delete_customer_category
from ..api.customer_category import get_customer_category as _get_customer_category
from ..api.customer_category import query_customer_categories as _query_customer_categories
from ..api.customer_category import update_customer_category as _update_customer_category
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..models.create_customer_category import CreateCustomerCategory
    from ..models.update_customer_category import UpdateCustomerCategory
    from ..types import Unset


class CustomerCategoryApi:
    """The `customer_category` operations of one scope: `await scope.customer_category.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def create_customer_category(
        self,
        *,
        body: CreateCustomerCategory,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_customer_category._Success:
        """`POST /customerCategories`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_customer_category._Success",
            await self._scope._invoke(
                _create_customer_category,
                "customer_category.create_customer_category",
                options,
                {"body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def delete_customer_category(
        self,
        *,
        customercategory_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_customer_category._Success:
        """`DELETE /customerCategories/{customercategoryId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_customer_category._Success",
            await self._scope._invoke(
                _delete_customer_category,
                "customer_category.delete_customer_category",
                options,
                {"customercategory_id": customercategory_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def get_customer_category(
        self,
        *,
        customercategory_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _get_customer_category._Success:
        """`GET /customerCategories/{customercategoryId}`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_get_customer_category._Success",
            await self._scope._invoke(
                _get_customer_category,
                "customer_category.get_customer_category",
                options,
                {"customercategory_id": customercategory_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_customer_categories(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_customer_categories._Success:
        """`GET /customerCategories`; error statuses (401, 402) raise typed errors."""
        return cast(
            "_query_customer_categories._Success",
            await self._scope._invoke(
                _query_customer_categories,
                "customer_category.query_customer_categories",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def update_customer_category(
        self,
        *,
        customercategory_id: int,
        body: UpdateCustomerCategory,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_customer_category._Success:
        """`PATCH /customerCategories/{customercategoryId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_customer_category._Success",
            await self._scope._invoke(
                _update_customer_category,
                "customer_category.update_customer_category",
                options,
                {
                    "customercategory_id": customercategory_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )
