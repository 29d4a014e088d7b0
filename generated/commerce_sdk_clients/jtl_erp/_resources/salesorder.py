"""Typed methods of the `salesorder` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.salesorder import cancel_sales_order as _cancel_sales_order
from ..api.salesorder import create_sales_order as _create_sales_order
from ..api.salesorder import create_sales_order_file as _create_sales_order_file
from ..api.salesorder import create_sales_order_line_item as _create_sales_order_line_item
from ..api.salesorder import create_sales_order_line_item_file as _create_sales_order_line_item_file
from ..api.salesorder import create_sales_order_note as _create_sales_order_note
from ..api.salesorder import delete_sales_order_custom_field as _delete_sales_order_custom_field
from ..api.salesorder import delete_sales_order_file as _delete_sales_order_file
from ..api.salesorder import delete_sales_order_line_item as _delete_sales_order_line_item
from ..api.salesorder import delete_sales_order_line_item_file as _delete_sales_order_line_item_file
from ..api.salesorder import delete_sales_order_note as _delete_sales_order_note
from ..api.salesorder import get_sales_order as _get_sales_order
from ..api.salesorder import mail_sales_order as _mail_sales_order
from ..api.salesorder import pdf_sales_order as _pdf_sales_order
from ..api.salesorder import print_sales_order as _print_sales_order
from ..api.salesorder import query_sales_order_custom_field_values as _query_sales_order_custom_field_values
from ..api.salesorder import query_sales_order_custom_fields as _query_sales_order_custom_fields
from ..api.salesorder import query_sales_order_file_data as _query_sales_order_file_data
from ..api.salesorder import query_sales_order_files as _query_sales_order_files
from ..api.salesorder import query_sales_order_line_item_file_data as _query_sales_order_line_item_file_data
from ..api.salesorder import query_sales_order_line_item_files as _query_sales_order_line_item_files
from ..api.salesorder import query_sales_order_line_items as _query_sales_order_line_items
from ..api.salesorder import query_sales_order_notes as _query_sales_order_notes
from ..api.salesorder import query_sales_order_workflow_events as _query_sales_order_workflow_events
from ..api.salesorder import query_sales_orders as _query_sales_orders
from ..api.salesorder import trigger_sales_order_workflow as _trigger_sales_order_workflow
from ..api.salesorder import trigger_sales_order_workflow_event as _trigger_sales_order_workflow_event
from ..api.salesorder import update_sales_order as _update_sales_order
from ..api.salesorder import update_sales_order_custom_field as _update_sales_order_custom_field
from ..api.salesorder import update_sales_order_file as _update_sales_order_file
from ..api.salesorder import update_sales_order_line_item as _update_sales_order_line_item
from ..api.salesorder import update_sales_order_line_item_file as _update_sales_order_line_item_file
from ..api.salesorder import update_sales_order_note as _update_sales_order_note
from ..types import UNSET

if TYPE_CHECKING:
    import datetime
    from collections.abc import AsyncIterator

    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions
    from commerce_sdk._pagination import Page

    from ..models.create_file import CreateFile
    from ..models.create_note import CreateNote
    from ..models.create_sales_order import CreateSalesOrder
    from ..models.create_sales_order_cancellation_details import CreateSalesOrderCancellationDetails
    from ..models.create_sales_order_line_item import CreateSalesOrderLineItem
    from ..models.create_workflow_event import CreateWorkflowEvent
    from ..models.query_sales_orders_delivery_complete_status import QuerySalesOrdersDeliveryCompleteStatus
    from ..models.query_sales_orders_payment_status import QuerySalesOrdersPaymentStatus
    from ..models.sales_order import SalesOrder
    from ..models.trigger_sales_order_workflow_workflow_event_id import (
        TriggerSalesOrderWorkflowWorkflowEventId,
    )
    from ..models.update_custom_field_value import UpdateCustomFieldValue
    from ..models.update_file import UpdateFile
    from ..models.update_note import UpdateNote
    from ..models.update_sales_order import UpdateSalesOrder
    from ..models.update_sales_order_line_item import UpdateSalesOrderLineItem
    from ..models.update_sales_order_line_item_file import UpdateSalesOrderLineItemFile
    from ..models.update_sales_order_recalculate_tax import UpdateSalesOrderRecalculateTax
    from ..types import Unset


class QuerySalesOrdersOperation:
    """`GET /salesOrders`, a paged list: await it for one page, or `.paginate()` /
    `.pages()` for all of them; error statuses raise typed errors."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def __call__(
        self,
        *,
        sales_order_number: str | Unset = UNSET,
        external_order_number: str | Unset = UNSET,
        billing_number: str | Unset = UNSET,
        item_id: int | Unset = UNSET,
        customer_id: int | Unset = UNSET,
        payment_status: QuerySalesOrdersPaymentStatus | Unset = UNSET,
        payment_method_id: int | Unset = UNSET,
        delivery_complete_status: QuerySalesOrdersDeliveryCompleteStatus | Unset = UNSET,
        created_user_id: int | Unset = UNSET,
        company_id: int | Unset = UNSET,
        sales_channel_id: str | Unset = UNSET,
        created_since: datetime.datetime | Unset = UNSET,
        created_until: datetime.datetime | Unset = UNSET,
        color_id: int | Unset = UNSET,
        ebay_username: str | Unset = UNSET,
        shipping_method_id: int | Unset = UNSET,
        delivered_date: datetime.datetime | Unset = UNSET,
        is_cancelled: bool | Unset = UNSET,
        on_hold_reason_id: int | Unset = UNSET,
        is_external_invoice: bool | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_sales_orders._Success:
        return cast(
            "_query_sales_orders._Success",
            await self._scope._invoke(
                _query_sales_orders,
                "salesorder.query_sales_orders",
                options,
                {
                    "sales_order_number": sales_order_number,
                    "external_order_number": external_order_number,
                    "billing_number": billing_number,
                    "item_id": item_id,
                    "customer_id": customer_id,
                    "payment_status": payment_status,
                    "payment_method_id": payment_method_id,
                    "delivery_complete_status": delivery_complete_status,
                    "created_user_id": created_user_id,
                    "company_id": company_id,
                    "sales_channel_id": sales_channel_id,
                    "created_since": created_since,
                    "created_until": created_until,
                    "color_id": color_id,
                    "ebay_username": ebay_username,
                    "shipping_method_id": shipping_method_id,
                    "delivered_date": delivered_date,
                    "is_cancelled": is_cancelled,
                    "on_hold_reason_id": on_hold_reason_id,
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
        billing_number: str | Unset = UNSET,
        item_id: int | Unset = UNSET,
        customer_id: int | Unset = UNSET,
        payment_status: QuerySalesOrdersPaymentStatus | Unset = UNSET,
        payment_method_id: int | Unset = UNSET,
        delivery_complete_status: QuerySalesOrdersDeliveryCompleteStatus | Unset = UNSET,
        created_user_id: int | Unset = UNSET,
        company_id: int | Unset = UNSET,
        sales_channel_id: str | Unset = UNSET,
        created_since: datetime.datetime | Unset = UNSET,
        created_until: datetime.datetime | Unset = UNSET,
        color_id: int | Unset = UNSET,
        ebay_username: str | Unset = UNSET,
        shipping_method_id: int | Unset = UNSET,
        delivered_date: datetime.datetime | Unset = UNSET,
        is_cancelled: bool | Unset = UNSET,
        on_hold_reason_id: int | Unset = UNSET,
        is_external_invoice: bool | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Page[SalesOrder]]:
        """Every page, the next one fetched while you work on this one."""
        return cast(
            "AsyncIterator[Page[SalesOrder]]",
            self._scope._pages(
                _query_sales_orders,
                "salesorder.query_sales_orders",
                options,
                {
                    "sales_order_number": sales_order_number,
                    "external_order_number": external_order_number,
                    "billing_number": billing_number,
                    "item_id": item_id,
                    "customer_id": customer_id,
                    "payment_status": payment_status,
                    "payment_method_id": payment_method_id,
                    "delivery_complete_status": delivery_complete_status,
                    "created_user_id": created_user_id,
                    "company_id": company_id,
                    "sales_channel_id": sales_channel_id,
                    "created_since": created_since,
                    "created_until": created_until,
                    "color_id": color_id,
                    "ebay_username": ebay_username,
                    "shipping_method_id": shipping_method_id,
                    "delivered_date": delivered_date,
                    "is_cancelled": is_cancelled,
                    "on_hold_reason_id": on_hold_reason_id,
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
        billing_number: str | Unset = UNSET,
        item_id: int | Unset = UNSET,
        customer_id: int | Unset = UNSET,
        payment_status: QuerySalesOrdersPaymentStatus | Unset = UNSET,
        payment_method_id: int | Unset = UNSET,
        delivery_complete_status: QuerySalesOrdersDeliveryCompleteStatus | Unset = UNSET,
        created_user_id: int | Unset = UNSET,
        company_id: int | Unset = UNSET,
        sales_channel_id: str | Unset = UNSET,
        created_since: datetime.datetime | Unset = UNSET,
        created_until: datetime.datetime | Unset = UNSET,
        color_id: int | Unset = UNSET,
        ebay_username: str | Unset = UNSET,
        shipping_method_id: int | Unset = UNSET,
        delivered_date: datetime.datetime | Unset = UNSET,
        is_cancelled: bool | Unset = UNSET,
        on_hold_reason_id: int | Unset = UNSET,
        is_external_invoice: bool | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[SalesOrder]:
        """Every item across all pages."""
        return cast(
            "AsyncIterator[SalesOrder]",
            self._scope._items(
                self._scope._pages(
                    _query_sales_orders,
                    "salesorder.query_sales_orders",
                    options,
                    {
                        "sales_order_number": sales_order_number,
                        "external_order_number": external_order_number,
                        "billing_number": billing_number,
                        "item_id": item_id,
                        "customer_id": customer_id,
                        "payment_status": payment_status,
                        "payment_method_id": payment_method_id,
                        "delivery_complete_status": delivery_complete_status,
                        "created_user_id": created_user_id,
                        "company_id": company_id,
                        "sales_channel_id": sales_channel_id,
                        "created_since": created_since,
                        "created_until": created_until,
                        "color_id": color_id,
                        "ebay_username": ebay_username,
                        "shipping_method_id": shipping_method_id,
                        "delivered_date": delivered_date,
                        "is_cancelled": is_cancelled,
                        "on_hold_reason_id": on_hold_reason_id,
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


class SalesorderApi:
    """The `salesorder` operations of one scope: `await scope.salesorder.<operation>(...)`."""

    __slots__ = ("_scope", "query_sales_orders")

    def __init__(self, scope: Scope) -> None:
        self._scope = scope
        self.query_sales_orders = QuerySalesOrdersOperation(scope)

    async def cancel_sales_order(
        self,
        *,
        sales_order_id: int,
        body: CreateSalesOrderCancellationDetails,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _cancel_sales_order._Success:
        """`POST /salesOrders/{salesOrderId}/cancel`; error statuses (400, 401, 402, 406) raise typed errors."""
        return cast(
            "_cancel_sales_order._Success",
            await self._scope._invoke(
                _cancel_sales_order,
                "salesorder.cancel_sales_order",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def create_sales_order(
        self,
        *,
        body: CreateSalesOrder,
        rename_sales_order_number_when_already_exists: bool | Unset = UNSET,
        disable_automatic_workflows: bool | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_sales_order._Success:
        """`POST /salesOrders`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_sales_order._Success",
            await self._scope._invoke(
                _create_sales_order,
                "salesorder.create_sales_order",
                options,
                {
                    "body": body,
                    "rename_sales_order_number_when_already_exists": rename_sales_order_number_when_already_exists,
                    "disable_automatic_workflows": disable_automatic_workflows,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def create_sales_order_file(
        self,
        *,
        sales_order_id: int,
        body: CreateFile,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_sales_order_file._Success:
        """`POST /salesOrders/{salesOrderId}/files`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_sales_order_file._Success",
            await self._scope._invoke(
                _create_sales_order_file,
                "salesorder.create_sales_order_file",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def create_sales_order_line_item(
        self,
        *,
        sales_order_id: int,
        body: list[CreateSalesOrderLineItem],
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_sales_order_line_item._Success:
        """`POST /salesOrders/{salesOrderId}/lineitems`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_sales_order_line_item._Success",
            await self._scope._invoke(
                _create_sales_order_line_item,
                "salesorder.create_sales_order_line_item",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def create_sales_order_line_item_file(
        self,
        *,
        sales_order_id: int,
        sales_order_line_item_id: int,
        body: CreateFile,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_sales_order_line_item_file._Success:
        """`POST /salesOrders/{salesOrderId}/lineitems/{salesOrderLineItemId}/files`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_sales_order_line_item_file._Success",
            await self._scope._invoke(
                _create_sales_order_line_item_file,
                "salesorder.create_sales_order_line_item_file",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "sales_order_line_item_id": sales_order_line_item_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def create_sales_order_note(
        self,
        *,
        sales_order_id: int,
        body: CreateNote,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _create_sales_order_note._Success:
        """`POST /salesOrders/{salesOrderId}/notes`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_create_sales_order_note._Success",
            await self._scope._invoke(
                _create_sales_order_note,
                "salesorder.create_sales_order_note",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def delete_sales_order_custom_field(
        self,
        *,
        sales_order_id: int,
        customfield_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_sales_order_custom_field._Success:
        """`DELETE /salesOrders/{salesOrderId}/customfields/{customfieldId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_sales_order_custom_field._Success",
            await self._scope._invoke(
                _delete_sales_order_custom_field,
                "salesorder.delete_sales_order_custom_field",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "customfield_id": customfield_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def delete_sales_order_file(
        self,
        *,
        sales_order_id: int,
        sales_order_file_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_sales_order_file._Success:
        """`DELETE /salesOrders/{salesOrderId}/files/{salesOrderFileId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_sales_order_file._Success",
            await self._scope._invoke(
                _delete_sales_order_file,
                "salesorder.delete_sales_order_file",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "sales_order_file_id": sales_order_file_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def delete_sales_order_line_item(
        self,
        *,
        sales_order_id: int,
        sales_order_line_item_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_sales_order_line_item._Success:
        """`DELETE /salesOrders/{salesOrderId}/lineitems/{salesOrderLineItemId}`; error statuses (400, 401, 402, 403, 404) raise typed errors."""
        return cast(
            "_delete_sales_order_line_item._Success",
            await self._scope._invoke(
                _delete_sales_order_line_item,
                "salesorder.delete_sales_order_line_item",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "sales_order_line_item_id": sales_order_line_item_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def delete_sales_order_line_item_file(
        self,
        *,
        sales_order_id: int,
        sales_order_line_item_id: int,
        sales_order_line_item_file_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_sales_order_line_item_file._Success:
        """`DELETE /salesOrders/{salesOrderId}/lineitems/{salesOrderLineItemId}/files/{salesOrderLineItemFileId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_sales_order_line_item_file._Success",
            await self._scope._invoke(
                _delete_sales_order_line_item_file,
                "salesorder.delete_sales_order_line_item_file",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "sales_order_line_item_id": sales_order_line_item_id,
                    "sales_order_line_item_file_id": sales_order_line_item_file_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def delete_sales_order_note(
        self,
        *,
        sales_order_id: int,
        note_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _delete_sales_order_note._Success:
        """`DELETE /salesOrders/{salesOrderId}/notes/{noteId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_delete_sales_order_note._Success",
            await self._scope._invoke(
                _delete_sales_order_note,
                "salesorder.delete_sales_order_note",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "note_id": note_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def get_sales_order(
        self,
        *,
        sales_order_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _get_sales_order._Success:
        """`GET /salesOrders/{salesOrderId}`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_get_sales_order._Success",
            await self._scope._invoke(
                _get_sales_order,
                "salesorder.get_sales_order",
                options,
                {"sales_order_id": sales_order_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def mail_sales_order(
        self,
        *,
        sales_order_id: int,
        form_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _mail_sales_order._Success:
        """`POST /salesOrders/{salesOrderId}/output/mail`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_mail_sales_order._Success",
            await self._scope._invoke(
                _mail_sales_order,
                "salesorder.mail_sales_order",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "form_id": form_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def pdf_sales_order(
        self,
        *,
        sales_order_id: int,
        form_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _pdf_sales_order._Success:
        """`POST /salesOrders/{salesOrderId}/output/pdf`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_pdf_sales_order._Success",
            await self._scope._invoke(
                _pdf_sales_order,
                "salesorder.pdf_sales_order",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "form_id": form_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def print_sales_order(
        self,
        *,
        sales_order_id: int,
        form_id: int | Unset = UNSET,
        printer: str | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _print_sales_order._Success:
        """`POST /salesOrders/{salesOrderId}/output/print`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_print_sales_order._Success",
            await self._scope._invoke(
                _print_sales_order,
                "salesorder.print_sales_order",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "form_id": form_id,
                    "printer": printer,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def query_sales_order_custom_field_values(
        self,
        *,
        sales_order_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_sales_order_custom_field_values._Success:
        """`GET /salesOrders/{salesOrderId}/customfields`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_sales_order_custom_field_values._Success",
            await self._scope._invoke(
                _query_sales_order_custom_field_values,
                "salesorder.query_sales_order_custom_field_values",
                options,
                {"sales_order_id": sales_order_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_sales_order_custom_fields(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_sales_order_custom_fields._Success:
        """`GET /salesOrders/customfields`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_sales_order_custom_fields._Success",
            await self._scope._invoke(
                _query_sales_order_custom_fields,
                "salesorder.query_sales_order_custom_fields",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_sales_order_file_data(
        self,
        *,
        sales_order_id: int,
        sales_order_file_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_sales_order_file_data._Success:
        """`GET /salesOrders/{salesOrderId}/files/{salesOrderFileId}`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_sales_order_file_data._Success",
            await self._scope._invoke(
                _query_sales_order_file_data,
                "salesorder.query_sales_order_file_data",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "sales_order_file_id": sales_order_file_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def query_sales_order_files(
        self,
        *,
        sales_order_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_sales_order_files._Success:
        """`GET /salesOrders/{salesOrderId}/files`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_sales_order_files._Success",
            await self._scope._invoke(
                _query_sales_order_files,
                "salesorder.query_sales_order_files",
                options,
                {"sales_order_id": sales_order_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_sales_order_line_item_file_data(
        self,
        *,
        sales_order_id: int,
        sales_order_line_item_id: int,
        sales_order_line_item_file_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_sales_order_line_item_file_data._Success:
        """`GET /salesOrders/{salesOrderId}/lineitems/{salesOrderLineItemId}/files/{salesOrderLineItemFileId}`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_sales_order_line_item_file_data._Success",
            await self._scope._invoke(
                _query_sales_order_line_item_file_data,
                "salesorder.query_sales_order_line_item_file_data",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "sales_order_line_item_id": sales_order_line_item_id,
                    "sales_order_line_item_file_id": sales_order_line_item_file_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def query_sales_order_line_item_files(
        self,
        *,
        sales_order_id: int,
        sales_order_line_item_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_sales_order_line_item_files._Success:
        """`GET /salesOrders/{salesOrderId}/lineitems/{salesOrderLineItemId}/files`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_sales_order_line_item_files._Success",
            await self._scope._invoke(
                _query_sales_order_line_item_files,
                "salesorder.query_sales_order_line_item_files",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "sales_order_line_item_id": sales_order_line_item_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def query_sales_order_line_items(
        self,
        *,
        sales_order_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_sales_order_line_items._Success:
        """`GET /salesOrders/{salesOrderId}/lineitems`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_sales_order_line_items._Success",
            await self._scope._invoke(
                _query_sales_order_line_items,
                "salesorder.query_sales_order_line_items",
                options,
                {"sales_order_id": sales_order_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_sales_order_notes(
        self,
        *,
        sales_order_id: int,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_sales_order_notes._Success:
        """`GET /salesOrders/{salesOrderId}/notes`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_sales_order_notes._Success",
            await self._scope._invoke(
                _query_sales_order_notes,
                "salesorder.query_sales_order_notes",
                options,
                {"sales_order_id": sales_order_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def query_sales_order_workflow_events(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _query_sales_order_workflow_events._Success:
        """`GET /salesOrders/workflowEvents`; error statuses (401, 402, 404) raise typed errors."""
        return cast(
            "_query_sales_order_workflow_events._Success",
            await self._scope._invoke(
                _query_sales_order_workflow_events,
                "salesorder.query_sales_order_workflow_events",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def trigger_sales_order_workflow(
        self,
        *,
        sales_order_id: int,
        workflow_event_id: TriggerSalesOrderWorkflowWorkflowEventId,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _trigger_sales_order_workflow._Success:
        """`POST /salesOrders/{salesOrderId}/workflow/{workflowEventId}`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_trigger_sales_order_workflow._Success",
            await self._scope._invoke(
                _trigger_sales_order_workflow,
                "salesorder.trigger_sales_order_workflow",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "workflow_event_id": workflow_event_id,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def trigger_sales_order_workflow_event(
        self,
        *,
        sales_order_id: int,
        body: CreateWorkflowEvent,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _trigger_sales_order_workflow_event._Success:
        """`POST /salesOrders/{salesOrderId}/workflowEvents`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_trigger_sales_order_workflow_event._Success",
            await self._scope._invoke(
                _trigger_sales_order_workflow_event,
                "salesorder.trigger_sales_order_workflow_event",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def update_sales_order(
        self,
        *,
        sales_order_id: int,
        body: UpdateSalesOrder,
        recalculate_tax: UpdateSalesOrderRecalculateTax | Unset = UNSET,
        disable_automatic_workflows: bool | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_sales_order._Success:
        """`PATCH /salesOrders/{salesOrderId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_sales_order._Success",
            await self._scope._invoke(
                _update_sales_order,
                "salesorder.update_sales_order",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "body": body,
                    "recalculate_tax": recalculate_tax,
                    "disable_automatic_workflows": disable_automatic_workflows,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def update_sales_order_custom_field(
        self,
        *,
        sales_order_id: int,
        customfield_id: int,
        body: UpdateCustomFieldValue,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_sales_order_custom_field._Success:
        """`PATCH /salesOrders/{salesOrderId}/customfields/{customfieldId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_sales_order_custom_field._Success",
            await self._scope._invoke(
                _update_sales_order_custom_field,
                "salesorder.update_sales_order_custom_field",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "customfield_id": customfield_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def update_sales_order_file(
        self,
        *,
        sales_order_id: int,
        sales_order_file_id: int,
        body: UpdateFile,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_sales_order_file._Success:
        """`PATCH /salesOrders/{salesOrderId}/files/{salesOrderFileId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_sales_order_file._Success",
            await self._scope._invoke(
                _update_sales_order_file,
                "salesorder.update_sales_order_file",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "sales_order_file_id": sales_order_file_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def update_sales_order_line_item(
        self,
        *,
        sales_order_id: int,
        sales_order_line_item_id: int,
        body: UpdateSalesOrderLineItem,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_sales_order_line_item._Success:
        """`PATCH /salesOrders/{salesOrderId}/lineitems/{salesOrderLineItemId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_sales_order_line_item._Success",
            await self._scope._invoke(
                _update_sales_order_line_item,
                "salesorder.update_sales_order_line_item",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "sales_order_line_item_id": sales_order_line_item_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def update_sales_order_line_item_file(
        self,
        *,
        sales_order_id: int,
        sales_order_line_item_id: int,
        sales_order_line_item_file_id: int,
        body: UpdateSalesOrderLineItemFile,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_sales_order_line_item_file._Success:
        """`PATCH /salesOrders/{salesOrderId}/lineitems/{salesOrderLineItemId}/files/{salesOrderLineItemFileId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_sales_order_line_item_file._Success",
            await self._scope._invoke(
                _update_sales_order_line_item_file,
                "salesorder.update_sales_order_line_item_file",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "sales_order_line_item_id": sales_order_line_item_id,
                    "sales_order_line_item_file_id": sales_order_line_item_file_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )

    async def update_sales_order_note(
        self,
        *,
        sales_order_id: int,
        note_id: int,
        body: UpdateNote,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _update_sales_order_note._Success:
        """`PATCH /salesOrders/{salesOrderId}/notes/{noteId}`; error statuses (400, 401, 402, 404) raise typed errors."""
        return cast(
            "_update_sales_order_note._Success",
            await self._scope._invoke(
                _update_sales_order_note,
                "salesorder.update_sales_order_note",
                options,
                {
                    "sales_order_id": sales_order_id,
                    "note_id": note_id,
                    "body": body,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )
