"""Typed methods of the `syncs` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.syncs import agentic_syncs_ai_fill as _agentic_syncs_ai_fill
from ..api.syncs import agentic_syncs_get_consumer_capabilities as _agentic_syncs_get_consumer_capabilities
from ..api.syncs import agentic_syncs_get_consumer_mapping_table as _agentic_syncs_get_consumer_mapping_table
from ..api.syncs import agentic_syncs_get_consumer_mappings as _agentic_syncs_get_consumer_mappings
from ..api.syncs import agentic_syncs_get_consumer_questions as _agentic_syncs_get_consumer_questions
from ..api.syncs import agentic_syncs_get_object as _agentic_syncs_get_object
from ..api.syncs import agentic_syncs_get_objects as _agentic_syncs_get_objects
from ..api.syncs import agentic_syncs_get_preview as _agentic_syncs_get_preview
from ..api.syncs import agentic_syncs_get_preview_objects as _agentic_syncs_get_preview_objects
from ..api.syncs import agentic_syncs_get_previews as _agentic_syncs_get_previews
from ..api.syncs import agentic_syncs_get_sync_capabilities as _agentic_syncs_get_sync_capabilities
from ..api.syncs import agentic_syncs_get_sync_integrations as _agentic_syncs_get_sync_integrations
from ..api.syncs import agentic_syncs_start_preview as _agentic_syncs_start_preview
from ..api.syncs import (
    agentic_syncs_update_consumer_capabilities as _agentic_syncs_update_consumer_capabilities,
)
from ..api.syncs import agentic_syncs_update_consumer_questions as _agentic_syncs_update_consumer_questions
from ..api.syncs import agentic_syncs_update_sync_capabilities as _agentic_syncs_update_sync_capabilities
from ..api.syncs import syncs_disable_syncconsumer as _syncs_disable_syncconsumer
from ..api.syncs import syncs_enable_syncconsumer as _syncs_enable_syncconsumer
from ..api.syncs import syncs_execute_flow as _syncs_execute_flow
from ..api.syncs import syncs_get_execution as _syncs_get_execution
from ..api.syncs import syncs_get_flow_settings as _syncs_get_flow_settings
from ..api.syncs import syncs_get_sync as _syncs_get_sync
from ..api.syncs import syncs_get_sync_executions as _syncs_get_sync_executions
from ..api.syncs import syncs_get_syncs as _syncs_get_syncs
from ..api.syncs import syncs_post_sync as _syncs_post_sync
from ..api.syncs import syncs_send_custom_event as _syncs_send_custom_event
from ..api.syncs import syncs_update_flowtoconsumer as _syncs_update_flowtoconsumer
from ..api.syncs import syncs_update_synctoconsumer as _syncs_update_synctoconsumer
from ..types import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator
    from uuid import UUID

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.ai_fill_request import AiFillRequest
    from ..models.create_agentic_sync_item import CreateAgenticSyncItem
    from ..models.create_sync_item import CreateSyncItem
    from ..models.enable_flow_consumer import EnableFlowConsumer
    from ..models.execute_flow_request import ExecuteFlowRequest
    from ..models.object_item import ObjectItem
    from ..models.post_sync_flow_event import PostSyncFlowEvent
    from ..models.preview_object_item import PreviewObjectItem
    from ..models.read_sync_mapping_item import ReadSyncMappingItem
    from ..models.start_preview import StartPreview
    from ..models.sync_consumers_status import SyncConsumersStatus
    from ..models.sync_execution_item import SyncExecutionItem
    from ..models.update_consumer_capabilities import UpdateConsumerCapabilities
    from ..models.update_consumer_questions import UpdateConsumerQuestions
    from ..models.update_flow_consumer import UpdateFlowConsumer
    from ..models.update_sync_capabilities import UpdateSyncCapabilities
    from ..types import Unset


class AgenticSyncsGetObjectsOperation:
    """`GET /consumers/{consumer_id}/syncs/{syncid}/objects/{kind}`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        syncid: UUID,
        kind: str,
        status: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        page: int | Unset = 1,
        size: int | Unset = 50,
        options: RequestOptions | None = None,
    ) -> _agentic_syncs_get_objects._Success:
        return cast(
            "_agentic_syncs_get_objects._Success",
            await self._scope._invoke(
                _agentic_syncs_get_objects,
                "syncs.agentic_syncs_get_objects",
                options,
                {
                    "syncid": syncid,
                    "kind": kind,
                    "status": status,
                    "search": search,
                    "page": page,
                    "size": size,
                },
            ),
        )

    def pages(
        self,
        *,
        syncid: UUID,
        kind: str,
        status: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[ObjectItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[ObjectItem]]",
            self._scope._pages(
                _agentic_syncs_get_objects,
                "syncs.agentic_syncs_get_objects",
                options,
                {"syncid": syncid, "kind": kind, "status": status, "search": search},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        syncid: UUID,
        kind: str,
        status: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[ObjectItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[ObjectItem]",
            self._scope._items(
                self._scope._pages(
                    _agentic_syncs_get_objects,
                    "syncs.agentic_syncs_get_objects",
                    options,
                    {"syncid": syncid, "kind": kind, "status": status, "search": search},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class AgenticSyncsGetPreviewObjectsOperation:
    """`GET /consumers/{consumer_id}/syncs/{syncid}/previews/{preview_id}/objects`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        syncid: UUID,
        preview_id: UUID,
        kind: None | str | Unset = UNSET,
        capability: None | str | Unset = UNSET,
        page: int | Unset = 1,
        size: int | Unset = 50,
        language: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _agentic_syncs_get_preview_objects._Success:
        return cast(
            "_agentic_syncs_get_preview_objects._Success",
            await self._scope._invoke(
                _agentic_syncs_get_preview_objects,
                "syncs.agentic_syncs_get_preview_objects",
                options,
                {
                    "syncid": syncid,
                    "preview_id": preview_id,
                    "kind": kind,
                    "capability": capability,
                    "page": page,
                    "size": size,
                    "language": language,
                },
            ),
        )

    def pages(
        self,
        *,
        syncid: UUID,
        preview_id: UUID,
        kind: None | str | Unset = UNSET,
        capability: None | str | Unset = UNSET,
        language: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[PreviewObjectItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[PreviewObjectItem]]",
            self._scope._pages(
                _agentic_syncs_get_preview_objects,
                "syncs.agentic_syncs_get_preview_objects",
                options,
                {
                    "syncid": syncid,
                    "preview_id": preview_id,
                    "kind": kind,
                    "capability": capability,
                    "language": language,
                },
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        syncid: UUID,
        preview_id: UUID,
        kind: None | str | Unset = UNSET,
        capability: None | str | Unset = UNSET,
        language: None | str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[PreviewObjectItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[PreviewObjectItem]",
            self._scope._items(
                self._scope._pages(
                    _agentic_syncs_get_preview_objects,
                    "syncs.agentic_syncs_get_preview_objects",
                    options,
                    {
                        "syncid": syncid,
                        "preview_id": preview_id,
                        "kind": kind,
                        "capability": capability,
                        "language": language,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class SyncsGetSyncExecutionsOperation:
    """`GET /syncs/{syncid}/executions`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        syncid: UUID,
        flowid: None | Unset | UUID = UNSET,
        page: int | Unset = 1,
        size: int | Unset = 50,
        date_to: datetime.datetime | None | Unset = UNSET,
        date_from: datetime.datetime | None | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _syncs_get_sync_executions._Success:
        return cast(
            "_syncs_get_sync_executions._Success",
            await self._scope._invoke(
                _syncs_get_sync_executions,
                "syncs.syncs_get_sync_executions",
                options,
                {
                    "syncid": syncid,
                    "flowid": flowid,
                    "page": page,
                    "size": size,
                    "date_to": date_to,
                    "date_from": date_from,
                },
            ),
        )

    def pages(
        self,
        *,
        syncid: UUID,
        flowid: None | Unset | UUID = UNSET,
        date_to: datetime.datetime | None | Unset = UNSET,
        date_from: datetime.datetime | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[SyncExecutionItem]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[SyncExecutionItem]]",
            self._scope._pages(
                _syncs_get_sync_executions,
                "syncs.syncs_get_sync_executions",
                options,
                {"syncid": syncid, "flowid": flowid, "date_to": date_to, "date_from": date_from},
                page_size,
                start_page,
                prefetch,
            ),
        )

    def paginate(
        self,
        *,
        syncid: UUID,
        flowid: None | Unset | UUID = UNSET,
        date_to: datetime.datetime | None | Unset = UNSET,
        date_from: datetime.datetime | None | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[SyncExecutionItem]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[SyncExecutionItem]",
            self._scope._items(
                self._scope._pages(
                    _syncs_get_sync_executions,
                    "syncs.syncs_get_sync_executions",
                    options,
                    {"syncid": syncid, "flowid": flowid, "date_to": date_to, "date_from": date_from},
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class SyncsApi:
    """The `syncs` operations of one scope: `await scope.syncs.<operation>(...)`."""

    __slots__ = (
        "_scope",
        "agentic_syncs_get_objects",
        "agentic_syncs_get_preview_objects",
        "syncs_get_sync_executions",
    )

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.agentic_syncs_get_objects = AgenticSyncsGetObjectsOperation(scope)
        self.agentic_syncs_get_preview_objects = AgenticSyncsGetPreviewObjectsOperation(scope)
        self.syncs_get_sync_executions = SyncsGetSyncExecutionsOperation(scope)

    async def agentic_syncs_ai_fill(
        self,
        *,
        syncid: UUID,
        body: AiFillRequest | None | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _agentic_syncs_ai_fill._Success:
        """`POST /consumers/{consumer_id}/syncs/{syncid}/ai-fill`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_agentic_syncs_ai_fill._Success",
            await self._scope._invoke(
                _agentic_syncs_ai_fill,
                "syncs.agentic_syncs_ai_fill",
                options,
                {"syncid": syncid, "body": body},
            ),
        )

    async def agentic_syncs_get_consumer_capabilities(
        self, *, syncid: UUID, language: None | str | Unset = UNSET, options: RequestOptions | None = None
    ) -> _agentic_syncs_get_consumer_capabilities._Success:
        """`GET /consumers/{consumer_id}/syncs/{syncid}/capabilities`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_agentic_syncs_get_consumer_capabilities._Success",
            await self._scope._invoke(
                _agentic_syncs_get_consumer_capabilities,
                "syncs.agentic_syncs_get_consumer_capabilities",
                options,
                {"syncid": syncid, "language": language},
            ),
        )

    async def agentic_syncs_get_consumer_mapping_table(
        self,
        *,
        syncid: UUID,
        table_key: str,
        search: None | str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 100,
        show_all: bool | Unset = False,
        row: None | str | Unset = UNSET,
        refresh: bool | Unset = False,
        language: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _agentic_syncs_get_consumer_mapping_table._Success:
        """`GET /consumers/{consumer_id}/syncs/{syncid}/mappings/{table_key}`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_agentic_syncs_get_consumer_mapping_table._Success",
            await self._scope._invoke(
                _agentic_syncs_get_consumer_mapping_table,
                "syncs.agentic_syncs_get_consumer_mapping_table",
                options,
                {
                    "syncid": syncid,
                    "table_key": table_key,
                    "search": search,
                    "page": page,
                    "page_size": page_size,
                    "show_all": show_all,
                    "row": row,
                    "refresh": refresh,
                    "language": language,
                },
            ),
        )

    async def agentic_syncs_get_consumer_mappings(
        self, *, syncid: UUID, language: None | str | Unset = UNSET, options: RequestOptions | None = None
    ) -> _agentic_syncs_get_consumer_mappings._Success:
        """`GET /consumers/{consumer_id}/syncs/{syncid}/mappings`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_agentic_syncs_get_consumer_mappings._Success",
            await self._scope._invoke(
                _agentic_syncs_get_consumer_mappings,
                "syncs.agentic_syncs_get_consumer_mappings",
                options,
                {"syncid": syncid, "language": language},
            ),
        )

    async def agentic_syncs_get_consumer_questions(
        self, *, syncid: UUID, language: None | str | Unset = UNSET, options: RequestOptions | None = None
    ) -> _agentic_syncs_get_consumer_questions._Success:
        """`GET /consumers/{consumer_id}/syncs/{syncid}/questions`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_agentic_syncs_get_consumer_questions._Success",
            await self._scope._invoke(
                _agentic_syncs_get_consumer_questions,
                "syncs.agentic_syncs_get_consumer_questions",
                options,
                {"syncid": syncid, "language": language},
            ),
        )

    async def agentic_syncs_get_object(
        self,
        *,
        syncid: UUID,
        kind: str,
        object_id: UUID,
        language: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _agentic_syncs_get_object._Success:
        """`GET /consumers/{consumer_id}/syncs/{syncid}/objects/{kind}/{object_id}`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_agentic_syncs_get_object._Success",
            await self._scope._invoke(
                _agentic_syncs_get_object,
                "syncs.agentic_syncs_get_object",
                options,
                {"syncid": syncid, "kind": kind, "object_id": object_id, "language": language},
            ),
        )

    async def agentic_syncs_get_preview(
        self,
        *,
        syncid: UUID,
        preview_id: UUID,
        language: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _agentic_syncs_get_preview._Success:
        """`GET /consumers/{consumer_id}/syncs/{syncid}/previews/{preview_id}`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_agentic_syncs_get_preview._Success",
            await self._scope._invoke(
                _agentic_syncs_get_preview,
                "syncs.agentic_syncs_get_preview",
                options,
                {"syncid": syncid, "preview_id": preview_id, "language": language},
            ),
        )

    async def agentic_syncs_get_previews(
        self,
        *,
        syncid: UUID,
        latest: bool | Unset = False,
        language: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _agentic_syncs_get_previews._Success:
        """`GET /consumers/{consumer_id}/syncs/{syncid}/previews`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_agentic_syncs_get_previews._Success",
            await self._scope._invoke(
                _agentic_syncs_get_previews,
                "syncs.agentic_syncs_get_previews",
                options,
                {"syncid": syncid, "latest": latest, "language": language},
            ),
        )

    async def agentic_syncs_get_sync_capabilities(
        self, *, syncid: UUID, language: None | str | Unset = UNSET, options: RequestOptions | None = None
    ) -> _agentic_syncs_get_sync_capabilities._Success:
        """`GET /syncs/{syncid}/capabilities`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_agentic_syncs_get_sync_capabilities._Success",
            await self._scope._invoke(
                _agentic_syncs_get_sync_capabilities,
                "syncs.agentic_syncs_get_sync_capabilities",
                options,
                {"syncid": syncid, "language": language},
            ),
        )

    async def agentic_syncs_get_sync_integrations(
        self, *, syncid: UUID, language: None | str | Unset = UNSET, options: RequestOptions | None = None
    ) -> _agentic_syncs_get_sync_integrations._Success:
        """`GET /syncs/{syncid}/integrations`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_agentic_syncs_get_sync_integrations._Success",
            await self._scope._invoke(
                _agentic_syncs_get_sync_integrations,
                "syncs.agentic_syncs_get_sync_integrations",
                options,
                {"syncid": syncid, "language": language},
            ),
        )

    async def agentic_syncs_start_preview(
        self,
        *,
        syncid: UUID,
        body: None | StartPreview | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _agentic_syncs_start_preview._Success:
        """`POST /consumers/{consumer_id}/syncs/{syncid}/previews`; error statuses (404, 409, 422) raise typed errors."""
        return cast(
            "_agentic_syncs_start_preview._Success",
            await self._scope._invoke(
                _agentic_syncs_start_preview,
                "syncs.agentic_syncs_start_preview",
                options,
                {"syncid": syncid, "body": body},
            ),
        )

    async def agentic_syncs_update_consumer_capabilities(
        self,
        *,
        syncid: UUID,
        body: UpdateConsumerCapabilities,
        language: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _agentic_syncs_update_consumer_capabilities._Success:
        """`PUT /consumers/{consumer_id}/syncs/{syncid}/capabilities`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_agentic_syncs_update_consumer_capabilities._Success",
            await self._scope._invoke(
                _agentic_syncs_update_consumer_capabilities,
                "syncs.agentic_syncs_update_consumer_capabilities",
                options,
                {"syncid": syncid, "body": body, "language": language},
            ),
        )

    async def agentic_syncs_update_consumer_questions(
        self,
        *,
        syncid: UUID,
        body: UpdateConsumerQuestions,
        language: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _agentic_syncs_update_consumer_questions._Success:
        """`PUT /consumers/{consumer_id}/syncs/{syncid}/questions`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_agentic_syncs_update_consumer_questions._Success",
            await self._scope._invoke(
                _agentic_syncs_update_consumer_questions,
                "syncs.agentic_syncs_update_consumer_questions",
                options,
                {"syncid": syncid, "body": body, "language": language},
            ),
        )

    async def agentic_syncs_update_sync_capabilities(
        self,
        *,
        syncid: UUID,
        body: UpdateSyncCapabilities,
        language: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _agentic_syncs_update_sync_capabilities._Success:
        """`PUT /syncs/{syncid}/capabilities`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_agentic_syncs_update_sync_capabilities._Success",
            await self._scope._invoke(
                _agentic_syncs_update_sync_capabilities,
                "syncs.agentic_syncs_update_sync_capabilities",
                options,
                {"syncid": syncid, "body": body, "language": language},
            ),
        )

    async def syncs_disable_syncconsumer(
        self, *, syncid: UUID, flowid: UUID, options: RequestOptions | None = None
    ) -> _syncs_disable_syncconsumer._Success:
        """`POST /consumers/{consumer_id}/syncs/{syncid}/flows/{flowid}/disable`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_syncs_disable_syncconsumer._Success",
            await self._scope._invoke(
                _syncs_disable_syncconsumer,
                "syncs.syncs_disable_syncconsumer",
                options,
                {"syncid": syncid, "flowid": flowid},
            ),
        )

    async def syncs_enable_syncconsumer(
        self, *, syncid: UUID, flowid: UUID, body: EnableFlowConsumer, options: RequestOptions | None = None
    ) -> _syncs_enable_syncconsumer._Success:
        """`POST /consumers/{consumer_id}/syncs/{syncid}/flows/{flowid}/enable`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_syncs_enable_syncconsumer._Success",
            await self._scope._invoke(
                _syncs_enable_syncconsumer,
                "syncs.syncs_enable_syncconsumer",
                options,
                {"syncid": syncid, "flowid": flowid, "body": body},
            ),
        )

    async def syncs_execute_flow(
        self, *, syncid: str, flowid: str, body: ExecuteFlowRequest, options: RequestOptions | None = None
    ) -> _syncs_execute_flow._Success:
        """`POST /syncs/{syncid}/flows/{flowid}/execute`; error statuses (400, 404, 409, 422) raise typed errors."""
        return cast(
            "_syncs_execute_flow._Success",
            await self._scope._invoke(
                _syncs_execute_flow,
                "syncs.syncs_execute_flow",
                options,
                {"syncid": syncid, "flowid": flowid, "body": body},
            ),
        )

    async def syncs_get_execution(
        self,
        *,
        syncid: str,
        flowid: str,
        executionid: str,
        consumerid: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _syncs_get_execution._Success:
        """`GET /syncs/{syncid}/flows/{flowid}/executions/{executionid}`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_syncs_get_execution._Success",
            await self._scope._invoke(
                _syncs_get_execution,
                "syncs.syncs_get_execution",
                options,
                {"syncid": syncid, "flowid": flowid, "executionid": executionid, "consumerid": consumerid},
            ),
        )

    async def syncs_get_flow_settings(
        self, *, syncid: str, flowid: str, language: str | Unset = "EN", options: RequestOptions | None = None
    ) -> _syncs_get_flow_settings._Success:
        """`GET /syncs/{syncid}/flows/{flowid}/settings`; error statuses (400, 404, 409, 422) raise typed errors."""
        return cast(
            "_syncs_get_flow_settings._Success",
            await self._scope._invoke(
                _syncs_get_flow_settings,
                "syncs.syncs_get_flow_settings",
                options,
                {"syncid": syncid, "flowid": flowid, "language": language},
            ),
        )

    async def syncs_get_sync(
        self,
        *,
        syncid: str,
        consumers_status: SyncConsumersStatus | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _syncs_get_sync._Success:
        """`GET /syncs/{syncid}`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_syncs_get_sync._Success",
            await self._scope._invoke(
                _syncs_get_sync,
                "syncs.syncs_get_sync",
                options,
                {"syncid": syncid, "consumers_status": consumers_status},
            ),
        )

    async def syncs_get_syncs(
        self, *, consumers_status: SyncConsumersStatus | Unset = UNSET, options: RequestOptions | None = None
    ) -> _syncs_get_syncs._Success:
        """`GET /syncs`; error statuses (422) raise typed errors."""
        return cast(
            "_syncs_get_syncs._Success",
            await self._scope._invoke(
                _syncs_get_syncs, "syncs.syncs_get_syncs", options, {"consumers_status": consumers_status}
            ),
        )

    async def syncs_post_sync(
        self, *, body: CreateAgenticSyncItem | CreateSyncItem, options: RequestOptions | None = None
    ) -> _syncs_post_sync._Success:
        """`POST /syncs`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_syncs_post_sync._Success",
            await self._scope._invoke(_syncs_post_sync, "syncs.syncs_post_sync", options, {"body": body}),
        )

    async def syncs_send_custom_event(
        self, *, syncid: str, flowid: str, body: PostSyncFlowEvent, options: RequestOptions | None = None
    ) -> _syncs_send_custom_event._Success:
        """`POST /syncs/{syncid}/flows/{flowid}/event`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_syncs_send_custom_event._Success",
            await self._scope._invoke(
                _syncs_send_custom_event,
                "syncs.syncs_send_custom_event",
                options,
                {"syncid": syncid, "flowid": flowid, "body": body},
            ),
        )

    async def syncs_update_flowtoconsumer(
        self, *, syncid: UUID, flowid: UUID, body: UpdateFlowConsumer, options: RequestOptions | None = None
    ) -> _syncs_update_flowtoconsumer._Success:
        """`PATCH /consumers/{consumer_id}/syncs/{syncid}/flows/{flowid}`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_syncs_update_flowtoconsumer._Success",
            await self._scope._invoke(
                _syncs_update_flowtoconsumer,
                "syncs.syncs_update_flowtoconsumer",
                options,
                {"syncid": syncid, "flowid": flowid, "body": body},
            ),
        )

    async def syncs_update_synctoconsumer(
        self, *, syncid: UUID, body: list[ReadSyncMappingItem], options: RequestOptions | None = None
    ) -> _syncs_update_synctoconsumer._Success:
        """`PATCH /consumers/{consumer_id}/syncs/{syncid}`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_syncs_update_synctoconsumer._Success",
            await self._scope._invoke(
                _syncs_update_synctoconsumer,
                "syncs.syncs_update_synctoconsumer",
                options,
                {"syncid": syncid, "body": body},
            ),
        )
