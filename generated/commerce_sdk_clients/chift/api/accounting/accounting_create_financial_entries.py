from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.financial_entry_item_in import FinancialEntryItemIn
from ...models.financial_entry_item_out import FinancialEntryItemOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    *,
    body: FinancialEntryItemIn,
    folder_id: None | str | Unset = UNSET,
    financial_counterpart_account: None | str | Unset = UNSET,
    force_currency_exchange: bool | None | Unset = False,
    ignore_accounting_id: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_folder_id: None | str | Unset
    if isinstance(folder_id, Unset):
        json_folder_id = UNSET
    else:
        json_folder_id = folder_id
    params["folder_id"] = json_folder_id

    json_financial_counterpart_account: None | str | Unset
    if isinstance(financial_counterpart_account, Unset):
        json_financial_counterpart_account = UNSET
    else:
        json_financial_counterpart_account = financial_counterpart_account
    params["financial_counterpart_account"] = json_financial_counterpart_account

    json_force_currency_exchange: bool | None | Unset
    if isinstance(force_currency_exchange, Unset):
        json_force_currency_exchange = UNSET
    else:
        json_force_currency_exchange = force_currency_exchange
    params["force_currency_exchange"] = json_force_currency_exchange

    params["ignore_accounting_id"] = ignore_accounting_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"commerce_sdk.operation": "accounting.accounting_create_financial_entries"},
        "url": "/consumers/{consumer_id}/accounting/financial-entries".format(
            consumer_id=quote(str(consumer_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = FinancialEntryItemOut


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | FinancialEntryItemOut | None:
    token = _decoding.name_operation("accounting.accounting_create_financial_entries")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | FinancialEntryItemOut | None:
    if response.status_code == 200:
        response_200 = FinancialEntryItemOut.from_dict(response.json())

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
) -> Response[ChiftError | FinancialEntryItemOut]:
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
    body: FinancialEntryItemIn,
    folder_id: None | str | Unset = UNSET,
    financial_counterpart_account: None | str | Unset = UNSET,
    force_currency_exchange: bool | None | Unset = False,
    ignore_accounting_id: bool | Unset = False,
) -> Response[ChiftError | FinancialEntryItemOut]:
    """
    Args:
        consumer_id (UUID):
        folder_id (None | str | Unset):
        financial_counterpart_account (None | str | Unset):
        force_currency_exchange (bool | None | Unset):  Default: False.
        ignore_accounting_id (bool | Unset):  Default: False.
        body (FinancialEntryItemIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | FinancialEntryItemOut]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        body=body,
        folder_id=folder_id,
        financial_counterpart_account=financial_counterpart_account,
        force_currency_exchange=force_currency_exchange,
        ignore_accounting_id=ignore_accounting_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FinancialEntryItemIn,
    folder_id: None | str | Unset = UNSET,
    financial_counterpart_account: None | str | Unset = UNSET,
    force_currency_exchange: bool | None | Unset = False,
    ignore_accounting_id: bool | Unset = False,
) -> ChiftError | FinancialEntryItemOut | None:
    """
    Args:
        consumer_id (UUID):
        folder_id (None | str | Unset):
        financial_counterpart_account (None | str | Unset):
        force_currency_exchange (bool | None | Unset):  Default: False.
        ignore_accounting_id (bool | Unset):  Default: False.
        body (FinancialEntryItemIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | FinancialEntryItemOut
    """

    return sync_detailed(
        consumer_id=consumer_id,
        client=client,
        body=body,
        folder_id=folder_id,
        financial_counterpart_account=financial_counterpart_account,
        force_currency_exchange=force_currency_exchange,
        ignore_accounting_id=ignore_accounting_id,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FinancialEntryItemIn,
    folder_id: None | str | Unset = UNSET,
    financial_counterpart_account: None | str | Unset = UNSET,
    force_currency_exchange: bool | None | Unset = False,
    ignore_accounting_id: bool | Unset = False,
) -> Response[ChiftError | FinancialEntryItemOut]:
    """
    Args:
        consumer_id (UUID):
        folder_id (None | str | Unset):
        financial_counterpart_account (None | str | Unset):
        force_currency_exchange (bool | None | Unset):  Default: False.
        ignore_accounting_id (bool | Unset):  Default: False.
        body (FinancialEntryItemIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | FinancialEntryItemOut]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        body=body,
        folder_id=folder_id,
        financial_counterpart_account=financial_counterpart_account,
        force_currency_exchange=force_currency_exchange,
        ignore_accounting_id=ignore_accounting_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FinancialEntryItemIn,
    folder_id: None | str | Unset = UNSET,
    financial_counterpart_account: None | str | Unset = UNSET,
    force_currency_exchange: bool | None | Unset = False,
    ignore_accounting_id: bool | Unset = False,
) -> ChiftError | FinancialEntryItemOut | None:
    """
    Args:
        consumer_id (UUID):
        folder_id (None | str | Unset):
        financial_counterpart_account (None | str | Unset):
        force_currency_exchange (bool | None | Unset):  Default: False.
        ignore_accounting_id (bool | Unset):  Default: False.
        body (FinancialEntryItemIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | FinancialEntryItemOut
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            client=client,
            body=body,
            folder_id=folder_id,
            financial_counterpart_account=financial_counterpart_account,
            force_currency_exchange=force_currency_exchange,
            ignore_accounting_id=ignore_accounting_id,
        )
    ).parsed
