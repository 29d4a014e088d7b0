from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.bool_param import BoolParam
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...models.invoice_item_out_single import InvoiceItemOutSingle
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    invoice_id: str,
    *,
    include_pdf: BoolParam | None | Unset = BoolParam.FALSE,
    include_analytic_accounts: BoolParam | None | Unset = BoolParam.FALSE,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include_pdf: None | str | Unset
    if isinstance(include_pdf, Unset):
        json_include_pdf = UNSET
    elif isinstance(include_pdf, BoolParam):
        json_include_pdf = include_pdf.value
    else:
        json_include_pdf = include_pdf
    params["include_pdf"] = json_include_pdf

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
        "extensions": {"commerce_sdk.operation": "invoicing.invoicing_get_invoice"},
        "url": "/consumers/{consumer_id}/invoicing/invoices/{invoice_id}".format(
            consumer_id=quote(str(consumer_id), safe=""),
            invoice_id=quote(str(invoice_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = InvoiceItemOutSingle


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | InvoiceItemOutSingle | None:
    token = _decoding.name_operation("invoicing.invoicing_get_invoice")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | InvoiceItemOutSingle | None:
    if response.status_code == 200:
        response_200 = InvoiceItemOutSingle.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ChiftError.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ChiftError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChiftError | HTTPValidationError | InvoiceItemOutSingle]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    include_pdf: BoolParam | None | Unset = BoolParam.FALSE,
    include_analytic_accounts: BoolParam | None | Unset = BoolParam.FALSE,
) -> Response[ChiftError | HTTPValidationError | InvoiceItemOutSingle]:
    """
    Args:
        consumer_id (UUID):
        invoice_id (str):
        include_pdf (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_analytic_accounts (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | InvoiceItemOutSingle]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        invoice_id=invoice_id,
        include_pdf=include_pdf,
        include_analytic_accounts=include_analytic_accounts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    include_pdf: BoolParam | None | Unset = BoolParam.FALSE,
    include_analytic_accounts: BoolParam | None | Unset = BoolParam.FALSE,
) -> ChiftError | HTTPValidationError | InvoiceItemOutSingle | None:
    """
    Args:
        consumer_id (UUID):
        invoice_id (str):
        include_pdf (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_analytic_accounts (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | InvoiceItemOutSingle
    """

    return sync_detailed(
        consumer_id=consumer_id,
        invoice_id=invoice_id,
        client=client,
        include_pdf=include_pdf,
        include_analytic_accounts=include_analytic_accounts,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    include_pdf: BoolParam | None | Unset = BoolParam.FALSE,
    include_analytic_accounts: BoolParam | None | Unset = BoolParam.FALSE,
) -> Response[ChiftError | HTTPValidationError | InvoiceItemOutSingle]:
    """
    Args:
        consumer_id (UUID):
        invoice_id (str):
        include_pdf (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_analytic_accounts (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | InvoiceItemOutSingle]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        invoice_id=invoice_id,
        include_pdf=include_pdf,
        include_analytic_accounts=include_analytic_accounts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    include_pdf: BoolParam | None | Unset = BoolParam.FALSE,
    include_analytic_accounts: BoolParam | None | Unset = BoolParam.FALSE,
) -> ChiftError | HTTPValidationError | InvoiceItemOutSingle | None:
    """
    Args:
        consumer_id (UUID):
        invoice_id (str):
        include_pdf (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_analytic_accounts (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | InvoiceItemOutSingle
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            invoice_id=invoice_id,
            client=client,
            include_pdf=include_pdf,
            include_analytic_accounts=include_analytic_accounts,
        )
    ).parsed
