"""Typed methods of the `integrations` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.integrations import create_integration as _create_integration
from ..api.integrations import delete_integration as _delete_integration
from ..api.integrations import execute_integration_action as _execute_integration_action
from ..api.integrations import get_integration as _get_integration
from ..api.integrations import get_integration_actions as _get_integration_actions
from ..api.integrations import get_integration_settings as _get_integration_settings
from ..api.integrations import list_integrations as _list_integrations
from ..api.integrations import sync_integration_orders as _sync_integration_orders
from ..api.integrations import sync_integration_product_stocks as _sync_integration_product_stocks
from ..api.integrations import sync_integration_products as _sync_integration_products
from ..api.integrations import sync_integration_shipping_services as _sync_integration_shipping_services
from ..api.integrations import update_integration as _update_integration
from ..types import UNSET

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.action_execute_request import ActionExecuteRequest
    from ..models.integration import Integration
    from ..models.integration_create import IntegrationCreate
    from ..models.integration_update import IntegrationUpdate
    from ..types import Unset


class ListIntegrationsOperation:
    """`GET /organizations/{organizationId}/integrations`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self, *, page: int | Unset = 1, per_page: int | Unset = 25, options: RequestOptions | None = None
    ) -> _list_integrations._Success:
        return cast(
            "_list_integrations._Success",
            await self._scope._invoke(
                _list_integrations,
                "integrations.list_integrations",
                options,
                {"page": page, "per_page": per_page},
            ),
        )

    def pages(
        self,
        *,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[Integration]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[Integration]]",
            self._scope._pages(
                _list_integrations,
                "integrations.list_integrations",
                options,
                {},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Integration]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[Integration]",
            self._scope._items(
                self._scope._pages(
                    _list_integrations,
                    "integrations.list_integrations",
                    options,
                    {},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class IntegrationsApi:
    """The `integrations` operations of one scope: `await scope.integrations.<operation>(...)`."""

    __slots__ = ("_scope", "list_integrations")

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.list_integrations = ListIntegrationsOperation(scope)

    async def create_integration(
        self, *, body: IntegrationCreate, options: RequestOptions | None = None
    ) -> _create_integration._Success:
        """`POST /organizations/{organizationId}/integrations`; error statuses (400, 401, 403, 404, 422) raise typed errors."""
        return cast(
            "_create_integration._Success",
            await self._scope._invoke(
                _create_integration, "integrations.create_integration", options, {"body": body}
            ),
        )

    async def delete_integration(
        self, *, integration_id: str, options: RequestOptions | None = None
    ) -> _delete_integration._Success:
        """`DELETE /organizations/{organizationId}/integrations/{integrationId}`; error statuses (401, 403, 404) raise typed errors."""
        return cast(
            "_delete_integration._Success",
            await self._scope._invoke(
                _delete_integration,
                "integrations.delete_integration",
                options,
                {"integration_id": integration_id},
            ),
        )

    async def execute_integration_action(
        self,
        *,
        integration_id: str,
        action_id: str,
        body: ActionExecuteRequest | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _execute_integration_action._Success:
        """`POST /organizations/{organizationId}/integrations/{integrationId}/actions/{actionId}`; error statuses (400, 401, 403, 404, 422) raise typed errors."""
        return cast(
            "_execute_integration_action._Success",
            await self._scope._invoke(
                _execute_integration_action,
                "integrations.execute_integration_action",
                options,
                {"integration_id": integration_id, "action_id": action_id, "body": body},
            ),
        )

    async def get_integration(
        self, *, integration_id: str, options: RequestOptions | None = None
    ) -> _get_integration._Success:
        """`GET /organizations/{organizationId}/integrations/{integrationId}`; error statuses (401, 403, 404) raise typed errors."""
        return cast(
            "_get_integration._Success",
            await self._scope._invoke(
                _get_integration, "integrations.get_integration", options, {"integration_id": integration_id}
            ),
        )

    async def get_integration_actions(
        self, *, integration_id: str, options: RequestOptions | None = None
    ) -> _get_integration_actions._Success:
        """`GET /organizations/{organizationId}/integrations/{integrationId}/actions`; error statuses (401, 403, 404) raise typed errors."""
        return cast(
            "_get_integration_actions._Success",
            await self._scope._invoke(
                _get_integration_actions,
                "integrations.get_integration_actions",
                options,
                {"integration_id": integration_id},
            ),
        )

    async def get_integration_settings(
        self, *, integration_id: str, options: RequestOptions | None = None
    ) -> _get_integration_settings._Success:
        """`GET /organizations/{organizationId}/integrations/{integrationId}/settings`; error statuses (401, 403, 404) raise typed errors."""
        return cast(
            "_get_integration_settings._Success",
            await self._scope._invoke(
                _get_integration_settings,
                "integrations.get_integration_settings",
                options,
                {"integration_id": integration_id},
            ),
        )

    async def sync_integration_orders(
        self, *, integration_id: str, options: RequestOptions | None = None
    ) -> _sync_integration_orders._Success:
        """`POST /organizations/{organizationId}/integrations/{integrationId}/sync/orders`; error statuses (401, 403, 404, 422) raise typed errors."""
        return cast(
            "_sync_integration_orders._Success",
            await self._scope._invoke(
                _sync_integration_orders,
                "integrations.sync_integration_orders",
                options,
                {"integration_id": integration_id},
            ),
        )

    async def sync_integration_product_stocks(
        self, *, integration_id: str, options: RequestOptions | None = None
    ) -> _sync_integration_product_stocks._Success:
        """`POST /organizations/{organizationId}/integrations/{integrationId}/sync/product-stocks`; error statuses (401, 403, 404, 422) raise typed errors."""
        return cast(
            "_sync_integration_product_stocks._Success",
            await self._scope._invoke(
                _sync_integration_product_stocks,
                "integrations.sync_integration_product_stocks",
                options,
                {"integration_id": integration_id},
            ),
        )

    async def sync_integration_products(
        self, *, integration_id: str, options: RequestOptions | None = None
    ) -> _sync_integration_products._Success:
        """`POST /organizations/{organizationId}/integrations/{integrationId}/sync/products`; error statuses (401, 403, 404, 422) raise typed errors."""
        return cast(
            "_sync_integration_products._Success",
            await self._scope._invoke(
                _sync_integration_products,
                "integrations.sync_integration_products",
                options,
                {"integration_id": integration_id},
            ),
        )

    async def sync_integration_shipping_services(
        self, *, integration_id: str, options: RequestOptions | None = None
    ) -> _sync_integration_shipping_services._Success:
        """`POST /organizations/{organizationId}/integrations/{integrationId}/sync/shipping-services`; error statuses (401, 403, 404, 422) raise typed errors."""
        return cast(
            "_sync_integration_shipping_services._Success",
            await self._scope._invoke(
                _sync_integration_shipping_services,
                "integrations.sync_integration_shipping_services",
                options,
                {"integration_id": integration_id},
            ),
        )

    async def update_integration(
        self, *, integration_id: str, body: IntegrationUpdate, options: RequestOptions | None = None
    ) -> _update_integration._Success:
        """`PUT /organizations/{organizationId}/integrations/{integrationId}`; error statuses (400, 401, 403, 404, 422) raise typed errors."""
        return cast(
            "_update_integration._Success",
            await self._scope._invoke(
                _update_integration,
                "integrations.update_integration",
                options,
                {"integration_id": integration_id, "body": body},
            ),
        )
