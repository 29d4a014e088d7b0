from http import HTTPStatus
from typing import Any, TypeAlias

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.create_agentic_sync_item import CreateAgenticSyncItem
from ...models.create_sync_item import CreateSyncItem
from ...models.http_validation_error import HTTPValidationError
from ...models.read_sync_item import ReadSyncItem
from ...types import Response


def _get_kwargs(
    *,
    body: CreateAgenticSyncItem | CreateSyncItem,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"commerce_sdk.operation": "syncs.syncs_post_sync"},
        "url": "/syncs",
    }

    if isinstance(body, CreateSyncItem):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = ReadSyncItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | ReadSyncItem | None:
    token = _decoding.name_operation("syncs.syncs_post_sync")
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
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgenticSyncItem | CreateSyncItem,
) -> Response[ChiftError | HTTPValidationError | ReadSyncItem]:
    """
    Args:
        body (CreateAgenticSyncItem | CreateSyncItem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | ReadSyncItem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgenticSyncItem | CreateSyncItem,
) -> ChiftError | HTTPValidationError | ReadSyncItem | None:
    """
    Args:
        body (CreateAgenticSyncItem | CreateSyncItem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | ReadSyncItem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgenticSyncItem | CreateSyncItem,
) -> Response[ChiftError | HTTPValidationError | ReadSyncItem]:
    """
    Args:
        body (CreateAgenticSyncItem | CreateSyncItem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | ReadSyncItem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgenticSyncItem | CreateSyncItem,
) -> ChiftError | HTTPValidationError | ReadSyncItem | None:
    """
    Args:
        body (CreateAgenticSyncItem | CreateSyncItem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | ReadSyncItem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
