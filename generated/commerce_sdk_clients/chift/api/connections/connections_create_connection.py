from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.link_item import LinkItem
from ...models.post_connection_item import PostConnectionItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    *,
    body: None | PostConnectionItem | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"commerce_sdk.operation": "connections.connections_create_connection"},
        "url": "/consumers/{consumer_id}/connections".format(
            consumer_id=quote(str(consumer_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        if isinstance(body, PostConnectionItem):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = LinkItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | LinkItem | None:
    token = _decoding.name_operation("connections.connections_create_connection")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChiftError | LinkItem | None:
    if response.status_code == 200:
        response_200 = LinkItem.from_dict(response.json())

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
) -> Response[ChiftError | LinkItem]:
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
    body: None | PostConnectionItem | Unset = UNSET,
) -> Response[ChiftError | LinkItem]:
    """
    Args:
        consumer_id (UUID):
        body (None | PostConnectionItem | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | LinkItem]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | PostConnectionItem | Unset = UNSET,
) -> ChiftError | LinkItem | None:
    """
    Args:
        consumer_id (UUID):
        body (None | PostConnectionItem | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | LinkItem
    """

    return sync_detailed(
        consumer_id=consumer_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | PostConnectionItem | Unset = UNSET,
) -> Response[ChiftError | LinkItem]:
    """
    Args:
        consumer_id (UUID):
        body (None | PostConnectionItem | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | LinkItem]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: None | PostConnectionItem | Unset = UNSET,
) -> ChiftError | LinkItem | None:
    """
    Args:
        consumer_id (UUID):
        body (None | PostConnectionItem | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | LinkItem
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            client=client,
            body=body,
        )
    ).parsed
