import datetime
from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.bool_param import BoolParam
from ...models.chift_error import ChiftError
from ...models.chift_page_invoice_item_out_multi_analytic_plans import (
    ChiftPageInvoiceItemOutMultiAnalyticPlans,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.invoice_approval_status_filter import InvoiceApprovalStatusFilter
from ...models.invoice_type import InvoiceType
from ...models.payment_status import PaymentStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    invoice_type: InvoiceType,
    *,
    page: int | Unset = 1,
    size: int | Unset = 50,
    folder_id: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    journal_ids: None | str | Unset = UNSET,
    include_payments: BoolParam | None | Unset = BoolParam.FALSE,
    payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
    updated_after: datetime.datetime | None | Unset = UNSET,
    include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
    include_partner_info: BoolParam | None | Unset = BoolParam.FALSE,
    approval_status: InvoiceApprovalStatusFilter | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    json_folder_id: None | str | Unset
    if isinstance(folder_id, Unset):
        json_folder_id = UNSET
    else:
        json_folder_id = folder_id
    params["folder_id"] = json_folder_id

    json_date_from: None | str | Unset
    if isinstance(date_from, Unset):
        json_date_from = UNSET
    elif isinstance(date_from, datetime.date):
        json_date_from = date_from.isoformat()
    else:
        json_date_from = date_from
    params["date_from"] = json_date_from

    json_date_to: None | str | Unset
    if isinstance(date_to, Unset):
        json_date_to = UNSET
    elif isinstance(date_to, datetime.date):
        json_date_to = date_to.isoformat()
    else:
        json_date_to = date_to
    params["date_to"] = json_date_to

    json_journal_ids: None | str | Unset
    if isinstance(journal_ids, Unset):
        json_journal_ids = UNSET
    else:
        json_journal_ids = journal_ids
    params["journal_ids"] = json_journal_ids

    json_include_payments: None | str | Unset
    if isinstance(include_payments, Unset):
        json_include_payments = UNSET
    elif isinstance(include_payments, BoolParam):
        json_include_payments = include_payments.value
    else:
        json_include_payments = include_payments
    params["include_payments"] = json_include_payments

    json_payment_status: None | str | Unset
    if isinstance(payment_status, Unset):
        json_payment_status = UNSET
    elif isinstance(payment_status, PaymentStatus):
        json_payment_status = payment_status.value
    else:
        json_payment_status = payment_status
    params["payment_status"] = json_payment_status

    json_updated_after: None | str | Unset
    if isinstance(updated_after, Unset):
        json_updated_after = UNSET
    elif isinstance(updated_after, datetime.datetime):
        json_updated_after = updated_after.isoformat()
    else:
        json_updated_after = updated_after
    params["updated_after"] = json_updated_after

    json_include_invoice_lines: None | str | Unset
    if isinstance(include_invoice_lines, Unset):
        json_include_invoice_lines = UNSET
    elif isinstance(include_invoice_lines, BoolParam):
        json_include_invoice_lines = include_invoice_lines.value
    else:
        json_include_invoice_lines = include_invoice_lines
    params["include_invoice_lines"] = json_include_invoice_lines

    json_include_partner_info: None | str | Unset
    if isinstance(include_partner_info, Unset):
        json_include_partner_info = UNSET
    elif isinstance(include_partner_info, BoolParam):
        json_include_partner_info = include_partner_info.value
    else:
        json_include_partner_info = include_partner_info
    params["include_partner_info"] = json_include_partner_info

    json_approval_status: None | str | Unset
    if isinstance(approval_status, Unset):
        json_approval_status = UNSET
    elif isinstance(approval_status, InvoiceApprovalStatusFilter):
        json_approval_status = approval_status.value
    else:
        json_approval_status = approval_status
    params["approval_status"] = json_approval_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {
            "commerce_sdk.operation": "accounting.accounting_get_invoices_by_type_multi_analytic_plans"
        },
        "url": "/consumers/{consumer_id}/accounting/invoices/multi-analytic-plans/type/{invoice_type}".format(
            consumer_id=quote(str(consumer_id), safe=""),
            invoice_type=quote(str(invoice_type), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = ChiftPageInvoiceItemOutMultiAnalyticPlans


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPageInvoiceItemOutMultiAnalyticPlans | HTTPValidationError | None:
    token = _decoding.name_operation("accounting.accounting_get_invoices_by_type_multi_analytic_plans")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPageInvoiceItemOutMultiAnalyticPlans | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ChiftPageInvoiceItemOutMultiAnalyticPlans.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ChiftError.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChiftError | ChiftPageInvoiceItemOutMultiAnalyticPlans | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    invoice_type: InvoiceType,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
    folder_id: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    journal_ids: None | str | Unset = UNSET,
    include_payments: BoolParam | None | Unset = BoolParam.FALSE,
    payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
    updated_after: datetime.datetime | None | Unset = UNSET,
    include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
    include_partner_info: BoolParam | None | Unset = BoolParam.FALSE,
    approval_status: InvoiceApprovalStatusFilter | None | Unset = UNSET,
) -> Response[ChiftError | ChiftPageInvoiceItemOutMultiAnalyticPlans | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        invoice_type (InvoiceType):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        folder_id (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        journal_ids (None | str | Unset):
        include_payments (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        payment_status (None | PaymentStatus | Unset):  Default: PaymentStatus.ALL.
        updated_after (datetime.datetime | None | Unset):
        include_invoice_lines (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_partner_info (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        approval_status (InvoiceApprovalStatusFilter | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPageInvoiceItemOutMultiAnalyticPlans | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        invoice_type=invoice_type,
        page=page,
        size=size,
        folder_id=folder_id,
        date_from=date_from,
        date_to=date_to,
        journal_ids=journal_ids,
        include_payments=include_payments,
        payment_status=payment_status,
        updated_after=updated_after,
        include_invoice_lines=include_invoice_lines,
        include_partner_info=include_partner_info,
        approval_status=approval_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    invoice_type: InvoiceType,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
    folder_id: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    journal_ids: None | str | Unset = UNSET,
    include_payments: BoolParam | None | Unset = BoolParam.FALSE,
    payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
    updated_after: datetime.datetime | None | Unset = UNSET,
    include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
    include_partner_info: BoolParam | None | Unset = BoolParam.FALSE,
    approval_status: InvoiceApprovalStatusFilter | None | Unset = UNSET,
) -> ChiftError | ChiftPageInvoiceItemOutMultiAnalyticPlans | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        invoice_type (InvoiceType):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        folder_id (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        journal_ids (None | str | Unset):
        include_payments (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        payment_status (None | PaymentStatus | Unset):  Default: PaymentStatus.ALL.
        updated_after (datetime.datetime | None | Unset):
        include_invoice_lines (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_partner_info (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        approval_status (InvoiceApprovalStatusFilter | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPageInvoiceItemOutMultiAnalyticPlans | HTTPValidationError
    """

    return sync_detailed(
        consumer_id=consumer_id,
        invoice_type=invoice_type,
        client=client,
        page=page,
        size=size,
        folder_id=folder_id,
        date_from=date_from,
        date_to=date_to,
        journal_ids=journal_ids,
        include_payments=include_payments,
        payment_status=payment_status,
        updated_after=updated_after,
        include_invoice_lines=include_invoice_lines,
        include_partner_info=include_partner_info,
        approval_status=approval_status,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    invoice_type: InvoiceType,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
    folder_id: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    journal_ids: None | str | Unset = UNSET,
    include_payments: BoolParam | None | Unset = BoolParam.FALSE,
    payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
    updated_after: datetime.datetime | None | Unset = UNSET,
    include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
    include_partner_info: BoolParam | None | Unset = BoolParam.FALSE,
    approval_status: InvoiceApprovalStatusFilter | None | Unset = UNSET,
) -> Response[ChiftError | ChiftPageInvoiceItemOutMultiAnalyticPlans | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        invoice_type (InvoiceType):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        folder_id (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        journal_ids (None | str | Unset):
        include_payments (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        payment_status (None | PaymentStatus | Unset):  Default: PaymentStatus.ALL.
        updated_after (datetime.datetime | None | Unset):
        include_invoice_lines (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_partner_info (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        approval_status (InvoiceApprovalStatusFilter | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPageInvoiceItemOutMultiAnalyticPlans | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        invoice_type=invoice_type,
        page=page,
        size=size,
        folder_id=folder_id,
        date_from=date_from,
        date_to=date_to,
        journal_ids=journal_ids,
        include_payments=include_payments,
        payment_status=payment_status,
        updated_after=updated_after,
        include_invoice_lines=include_invoice_lines,
        include_partner_info=include_partner_info,
        approval_status=approval_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    invoice_type: InvoiceType,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
    folder_id: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    journal_ids: None | str | Unset = UNSET,
    include_payments: BoolParam | None | Unset = BoolParam.FALSE,
    payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
    updated_after: datetime.datetime | None | Unset = UNSET,
    include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
    include_partner_info: BoolParam | None | Unset = BoolParam.FALSE,
    approval_status: InvoiceApprovalStatusFilter | None | Unset = UNSET,
) -> ChiftError | ChiftPageInvoiceItemOutMultiAnalyticPlans | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        invoice_type (InvoiceType):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        folder_id (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        journal_ids (None | str | Unset):
        include_payments (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        payment_status (None | PaymentStatus | Unset):  Default: PaymentStatus.ALL.
        updated_after (datetime.datetime | None | Unset):
        include_invoice_lines (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_partner_info (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        approval_status (InvoiceApprovalStatusFilter | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPageInvoiceItemOutMultiAnalyticPlans | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            invoice_type=invoice_type,
            client=client,
            page=page,
            size=size,
            folder_id=folder_id,
            date_from=date_from,
            date_to=date_to,
            journal_ids=journal_ids,
            include_payments=include_payments,
            payment_status=payment_status,
            updated_after=updated_after,
            include_invoice_lines=include_invoice_lines,
            include_partner_info=include_partner_info,
            approval_status=approval_status,
        )
    ).parsed
