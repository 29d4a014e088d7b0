from http import HTTPStatus
from typing import Any, TypeAlias, cast

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.paged_list_of_invoice import PagedListOfInvoice
from ...models.query_invoices_payment_status import QueryInvoicesPaymentStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = api_version

    if not isinstance(x_runas, Unset):
        headers["x-runas"] = x_runas

    params: dict[str, Any] = {}

    params["salesOrderNumber"] = sales_order_number

    params["externalOrderNumber"] = external_order_number

    params["invoiceNumber"] = invoice_number

    params["itemId"] = item_id

    params["customerId"] = customer_id

    json_payment_status: int | Unset = UNSET
    if not isinstance(payment_status, Unset):
        json_payment_status = payment_status.value

    params["paymentStatus"] = json_payment_status

    params["isExternalInvoice"] = is_external_invoice

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "invoice.query_invoices"},
        "url": "/invoices",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = PagedListOfInvoice


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PagedListOfInvoice | None:
    token = _decoding.name_operation("invoice.query_invoices")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PagedListOfInvoice | None:
    if response.status_code == 200:
        response_200 = PagedListOfInvoice.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 402:
        response_402 = cast(Any, None)
        return response_402

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PagedListOfInvoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
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
) -> Response[Any | PagedListOfInvoice]:
    """
    Args:
        sales_order_number (str | Unset):
        external_order_number (str | Unset):
        invoice_number (str | Unset):
        item_id (int | Unset):
        customer_id (int | Unset):
        payment_status (QueryInvoicesPaymentStatus | Unset):
        is_external_invoice (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PagedListOfInvoice]
    """

    kwargs = _get_kwargs(
        sales_order_number=sales_order_number,
        external_order_number=external_order_number,
        invoice_number=invoice_number,
        item_id=item_id,
        customer_id=customer_id,
        payment_status=payment_status,
        is_external_invoice=is_external_invoice,
        page_number=page_number,
        page_size=page_size,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
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
) -> Any | PagedListOfInvoice | None:
    """
    Args:
        sales_order_number (str | Unset):
        external_order_number (str | Unset):
        invoice_number (str | Unset):
        item_id (int | Unset):
        customer_id (int | Unset):
        payment_status (QueryInvoicesPaymentStatus | Unset):
        is_external_invoice (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PagedListOfInvoice
    """

    return sync_detailed(
        client=client,
        sales_order_number=sales_order_number,
        external_order_number=external_order_number,
        invoice_number=invoice_number,
        item_id=item_id,
        customer_id=customer_id,
        payment_status=payment_status,
        is_external_invoice=is_external_invoice,
        page_number=page_number,
        page_size=page_size,
        api_version=api_version,
        x_runas=x_runas,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
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
) -> Response[Any | PagedListOfInvoice]:
    """
    Args:
        sales_order_number (str | Unset):
        external_order_number (str | Unset):
        invoice_number (str | Unset):
        item_id (int | Unset):
        customer_id (int | Unset):
        payment_status (QueryInvoicesPaymentStatus | Unset):
        is_external_invoice (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PagedListOfInvoice]
    """

    kwargs = _get_kwargs(
        sales_order_number=sales_order_number,
        external_order_number=external_order_number,
        invoice_number=invoice_number,
        item_id=item_id,
        customer_id=customer_id,
        payment_status=payment_status,
        is_external_invoice=is_external_invoice,
        page_number=page_number,
        page_size=page_size,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
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
) -> Any | PagedListOfInvoice | None:
    """
    Args:
        sales_order_number (str | Unset):
        external_order_number (str | Unset):
        invoice_number (str | Unset):
        item_id (int | Unset):
        customer_id (int | Unset):
        payment_status (QueryInvoicesPaymentStatus | Unset):
        is_external_invoice (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PagedListOfInvoice
    """

    return (
        await asyncio_detailed(
            client=client,
            sales_order_number=sales_order_number,
            external_order_number=external_order_number,
            invoice_number=invoice_number,
            item_id=item_id,
            customer_id=customer_id,
            payment_status=payment_status,
            is_external_invoice=is_external_invoice,
            page_number=page_number,
            page_size=page_size,
            api_version=api_version,
            x_runas=x_runas,
        )
    ).parsed
