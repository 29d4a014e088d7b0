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
from ...models.chift_page_invoice_item_out import ChiftPageInvoiceItemOut
from ...models.http_validation_error import HTTPValidationError
from ...models.invoicing_invoice_type import InvoicingInvoiceType
from ...models.payment_status import PaymentStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    *,
    page: int | Unset = 1,
    size: int | Unset = 50,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    invoice_type: InvoicingInvoiceType | None | Unset = InvoicingInvoiceType.ALL,
    payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
    updated_after: datetime.datetime | None | Unset = UNSET,
    include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
    include_analytic_accounts: BoolParam | None | Unset = BoolParam.FALSE,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

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

    json_invoice_type: None | str | Unset
    if isinstance(invoice_type, Unset):
        json_invoice_type = UNSET
    elif isinstance(invoice_type, InvoicingInvoiceType):
        json_invoice_type = invoice_type.value
    else:
        json_invoice_type = invoice_type
    params["invoice_type"] = json_invoice_type

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

    json_include_analytic_accounts: None | str | Unset
    if isinstance(include_analytic_accounts, Unset):
        json_include_analytic_accounts = UNSET
    elif isinstance(include_analytic_accounts, BoolParam):
        json_include_analytic_accounts = include_analytic_accounts.value
    else:
        json_include_analytic_accounts = include_analytic_accounts
    params["include_analytic_accounts"] = json_include_analytic_accounts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "invoicing.invoicing_get_invoices"},
        "url": "/consumers/{consumer_id}/invoicing/invoices".format(
            consumer_id=quote(str(consumer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = ChiftPageInvoiceItemOut


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPageInvoiceItemOut | HTTPValidationError | None:
    token = _decoding.name_operation("invoicing.invoicing_get_invoices")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPageInvoiceItemOut | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ChiftPageInvoiceItemOut.from_dict(response.json())

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
) -> Response[ChiftError | ChiftPageInvoiceItemOut | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    invoice_type: InvoicingInvoiceType | None | Unset = InvoicingInvoiceType.ALL,
    payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
    updated_after: datetime.datetime | None | Unset = UNSET,
    include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
    include_analytic_accounts: BoolParam | None | Unset = BoolParam.FALSE,
) -> Response[ChiftError | ChiftPageInvoiceItemOut | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        invoice_type (InvoicingInvoiceType | None | Unset):  Default: InvoicingInvoiceType.ALL.
        payment_status (None | PaymentStatus | Unset):  Default: PaymentStatus.ALL.
        updated_after (datetime.datetime | None | Unset):
        include_invoice_lines (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_analytic_accounts (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPageInvoiceItemOut | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        page=page,
        size=size,
        date_from=date_from,
        date_to=date_to,
        invoice_type=invoice_type,
        payment_status=payment_status,
        updated_after=updated_after,
        include_invoice_lines=include_invoice_lines,
        include_analytic_accounts=include_analytic_accounts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    invoice_type: InvoicingInvoiceType | None | Unset = InvoicingInvoiceType.ALL,
    payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
    updated_after: datetime.datetime | None | Unset = UNSET,
    include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
    include_analytic_accounts: BoolParam | None | Unset = BoolParam.FALSE,
) -> ChiftError | ChiftPageInvoiceItemOut | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        invoice_type (InvoicingInvoiceType | None | Unset):  Default: InvoicingInvoiceType.ALL.
        payment_status (None | PaymentStatus | Unset):  Default: PaymentStatus.ALL.
        updated_after (datetime.datetime | None | Unset):
        include_invoice_lines (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_analytic_accounts (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPageInvoiceItemOut | HTTPValidationError
    """

    return sync_detailed(
        consumer_id=consumer_id,
        client=client,
        page=page,
        size=size,
        date_from=date_from,
        date_to=date_to,
        invoice_type=invoice_type,
        payment_status=payment_status,
        updated_after=updated_after,
        include_invoice_lines=include_invoice_lines,
        include_analytic_accounts=include_analytic_accounts,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    invoice_type: InvoicingInvoiceType | None | Unset = InvoicingInvoiceType.ALL,
    payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
    updated_after: datetime.datetime | None | Unset = UNSET,
    include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
    include_analytic_accounts: BoolParam | None | Unset = BoolParam.FALSE,
) -> Response[ChiftError | ChiftPageInvoiceItemOut | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        invoice_type (InvoicingInvoiceType | None | Unset):  Default: InvoicingInvoiceType.ALL.
        payment_status (None | PaymentStatus | Unset):  Default: PaymentStatus.ALL.
        updated_after (datetime.datetime | None | Unset):
        include_invoice_lines (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_analytic_accounts (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPageInvoiceItemOut | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        page=page,
        size=size,
        date_from=date_from,
        date_to=date_to,
        invoice_type=invoice_type,
        payment_status=payment_status,
        updated_after=updated_after,
        include_invoice_lines=include_invoice_lines,
        include_analytic_accounts=include_analytic_accounts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    invoice_type: InvoicingInvoiceType | None | Unset = InvoicingInvoiceType.ALL,
    payment_status: None | PaymentStatus | Unset = PaymentStatus.ALL,
    updated_after: datetime.datetime | None | Unset = UNSET,
    include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
    include_analytic_accounts: BoolParam | None | Unset = BoolParam.FALSE,
) -> ChiftError | ChiftPageInvoiceItemOut | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        invoice_type (InvoicingInvoiceType | None | Unset):  Default: InvoicingInvoiceType.ALL.
        payment_status (None | PaymentStatus | Unset):  Default: PaymentStatus.ALL.
        updated_after (datetime.datetime | None | Unset):
        include_invoice_lines (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_analytic_accounts (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPageInvoiceItemOut | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            client=client,
            page=page,
            size=size,
            date_from=date_from,
            date_to=date_to,
            invoice_type=invoice_type,
            payment_status=payment_status,
            updated_after=updated_after,
            include_invoice_lines=include_invoice_lines,
            include_analytic_accounts=include_analytic_accounts,
        )
    ).parsed
