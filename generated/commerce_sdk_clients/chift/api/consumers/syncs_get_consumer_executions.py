import datetime
from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chain_execution_item import ChainExecutionItem
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    syncid: UUID,
    flowid: UUID,
    *,
    date_to: datetime.datetime | None | Unset = UNSET,
    date_from: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date_to: None | str | Unset
    if isinstance(date_to, Unset):
        json_date_to = UNSET
    elif isinstance(date_to, datetime.datetime):
        json_date_to = date_to.isoformat()
    else:
        json_date_to = date_to
    params["date_to"] = json_date_to

    json_date_from: None | str | Unset
    if isinstance(date_from, Unset):
        json_date_from = UNSET
    elif isinstance(date_from, datetime.datetime):
        json_date_from = date_from.isoformat()
    else:
        json_date_from = date_from
    params["date_from"] = json_date_from

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "consumers.syncs_get_consumer_executions"},
        "url": "/consumers/{consumer_id}/syncs/{syncid}/flows/{flowid}/executions".format(
            consumer_id=quote(str(consumer_id), safe=""),
            syncid=quote(str(syncid), safe=""),
            flowid=quote(str(flowid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = list[ChainExecutionItem]


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | list[ChainExecutionItem] | None:
    token = _decoding.name_operation("consumers.syncs_get_consumer_executions")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | list[ChainExecutionItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ChainExecutionItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
) -> Response[ChiftError | HTTPValidationError | list[ChainExecutionItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    syncid: UUID,
    flowid: UUID,
    *,
    client: AuthenticatedClient | Client,
    date_to: datetime.datetime | None | Unset = UNSET,
    date_from: datetime.datetime | None | Unset = UNSET,
) -> Response[ChiftError | HTTPValidationError | list[ChainExecutionItem]]:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        flowid (UUID):
        date_to (datetime.datetime | None | Unset):
        date_from (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | list[ChainExecutionItem]]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        syncid=syncid,
        flowid=flowid,
        date_to=date_to,
        date_from=date_from,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    syncid: UUID,
    flowid: UUID,
    *,
    client: AuthenticatedClient | Client,
    date_to: datetime.datetime | None | Unset = UNSET,
    date_from: datetime.datetime | None | Unset = UNSET,
) -> ChiftError | HTTPValidationError | list[ChainExecutionItem] | None:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        flowid (UUID):
        date_to (datetime.datetime | None | Unset):
        date_from (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | list[ChainExecutionItem]
    """

    return sync_detailed(
        consumer_id=consumer_id,
        syncid=syncid,
        flowid=flowid,
        client=client,
        date_to=date_to,
        date_from=date_from,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    syncid: UUID,
    flowid: UUID,
    *,
    client: AuthenticatedClient | Client,
    date_to: datetime.datetime | None | Unset = UNSET,
    date_from: datetime.datetime | None | Unset = UNSET,
) -> Response[ChiftError | HTTPValidationError | list[ChainExecutionItem]]:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        flowid (UUID):
        date_to (datetime.datetime | None | Unset):
        date_from (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | list[ChainExecutionItem]]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        syncid=syncid,
        flowid=flowid,
        date_to=date_to,
        date_from=date_from,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    syncid: UUID,
    flowid: UUID,
    *,
    client: AuthenticatedClient | Client,
    date_to: datetime.datetime | None | Unset = UNSET,
    date_from: datetime.datetime | None | Unset = UNSET,
) -> ChiftError | HTTPValidationError | list[ChainExecutionItem] | None:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        flowid (UUID):
        date_to (datetime.datetime | None | Unset):
        date_from (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | list[ChainExecutionItem]
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            syncid=syncid,
            flowid=flowid,
            client=client,
            date_to=date_to,
            date_from=date_from,
        )
    ).parsed
