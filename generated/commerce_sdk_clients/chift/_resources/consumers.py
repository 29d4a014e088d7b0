"""Typed methods of the `consumers` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.consumers import consumers_create_consumer as _consumers_create_consumer
from ..api.consumers import consumers_delete_consumer as _consumers_delete_consumer
from ..api.consumers import consumers_get_consumer as _consumers_get_consumer
from ..api.consumers import consumers_get_consumers as _consumers_get_consumers
from ..api.consumers import consumers_update_consumer as _consumers_update_consumer
from ..api.consumers import (
    datastores_create_consumer_datastoredata as _datastores_create_consumer_datastoredata,
)
from ..api.consumers import (
    datastores_delete_consumer_datastoredata as _datastores_delete_consumer_datastoredata,
)
from ..api.consumers import (
    datastores_get_consumer_and_datastoredata as _datastores_get_consumer_and_datastoredata,
)
from ..api.consumers import (
    datastores_update_consumer_datastoredata as _datastores_update_consumer_datastoredata,
)
from ..api.consumers import syncs_create_synctoconsumer as _syncs_create_synctoconsumer
from ..api.consumers import syncs_get_consumer_executions as _syncs_get_consumer_executions
from ..api.consumers import syncs_get_syncconsumer as _syncs_get_syncconsumer
from ..types import UNSET

if TYPE_CHECKING:
    import datetime
    from uuid import UUID

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..models.bool_param import BoolParam
    from ..models.create_consumer_sync_item import CreateConsumerSyncItem
    from ..models.data_item import DataItem
    from ..models.post_consumer_item import PostConsumerItem
    from ..models.update_consumer_item import UpdateConsumerItem
    from ..types import Unset


class ConsumersApi:
    """The `consumers` operations of one scope: `await scope.consumers.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def consumers_create_consumer(
        self, *, body: PostConsumerItem, options: RequestOptions | None = None
    ) -> _consumers_create_consumer._Success:
        """`POST /consumers`; error statuses (400, 422) raise typed errors."""
        return cast(
            "_consumers_create_consumer._Success",
            await self._scope._invoke(
                _consumers_create_consumer, "consumers.consumers_create_consumer", options, {"body": body}
            ),
        )

    async def consumers_delete_consumer(
        self, *, options: RequestOptions | None = None
    ) -> _consumers_delete_consumer._Success:
        """`DELETE /consumers/{consumer_id}`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_consumers_delete_consumer._Success",
            await self._scope._invoke(
                _consumers_delete_consumer, "consumers.consumers_delete_consumer", options, {}
            ),
        )

    async def consumers_get_consumer(
        self, *, include_account: BoolParam | Unset = UNSET, options: RequestOptions | None = None
    ) -> _consumers_get_consumer._Success:
        """`GET /consumers/{consumer_id}`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_consumers_get_consumer._Success",
            await self._scope._invoke(
                _consumers_get_consumer,
                "consumers.consumers_get_consumer",
                options,
                {"include_account": include_account},
            ),
        )

    async def consumers_get_consumers(
        self,
        *,
        search: None | str | Unset = UNSET,
        internal_reference: None | str | Unset = UNSET,
        include_account: BoolParam | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _consumers_get_consumers._Success:
        """`GET /consumers`; error statuses (422) raise typed errors."""
        return cast(
            "_consumers_get_consumers._Success",
            await self._scope._invoke(
                _consumers_get_consumers,
                "consumers.consumers_get_consumers",
                options,
                {
                    "search": search,
                    "internal_reference": internal_reference,
                    "include_account": include_account,
                },
            ),
        )

    async def consumers_update_consumer(
        self, *, body: UpdateConsumerItem, options: RequestOptions | None = None
    ) -> _consumers_update_consumer._Success:
        """`PATCH /consumers/{consumer_id}`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_consumers_update_consumer._Success",
            await self._scope._invoke(
                _consumers_update_consumer, "consumers.consumers_update_consumer", options, {"body": body}
            ),
        )

    async def datastores_create_consumer_datastoredata(
        self, *, datastoreid: UUID, body: list[DataItem], options: RequestOptions | None = None
    ) -> _datastores_create_consumer_datastoredata._Success:
        """`POST /consumers/{consumer_id}/datastore/{datastoreid}/data`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_datastores_create_consumer_datastoredata._Success",
            await self._scope._invoke(
                _datastores_create_consumer_datastoredata,
                "consumers.datastores_create_consumer_datastoredata",
                options,
                {"datastoreid": datastoreid, "body": body},
            ),
        )

    async def datastores_delete_consumer_datastoredata(
        self, *, datastoreid: UUID, datastoredataid: UUID, options: RequestOptions | None = None
    ) -> _datastores_delete_consumer_datastoredata._Success:
        """`DELETE /consumers/{consumer_id}/datastore/{datastoreid}/data/{datastoredataid}`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_datastores_delete_consumer_datastoredata._Success",
            await self._scope._invoke(
                _datastores_delete_consumer_datastoredata,
                "consumers.datastores_delete_consumer_datastoredata",
                options,
                {"datastoreid": datastoreid, "datastoredataid": datastoredataid},
            ),
        )

    async def datastores_get_consumer_and_datastoredata(
        self,
        *,
        datastoreid: UUID,
        date_to: datetime.datetime | None | Unset = UNSET,
        date_from: datetime.datetime | None | Unset = UNSET,
        executionid: None | str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _datastores_get_consumer_and_datastoredata._Success:
        """`GET /consumers/{consumer_id}/datastore/{datastoreid}/data`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_datastores_get_consumer_and_datastoredata._Success",
            await self._scope._invoke(
                _datastores_get_consumer_and_datastoredata,
                "consumers.datastores_get_consumer_and_datastoredata",
                options,
                {
                    "datastoreid": datastoreid,
                    "date_to": date_to,
                    "date_from": date_from,
                    "executionid": executionid,
                },
            ),
        )

    async def datastores_update_consumer_datastoredata(
        self,
        *,
        datastoreid: UUID,
        datastoredataid: UUID,
        body: DataItem,
        options: RequestOptions | None = None,
    ) -> _datastores_update_consumer_datastoredata._Success:
        """`PATCH /consumers/{consumer_id}/datastore/{datastoreid}/data/{datastoredataid}`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_datastores_update_consumer_datastoredata._Success",
            await self._scope._invoke(
                _datastores_update_consumer_datastoredata,
                "consumers.datastores_update_consumer_datastoredata",
                options,
                {"datastoreid": datastoreid, "datastoredataid": datastoredataid, "body": body},
            ),
        )

    async def syncs_create_synctoconsumer(
        self, *, body: CreateConsumerSyncItem, options: RequestOptions | None = None
    ) -> _syncs_create_synctoconsumer._Success:
        """`POST /consumers/{consumer_id}/syncs`; error statuses (400, 404, 422) raise typed errors."""
        return cast(
            "_syncs_create_synctoconsumer._Success",
            await self._scope._invoke(
                _syncs_create_synctoconsumer, "consumers.syncs_create_synctoconsumer", options, {"body": body}
            ),
        )

    async def syncs_get_consumer_executions(
        self,
        *,
        syncid: UUID,
        flowid: UUID,
        date_to: datetime.datetime | None | Unset = UNSET,
        date_from: datetime.datetime | None | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _syncs_get_consumer_executions._Success:
        """`GET /consumers/{consumer_id}/syncs/{syncid}/flows/{flowid}/executions`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_syncs_get_consumer_executions._Success",
            await self._scope._invoke(
                _syncs_get_consumer_executions,
                "consumers.syncs_get_consumer_executions",
                options,
                {"syncid": syncid, "flowid": flowid, "date_to": date_to, "date_from": date_from},
            ),
        )

    async def syncs_get_syncconsumer(
        self,
        *,
        syncid: UUID,
        preview_executionid: None | Unset | UUID = UNSET,
        options: RequestOptions | None = None,
    ) -> _syncs_get_syncconsumer._Success:
        """`GET /consumers/{consumer_id}/syncs/{syncid}`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_syncs_get_syncconsumer._Success",
            await self._scope._invoke(
                _syncs_get_syncconsumer,
                "consumers.syncs_get_syncconsumer",
                options,
                {"syncid": syncid, "preview_executionid": preview_executionid},
            ),
        )
