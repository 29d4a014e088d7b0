"""Typed methods of the `deliverynote` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.deliverynote import get_delivery_note as _get_delivery_note
from ..api.deliverynote import get_delivery_note_packages as _get_delivery_note_packages
from ..api.deliverynote import mail_delivery_note as _mail_delivery_note
from ..api.deliverynote import patch_package_data as _patch_package_data
from ..api.deliverynote import pdf_delivery_note as _pdf_delivery_note
from ..api.deliverynote import post_package_data_for_delivery_note as _post_package_data_for_delivery_note
from ..api.deliverynote import print_delivery_note as _print_delivery_note
from ..api.deliverynote import query_delivery_notes as _query_delivery_notes
from ..api.deliverynote import trigger_delivery_note_workflow as _trigger_delivery_note_workflow
from ..types import UNSET

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.create_delivery_note_package_posting import CreateDeliveryNotePackagePosting
    from ..models.delivery_note import DeliveryNote
    from ..models.trigger_delivery_note_workflow_workflow_event_id import (
        TriggerDeliveryNoteWorkflowWorkflowEventId,
    )
    from ..models.update_delivery_note_package_posting import UpdateDeliveryNotePackagePosting
    from ..types import Unset


class QueryDeliveryNotesOperation:
    """`GET /deliveryNotes`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        sales_order_number: str | Unset = UNSET,
        sales_order_number_id: int | Unset = UNSET,
        customer_id: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_delivery_notes._Success:
        return cast(
            "_query_delivery_notes._Success",
            await self._scope._invoke(
                _query_delivery_notes,
                "deliverynote.query_delivery_notes",
                options,
                {
                    "sales_order_number": sales_order_number,
                    "sales_order_number_id": sales_order_number_id,
                    "customer_id": customer_id,
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
        sales_order_number: str | Unset = UNSET,
        sales_order_number_id: int | Unset = UNSET,
        customer_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[DeliveryNote]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[DeliveryNote]]",
            self._scope._pages(
                _query_delivery_notes,
                "deliverynote.query_delivery_notes",
                options,
                {
                    "sales_order_number": sales_order_number,
                    "sales_order_number_id": sales_order_number_id,
                    "customer_id": customer_id,
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
        sales_order_number: str | Unset = UNSET,
        sales_order_number_id: int | Unset = UNSET,
        customer_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[DeliveryNote]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[DeliveryNote]",
            self._scope._items(
                self._scope._pages(
                    _query_delivery_notes,
                    "deliverynote.query_delivery_notes",
                    options,
                    {
                        "sales_order_number": sales_order_number,
                        "sales_order_number_id": sales_order_number_id,
                        "customer_id": customer_id,
                        "api_version": api_version,
                        "x_runas": x_runas,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class DeliverynoteApi:
    """The `deliverynote` operations of one scope: `await scope.deliverynote.<operation>(...)`."""

    __slots__ = ("_scope", "query_delivery_notes")

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.query_delivery_notes = QueryDeliveryNotesOperation(scope)

    async def get_delivery_note(
        self,
        *,
        delivery_note_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _get_delivery_note._Success:
        """`GET /deliveryNotes/{deliveryNoteId}`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_get_delivery_note._Success",
            await self._scope._invoke(
                _get_delivery_note,
                "deliverynote.get_delivery_note",
                options,
                {"delivery_note_id": delivery_note_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def get_delivery_note_packages(
        self,
        *,
        delivery_note_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _get_delivery_note_packages._Success:
        """`GET /deliveryNotes/{deliveryNoteId}/packages`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_get_delivery_note_packages._Success",
            await self._scope._invoke(
                _get_delivery_note_packages,
                "deliverynote.get_delivery_note_packages",
                options,
                {"delivery_note_id": delivery_note_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def mail_delivery_note(
        self,
        *,
        delivery_note_id: int,
        form_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _mail_delivery_note._Success:
        """`POST /deliveryNotes/{deliveryNoteId}/output/mail`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_mail_delivery_note._Success",
            await self._scope._invoke(
                _mail_delivery_note,
                "deliverynote.mail_delivery_note",
                options,
                {
                    "delivery_note_id": delivery_note_id,
                    "form_id": form_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def patch_package_data(
        self,
        *,
        package_id: int,
        body: UpdateDeliveryNotePackagePosting,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _patch_package_data._Success:
        """`PATCH /deliveryNotes/packages/{packageId}`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_patch_package_data._Success",
            await self._scope._invoke(
                _patch_package_data,
                "deliverynote.patch_package_data",
                options,
                {"package_id": package_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def pdf_delivery_note(
        self,
        *,
        delivery_note_id: int,
        form_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _pdf_delivery_note._Success:
        """`POST /deliveryNotes/{deliveryNoteId}/output/pdf`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_pdf_delivery_note._Success",
            await self._scope._invoke(
                _pdf_delivery_note,
                "deliverynote.pdf_delivery_note",
                options,
                {
                    "delivery_note_id": delivery_note_id,
                    "form_id": form_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def post_package_data_for_delivery_note(
        self,
        *,
        delivery_note_id: int,
        body: list[CreateDeliveryNotePackagePosting],
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _post_package_data_for_delivery_note._Success:
        """`POST /deliveryNotes/{deliveryNoteId}/packages`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_post_package_data_for_delivery_note._Success",
            await self._scope._invoke(
                _post_package_data_for_delivery_note,
                "deliverynote.post_package_data_for_delivery_note",
                options,
                {
                    "delivery_note_id": delivery_note_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def print_delivery_note(
        self,
        *,
        delivery_note_id: int,
        form_id: int | Unset = UNSET,
        printer: str | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _print_delivery_note._Success:
        """`POST /deliveryNotes/{deliveryNoteId}/output/print`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_print_delivery_note._Success",
            await self._scope._invoke(
                _print_delivery_note,
                "deliverynote.print_delivery_note",
                options,
                {
                    "delivery_note_id": delivery_note_id,
                    "form_id": form_id,
                    "printer": printer,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def trigger_delivery_note_workflow(
        self,
        *,
        delivery_note_id: int,
        workflow_event_id: TriggerDeliveryNoteWorkflowWorkflowEventId,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _trigger_delivery_note_workflow._Success:
        """`POST /deliveryNotes/{deliveryNoteId}/workflow/{workflowEventId}`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_trigger_delivery_note_workflow._Success",
            await self._scope._invoke(
                _trigger_delivery_note_workflow,
                "deliverynote.trigger_delivery_note_workflow",
                options,
                {
                    "delivery_note_id": delivery_note_id,
                    "workflow_event_id": workflow_event_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )
