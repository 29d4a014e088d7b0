"""Typed methods of the `invoice` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.invoice import get_invoice as _get_invoice
from ..api.invoice import mail_invoice as _mail_invoice
from ..api.invoice import pdf_invoice as _pdf_invoice
from ..api.invoice import print_invoice as _print_invoice
from ..api.invoice import query_invoice_line_items as _query_invoice_line_items
from ..api.invoice import query_invoice_workflow_events as _query_invoice_workflow_events
from ..api.invoice import query_invoices as _query_invoices
from ..api.invoice import trigger_invoice_workflow as _trigger_invoice_workflow
from ..api.invoice import trigger_invoice_workflow_event as _trigger_invoice_workflow_event
from ..types import UNSET

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.create_workflow_event import CreateWorkflowEvent
    from ..models.invoice import Invoice
    from ..models.query_invoices_payment_status import QueryInvoicesPaymentStatus
    from ..models.trigger_invoice_workflow_workflow_event_id import TriggerInvoiceWorkflowWorkflowEventId
    from ..types import Unset


class QueryInvoicesOperation:
    """`GET /invoices`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        sales_order_number: str | Unset = UNSET,
        external_order_number: str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        item_id: int | Unset = UNSET,
        customer_id: int | Unset = UNSET,
        payment_status: QueryInvoicesPaymentStatus | Unset = UNSET,
        is_external_invoice: bool | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_invoices._Success:
        return cast(
            "_query_invoices._Success",
            await self._scope._invoke(
                _query_invoices,
                "invoice.query_invoices",
                options,
                {
                    "sales_order_number": sales_order_number,
                    "external_order_number": external_order_number,
                    "invoice_number": invoice_number,
                    "item_id": item_id,
                    "customer_id": customer_id,
                    "payment_status": payment_status,
                    "is_external_invoice": is_external_invoice,
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
        external_order_number: str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        item_id: int | Unset = UNSET,
        customer_id: int | Unset = UNSET,
        payment_status: QueryInvoicesPaymentStatus | Unset = UNSET,
        is_external_invoice: bool | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[Invoice]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[Invoice]]",
            self._scope._pages(
                _query_invoices,
                "invoice.query_invoices",
                options,
                {
                    "sales_order_number": sales_order_number,
                    "external_order_number": external_order_number,
                    "invoice_number": invoice_number,
                    "item_id": item_id,
                    "customer_id": customer_id,
                    "payment_status": payment_status,
                    "is_external_invoice": is_external_invoice,
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
        external_order_number: str | Unset = UNSET,
        invoice_number: str | Unset = UNSET,
        item_id: int | Unset = UNSET,
        customer_id: int | Unset = UNSET,
        payment_status: QueryInvoicesPaymentStatus | Unset = UNSET,
        is_external_invoice: bool | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Invoice]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[Invoice]",
            self._scope._items(
                self._scope._pages(
                    _query_invoices,
                    "invoice.query_invoices",
                    options,
                    {
                        "sales_order_number": sales_order_number,
                        "external_order_number": external_order_number,
                        "invoice_number": invoice_number,
                        "item_id": item_id,
                        "customer_id": customer_id,
                        "payment_status": payment_status,
                        "is_external_invoice": is_external_invoice,
                        "api_version": api_version,
                        "x_runas": x_runas,
                    },
                    page_size,
                    start_page,
                    prefetch,
                )
            ),
        )


class InvoiceApi:
    """The `invoice` operations of one scope: `await scope.invoice.<operation>(...)`."""

    __slots__ = ("_scope", "query_invoices")

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.query_invoices = QueryInvoicesOperation(scope)

    async def get_invoice(
        self,
        *,
        invoice_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _get_invoice._Success:
        """`GET /invoices/{invoiceId}`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_get_invoice._Success",
            await self._scope._invoke(
                _get_invoice,
                "invoice.get_invoice",
                options,
                {"invoice_id": invoice_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def mail_invoice(
        self,
        *,
        invoice_id: int,
        form_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _mail_invoice._Success:
        """`POST /invoices/{invoiceId}/output/mail`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_mail_invoice._Success",
            await self._scope._invoke(
                _mail_invoice,
                "invoice.mail_invoice",
                options,
                {
                    "invoice_id": invoice_id,
                    "form_id": form_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def pdf_invoice(
        self,
        *,
        invoice_id: int,
        form_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _pdf_invoice._Success:
        """`POST /invoices/{invoiceId}/output/pdf`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_pdf_invoice._Success",
            await self._scope._invoke(
                _pdf_invoice,
                "invoice.pdf_invoice",
                options,
                {
                    "invoice_id": invoice_id,
                    "form_id": form_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def print_invoice(
        self,
        *,
        invoice_id: int,
        form_id: int | Unset = UNSET,
        printer: str | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _print_invoice._Success:
        """`POST /invoices/{invoiceId}/output/print`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_print_invoice._Success",
            await self._scope._invoke(
                _print_invoice,
                "invoice.print_invoice",
                options,
                {
                    "invoice_id": invoice_id,
                    "form_id": form_id,
                    "printer": printer,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def query_invoice_line_items(
        self,
        *,
        invoice_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_invoice_line_items._Success:
        """`GET /invoices/{invoiceId}/lineitems`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_invoice_line_items._Success",
            await self._scope._invoke(
                _query_invoice_line_items,
                "invoice.query_invoice_line_items",
                options,
                {"invoice_id": invoice_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_invoice_workflow_events(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_invoice_workflow_events._Success:
        """`GET /invoices/workflowEvents`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_invoice_workflow_events._Success",
            await self._scope._invoke(
                _query_invoice_workflow_events,
                "invoice.query_invoice_workflow_events",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def trigger_invoice_workflow(
        self,
        *,
        invoice_id: int,
        workflow_event_id: TriggerInvoiceWorkflowWorkflowEventId,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _trigger_invoice_workflow._Success:
        """`POST /invoices/{invoiceId}/workflow/{workflowEventId}`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_trigger_invoice_workflow._Success",
            await self._scope._invoke(
                _trigger_invoice_workflow,
                "invoice.trigger_invoice_workflow",
                options,
                {
                    "invoice_id": invoice_id,
                    "workflow_event_id": workflow_event_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def trigger_invoice_workflow_event(
        self,
        *,
        invoice_id: int,
        body: CreateWorkflowEvent,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _trigger_invoice_workflow_event._Success:
        """`POST /invoices/{invoiceId}/workflowEvents`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_trigger_invoice_workflow_event._Success",
            await self._scope._invoke(
                _trigger_invoice_workflow_event,
                "invoice.trigger_invoice_workflow_event",
                options,
                {"invoice_id": invoice_id, "body": body, "api_version": api_version, "x_runas": x_runas},
            ),
        )
