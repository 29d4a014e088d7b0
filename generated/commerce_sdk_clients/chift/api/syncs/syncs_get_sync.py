from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...models.read_sync_item import ReadSyncItem
from ...models.sync_consumers_status import SyncConsumersStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    syncid: str,
    *,
    consumers_status: SyncConsumersStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_consumers_status: str | Unset = UNSET
    if not isinstance(consumers_status, Unset):
        json_consumers_status = consumers_status.value

    params["consumers_status"] = json_consumers_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "syncs.syncs_get_sync"},
        "url": "/syncs/{syncid}".format(
            syncid=quote(str(syncid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = ReadSyncItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | ReadSyncItem | None:
    token = _decoding.name_operation("syncs.syncs_get_sync")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | ReadSyncItem | None:
    if response.status_code == 200:
        response_200 = ReadSyncItem.from_dict(response.json())

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
) -> Response[ChiftError | HTTPValidationError | ReadSyncItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    syncid: str,
    *,
    client: AuthenticatedClient | Client,
    consumers_status: SyncConsumersStatus | Unset = UNSET,
) -> Response[ChiftError | HTTPValidationError | ReadSyncItem]:
    """
    Args:
        syncid (str):
        consumers_status (SyncConsumersStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | ReadSyncItem]
    """

    kwargs = _get_kwargs(
        syncid=syncid,
        consumers_status=consumers_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    syncid: str,
    *,
    client: AuthenticatedClient | Client,
    consumers_status: SyncConsumersStatus | Unset = UNSET,
) -> ChiftError | HTTPValidationError | ReadSyncItem | None:
    """
    Args:
        syncid (str):
        consumers_status (SyncConsumersStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | ReadSyncItem
    """

    return sync_detailed(
        syncid=syncid,
        client=client,
        consumers_status=consumers_status,
    ).parsed


async def asyncio_detailed(
    syncid: str,
    *,
    client: AuthenticatedClient | Client,
    consumers_status: SyncConsumersStatus | Unset = UNSET,
) -> Response[ChiftError | HTTPValidationError | ReadSyncItem]:
    """
    Args:
        syncid (str):
        consumers_status (SyncConsumersStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | ReadSyncItem]
    """

    kwargs = _get_kwargs(
        syncid=syncid,
        consumers_status=consumers_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    syncid: str,
    *,
    client: AuthenticatedClient | Client,
    consumers_status: SyncConsumersStatus | Unset = UNSET,
) -> ChiftError | HTTPValidationError | ReadSyncItem | None:
    """
    Args:
        syncid (str):
        consumers_status (SyncConsumersStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | ReadSyncItem
    """

    return (
        await asyncio_detailed(
            syncid=syncid,
            client=client,
            consumers_status=consumers_status,
        )
    ).parsed
