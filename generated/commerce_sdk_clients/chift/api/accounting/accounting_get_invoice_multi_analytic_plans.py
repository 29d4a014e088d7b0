from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.bool_param import BoolParam
from ...models.chift_error import ChiftError
from ...models.invoice_item_out_multi_analytic_plans import InvoiceItemOutMultiAnalyticPlans
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    invoice_id: str,
    *,
    folder_id: None | str | Unset = UNSET,
    include_payments: BoolParam | None | Unset = BoolParam.FALSE,
    include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
    include_partner_info: BoolParam | None | Unset = BoolParam.FALSE,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_folder_id: None | str | Unset
    if isinstance(folder_id, Unset):
        json_folder_id = UNSET
    else:
        json_folder_id = folder_id
    params["folder_id"] = json_folder_id

    json_include_payments: None | str | Unset
    if isinstance(include_payments, Unset):
        json_include_payments = UNSET
    elif isinstance(include_payments, BoolParam):
        json_include_payments = include_payments.value
    else:
        json_include_payments = include_payments
    params["include_payments"] = json_include_payments

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "accounting.accounting_get_invoice_multi_analytic_plans"},
        "url": "/consumers/{consumer_id}/accounting/invoices/multi-analytic-plans/{invoice_id}".format(
            consumer_id=quote(str(consumer_id), safe=""),
            invoice_id=quote(str(invoice_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = InvoiceItemOutMultiAnalyticPlans


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | InvoiceItemOutMultiAnalyticPlans | None:
    token = _decoding.name_operation("accounting.accounting_get_invoice_multi_analytic_plans")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | InvoiceItemOutMultiAnalyticPlans | None:
    if response.status_code == 200:
        response_200 = InvoiceItemOutMultiAnalyticPlans.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ChiftError.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ChiftError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ChiftError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChiftError | InvoiceItemOutMultiAnalyticPlans]:
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
    folder_id: None | str | Unset = UNSET,
    include_payments: BoolParam | None | Unset = BoolParam.FALSE,
    include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
    include_partner_info: BoolParam | None | Unset = BoolParam.FALSE,
) -> Response[ChiftError | InvoiceItemOutMultiAnalyticPlans]:
    """
    Args:
        consumer_id (UUID):
        invoice_id (str):
        folder_id (None | str | Unset):
        include_payments (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_invoice_lines (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_partner_info (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | InvoiceItemOutMultiAnalyticPlans]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        invoice_id=invoice_id,
        folder_id=folder_id,
        include_payments=include_payments,
        include_invoice_lines=include_invoice_lines,
        include_partner_info=include_partner_info,
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
    folder_id: None | str | Unset = UNSET,
    include_payments: BoolParam | None | Unset = BoolParam.FALSE,
    include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
    include_partner_info: BoolParam | None | Unset = BoolParam.FALSE,
) -> ChiftError | InvoiceItemOutMultiAnalyticPlans | None:
    """
    Args:
        consumer_id (UUID):
        invoice_id (str):
        folder_id (None | str | Unset):
        include_payments (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_invoice_lines (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_partner_info (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | InvoiceItemOutMultiAnalyticPlans
    """

    return sync_detailed(
        consumer_id=consumer_id,
        invoice_id=invoice_id,
        client=client,
        folder_id=folder_id,
        include_payments=include_payments,
        include_invoice_lines=include_invoice_lines,
        include_partner_info=include_partner_info,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    folder_id: None | str | Unset = UNSET,
    include_payments: BoolParam | None | Unset = BoolParam.FALSE,
    include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
    include_partner_info: BoolParam | None | Unset = BoolParam.FALSE,
) -> Response[ChiftError | InvoiceItemOutMultiAnalyticPlans]:
    """
    Args:
        consumer_id (UUID):
        invoice_id (str):
        folder_id (None | str | Unset):
        include_payments (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_invoice_lines (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_partner_info (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | InvoiceItemOutMultiAnalyticPlans]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        invoice_id=invoice_id,
        folder_id=folder_id,
        include_payments=include_payments,
        include_invoice_lines=include_invoice_lines,
        include_partner_info=include_partner_info,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    folder_id: None | str | Unset = UNSET,
    include_payments: BoolParam | None | Unset = BoolParam.FALSE,
    include_invoice_lines: BoolParam | None | Unset = BoolParam.FALSE,
    include_partner_info: BoolParam | None | Unset = BoolParam.FALSE,
) -> ChiftError | InvoiceItemOutMultiAnalyticPlans | None:
    """
    Args:
        consumer_id (UUID):
        invoice_id (str):
        folder_id (None | str | Unset):
        include_payments (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_invoice_lines (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_partner_info (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | InvoiceItemOutMultiAnalyticPlans
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            invoice_id=invoice_id,
            client=client,
            folder_id=folder_id,
            include_payments=include_payments,
            include_invoice_lines=include_invoice_lines,
            include_partner_info=include_partner_info,
        )
    ).parsed
