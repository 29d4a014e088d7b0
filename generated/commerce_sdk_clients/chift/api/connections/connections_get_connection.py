from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.connection_item import ConnectionItem
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    consumer_id: UUID,
    connectionid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "connections.connections_get_connection"},
        "url": "/consumers/{consumer_id}/connections/{connectionid}".format(
            consumer_id=quote(str(consumer_id), safe=""),
            connectionid=quote(str(connectionid), safe=""),
        ),
    }

    return _kwargs


_Success: TypeAlias = ConnectionItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ConnectionItem | HTTPValidationError | None:
    token = _decoding.name_operation("connections.connections_get_connection")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ConnectionItem | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConnectionItem.from_dict(response.json())

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
) -> Response[ChiftError | ConnectionItem | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    connectionid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ChiftError | ConnectionItem | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        connectionid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ConnectionItem | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        connectionid=connectionid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    connectionid: UUID,
    *,
    client: AuthenticatedClient,
) -> ChiftError | ConnectionItem | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        connectionid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ConnectionItem | HTTPValidationError
    """

    return sync_detailed(
        consumer_id=consumer_id,
        connectionid=connectionid,
        client=client,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    connectionid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ChiftError | ConnectionItem | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        connectionid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ConnectionItem | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        connectionid=connectionid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    connectionid: UUID,
    *,
    client: AuthenticatedClient,
) -> ChiftError | ConnectionItem | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        connectionid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ConnectionItem | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            connectionid=connectionid,
            client=client,
        )
    ).parsed
