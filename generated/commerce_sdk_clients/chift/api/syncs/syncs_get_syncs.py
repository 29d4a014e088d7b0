from http import HTTPStatus
from typing import Any, TypeAlias

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.read_sync_item import ReadSyncItem
from ...models.sync_consumers_status import SyncConsumersStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
        "extensions": {"commerce_sdk.operation": "syncs.syncs_get_syncs"},
        "url": "/syncs",
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = list[ReadSyncItem]


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[ReadSyncItem] | None:
    token = _decoding.name_operation("syncs.syncs_get_syncs")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[ReadSyncItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ReadSyncItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | list[ReadSyncItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    consumers_status: SyncConsumersStatus | Unset = UNSET,
) -> Response[HTTPValidationError | list[ReadSyncItem]]:
    """
    Args:
        consumers_status (SyncConsumersStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[ReadSyncItem]]
    """

    kwargs = _get_kwargs(
        consumers_status=consumers_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    consumers_status: SyncConsumersStatus | Unset = UNSET,
) -> HTTPValidationError | list[ReadSyncItem] | None:
    """
    Args:
        consumers_status (SyncConsumersStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[ReadSyncItem]
    """

    return sync_detailed(
        client=client,
        consumers_status=consumers_status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    consumers_status: SyncConsumersStatus | Unset = UNSET,
) -> Response[HTTPValidationError | list[ReadSyncItem]]:
    """
    Args:
        consumers_status (SyncConsumersStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[ReadSyncItem]]
    """

    kwargs = _get_kwargs(
        consumers_status=consumers_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    consumers_status: SyncConsumersStatus | Unset = UNSET,
) -> HTTPValidationError | list[ReadSyncItem] | None:
    """
    Args:
        consumers_status (SyncConsumersStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[ReadSyncItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            consumers_status=consumers_status,
        )
    ).parsed
