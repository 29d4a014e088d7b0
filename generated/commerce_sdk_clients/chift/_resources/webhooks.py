"""Typed methods of the `webhooks` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.webhooks import webhooks_create_webhook as _webhooks_create_webhook
from ..api.webhooks import webhooks_delete_webhook as _webhooks_delete_webhook
from ..api.webhooks import webhooks_get_webhook as _webhooks_get_webhook
from ..api.webhooks import webhooks_get_webhook_logs as _webhooks_get_webhook_logs
from ..api.webhooks import webhooks_get_webhook_types as _webhooks_get_webhook_types
from ..api.webhooks import webhooks_get_webhooks as _webhooks_get_webhooks
from ..api.webhooks import webhooks_update_webhook as _webhooks_update_webhook
from ..types import UNSET

if TYPE_CHECKING:
    from uuid import UUID

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..models.status import Status
    from ..models.webhook_instance_patch_item import WebhookInstancePatchItem
    from ..models.webhook_instance_post_item import WebhookInstancePostItem
    from ..types import Unset


class WebhooksApi:
    """The `webhooks` operations of one scope: `await scope.webhooks.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def webhooks_create_webhook(
        self, *, body: WebhookInstancePostItem, options: RequestOptions | None = None
    ) -> _webhooks_create_webhook._Success:
        """`POST /webhooks`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_webhooks_create_webhook._Success",
            await self._scope._invoke(
                _webhooks_create_webhook, "webhooks.webhooks_create_webhook", options, {"body": body}
            ),
        )

    async def webhooks_delete_webhook(
        self, *, webhookid: UUID, options: RequestOptions | None = None
    ) -> _webhooks_delete_webhook._Success:
        """`DELETE /webhooks/{webhookid}`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_webhooks_delete_webhook._Success",
            await self._scope._invoke(
                _webhooks_delete_webhook,
                "webhooks.webhooks_delete_webhook",
                options,
                {"webhookid": webhookid},
            ),
        )

    async def webhooks_get_webhook(
        self, *, webhookid: UUID, options: RequestOptions | None = None
    ) -> _webhooks_get_webhook._Success:
        """`GET /webhooks/{webhookid}`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_webhooks_get_webhook._Success",
            await self._scope._invoke(
                _webhooks_get_webhook, "webhooks.webhooks_get_webhook", options, {"webhookid": webhookid}
            ),
        )

    async def webhooks_get_webhook_logs(
        self, *, webhookid: UUID, options: RequestOptions | None = None
    ) -> _webhooks_get_webhook_logs._Success:
        """`GET /webhooks/{webhookid}/logs`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_webhooks_get_webhook_logs._Success",
            await self._scope._invoke(
                _webhooks_get_webhook_logs,
                "webhooks.webhooks_get_webhook_logs",
                options,
                {"webhookid": webhookid},
            ),
        )

    async def webhooks_get_webhook_types(
        self, *, options: RequestOptions | None = None
    ) -> _webhooks_get_webhook_types._Success:
        """`GET /webhooks/list`; error statuses (none declared) raise typed errors."""
        return cast(
            "_webhooks_get_webhook_types._Success",
            await self._scope._invoke(
                _webhooks_get_webhook_types, "webhooks.webhooks_get_webhook_types", options, {}
            ),
        )

    async def webhooks_get_webhooks(
        self, *, status: None | Status | Unset = UNSET, options: RequestOptions | None = None
    ) -> _webhooks_get_webhooks._Success:
        """`GET /webhooks`; error statuses (422) raise typed errors."""
        return cast(
            "_webhooks_get_webhooks._Success",
            await self._scope._invoke(
                _webhooks_get_webhooks, "webhooks.webhooks_get_webhooks", options, {"status": status}
            ),
        )

    async def webhooks_update_webhook(
        self, *, webhookid: UUID, body: WebhookInstancePatchItem, options: RequestOptions | None = None
    ) -> _webhooks_update_webhook._Success:
        """`PATCH /webhooks/{webhookid}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_webhooks_update_webhook._Success",
            await self._scope._invoke(
                _webhooks_update_webhook,
                "webhooks.webhooks_update_webhook",
                options,
                {"webhookid": webhookid, "body": body},
            ),
        )
