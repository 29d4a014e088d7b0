from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...models.sync_consumer_item import SyncConsumerItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    syncid: UUID,
    *,
    preview_executionid: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_preview_executionid: None | str | Unset
    if isinstance(preview_executionid, Unset):
        json_preview_executionid = UNSET
    elif isinstance(preview_executionid, UUID):
        json_preview_executionid = str(preview_executionid)
    else:
        json_preview_executionid = preview_executionid
    params["preview_executionid"] = json_preview_executionid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "consumers.syncs_get_syncconsumer"},
        "url": "/consumers/{consumer_id}/syncs/{syncid}".format(
            consumer_id=quote(str(consumer_id), safe=""),
            syncid=quote(str(syncid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = SyncConsumerItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | SyncConsumerItem | None:
    token = _decoding.name_operation("consumers.syncs_get_syncconsumer")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | SyncConsumerItem | None:
    if response.status_code == 200:
        response_200 = SyncConsumerItem.from_dict(response.json())

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
) -> Response[ChiftError | HTTPValidationError | SyncConsumerItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    syncid: UUID,
    *,
    client: AuthenticatedClient | Client,
    preview_executionid: None | Unset | UUID = UNSET,
) -> Response[ChiftError | HTTPValidationError | SyncConsumerItem]:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        preview_executionid (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | SyncConsumerItem]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        syncid=syncid,
        preview_executionid=preview_executionid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    syncid: UUID,
    *,
    client: AuthenticatedClient | Client,
    preview_executionid: None | Unset | UUID = UNSET,
) -> ChiftError | HTTPValidationError | SyncConsumerItem | None:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        preview_executionid (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | SyncConsumerItem
    """

    return sync_detailed(
        consumer_id=consumer_id,
        syncid=syncid,
        client=client,
        preview_executionid=preview_executionid,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    syncid: UUID,
    *,
    client: AuthenticatedClient | Client,
    preview_executionid: None | Unset | UUID = UNSET,
) -> Response[ChiftError | HTTPValidationError | SyncConsumerItem]:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        preview_executionid (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | SyncConsumerItem]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        syncid=syncid,
        preview_executionid=preview_executionid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    syncid: UUID,
    *,
    client: AuthenticatedClient | Client,
    preview_executionid: None | Unset | UUID = UNSET,
) -> ChiftError | HTTPValidationError | SyncConsumerItem | None:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        preview_executionid (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | SyncConsumerItem
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            syncid=syncid,
            client=client,
            preview_executionid=preview_executionid,
        )
    ).parsed
