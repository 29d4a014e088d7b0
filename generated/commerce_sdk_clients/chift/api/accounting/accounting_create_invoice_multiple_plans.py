from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.bool_param import BoolParam
from ...models.chift_error import ChiftError
from ...models.invoice_item_in_multi_analytic_plans import InvoiceItemInMultiAnalyticPlans
from ...models.invoice_item_out_multi_analytic_plans import InvoiceItemOutMultiAnalyticPlans
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    *,
    body: InvoiceItemInMultiAnalyticPlans,
    folder_id: None | str | Unset = UNSET,
    force_financial_period: None | str | Unset = UNSET,
    regroup_lines: BoolParam | None | Unset = BoolParam.TRUE,
    ignore_accounting_id: bool | Unset = False,
    force_currency_exchange: bool | None | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_folder_id: None | str | Unset
    if isinstance(folder_id, Unset):
        json_folder_id = UNSET
    else:
        json_folder_id = folder_id
    params["folder_id"] = json_folder_id

    json_force_financial_period: None | str | Unset
    if isinstance(force_financial_period, Unset):
        json_force_financial_period = UNSET
    else:
        json_force_financial_period = force_financial_period
    params["force_financial_period"] = json_force_financial_period

    json_regroup_lines: None | str | Unset
    if isinstance(regroup_lines, Unset):
        json_regroup_lines = UNSET
    elif isinstance(regroup_lines, BoolParam):
        json_regroup_lines = regroup_lines.value
    else:
        json_regroup_lines = regroup_lines
    params["regroup_lines"] = json_regroup_lines

    params["ignore_accounting_id"] = ignore_accounting_id

    json_force_currency_exchange: bool | None | Unset
    if isinstance(force_currency_exchange, Unset):
        json_force_currency_exchange = UNSET
    else:
        json_force_currency_exchange = force_currency_exchange
    params["force_currency_exchange"] = json_force_currency_exchange

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"commerce_sdk.operation": "accounting.accounting_create_invoice_multiple_plans"},
        "url": "/consumers/{consumer_id}/accounting/invoices/multi-analytic-plans".format(
            consumer_id=quote(str(consumer_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = InvoiceItemOutMultiAnalyticPlans


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | InvoiceItemOutMultiAnalyticPlans | None:
    token = _decoding.name_operation("accounting.accounting_create_invoice_multiple_plans")
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

    if response.status_code == 409:
        response_409 = ChiftError.from_dict(response.json())

        return response_409

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
    *,
    client: AuthenticatedClient,
    body: InvoiceItemInMultiAnalyticPlans,
    folder_id: None | str | Unset = UNSET,
    force_financial_period: None | str | Unset = UNSET,
    regroup_lines: BoolParam | None | Unset = BoolParam.TRUE,
    ignore_accounting_id: bool | Unset = False,
    force_currency_exchange: bool | None | Unset = False,
) -> Response[ChiftError | InvoiceItemOutMultiAnalyticPlans]:
    """
    Args:
        consumer_id (UUID):
        folder_id (None | str | Unset):
        force_financial_period (None | str | Unset):
        regroup_lines (BoolParam | None | Unset):  Default: BoolParam.TRUE.
        ignore_accounting_id (bool | Unset):  Default: False.
        force_currency_exchange (bool | None | Unset):  Default: False.
        body (InvoiceItemInMultiAnalyticPlans):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | InvoiceItemOutMultiAnalyticPlans]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        body=body,
        folder_id=folder_id,
        force_financial_period=force_financial_period,
        regroup_lines=regroup_lines,
        ignore_accounting_id=ignore_accounting_id,
        force_currency_exchange=force_currency_exchange,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: InvoiceItemInMultiAnalyticPlans,
    folder_id: None | str | Unset = UNSET,
    force_financial_period: None | str | Unset = UNSET,
    regroup_lines: BoolParam | None | Unset = BoolParam.TRUE,
    ignore_accounting_id: bool | Unset = False,
    force_currency_exchange: bool | None | Unset = False,
) -> ChiftError | InvoiceItemOutMultiAnalyticPlans | None:
    """
    Args:
        consumer_id (UUID):
        folder_id (None | str | Unset):
        force_financial_period (None | str | Unset):
        regroup_lines (BoolParam | None | Unset):  Default: BoolParam.TRUE.
        ignore_accounting_id (bool | Unset):  Default: False.
        force_currency_exchange (bool | None | Unset):  Default: False.
        body (InvoiceItemInMultiAnalyticPlans):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | InvoiceItemOutMultiAnalyticPlans
    """

    return sync_detailed(
        consumer_id=consumer_id,
        client=client,
        body=body,
        folder_id=folder_id,
        force_financial_period=force_financial_period,
        regroup_lines=regroup_lines,
        ignore_accounting_id=ignore_accounting_id,
        force_currency_exchange=force_currency_exchange,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: InvoiceItemInMultiAnalyticPlans,
    folder_id: None | str | Unset = UNSET,
    force_financial_period: None | str | Unset = UNSET,
    regroup_lines: BoolParam | None | Unset = BoolParam.TRUE,
    ignore_accounting_id: bool | Unset = False,
    force_currency_exchange: bool | None | Unset = False,
) -> Response[ChiftError | InvoiceItemOutMultiAnalyticPlans]:
    """
    Args:
        consumer_id (UUID):
        folder_id (None | str | Unset):
        force_financial_period (None | str | Unset):
        regroup_lines (BoolParam | None | Unset):  Default: BoolParam.TRUE.
        ignore_accounting_id (bool | Unset):  Default: False.
        force_currency_exchange (bool | None | Unset):  Default: False.
        body (InvoiceItemInMultiAnalyticPlans):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | InvoiceItemOutMultiAnalyticPlans]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        body=body,
        folder_id=folder_id,
        force_financial_period=force_financial_period,
        regroup_lines=regroup_lines,
        ignore_accounting_id=ignore_accounting_id,
        force_currency_exchange=force_currency_exchange,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: InvoiceItemInMultiAnalyticPlans,
    folder_id: None | str | Unset = UNSET,
    force_financial_period: None | str | Unset = UNSET,
    regroup_lines: BoolParam | None | Unset = BoolParam.TRUE,
    ignore_accounting_id: bool | Unset = False,
    force_currency_exchange: bool | None | Unset = False,
) -> ChiftError | InvoiceItemOutMultiAnalyticPlans | None:
    """
    Args:
        consumer_id (UUID):
        folder_id (None | str | Unset):
        force_financial_period (None | str | Unset):
        regroup_lines (BoolParam | None | Unset):  Default: BoolParam.TRUE.
        ignore_accounting_id (bool | Unset):  Default: False.
        force_currency_exchange (bool | None | Unset):  Default: False.
        body (InvoiceItemInMultiAnalyticPlans):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | InvoiceItemOutMultiAnalyticPlans
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            client=client,
            body=body,
            folder_id=folder_id,
            force_financial_period=force_financial_period,
            regroup_lines=regroup_lines,
            ignore_accounting_id=ignore_accounting_id,
            force_currency_exchange=force_currency_exchange,
        )
    ).parsed
