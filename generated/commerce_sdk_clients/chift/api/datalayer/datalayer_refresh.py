from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.datalayer_refresh_body import DatalayerRefreshBody
from ...models.http_validation_error import HTTPValidationError
from ...models.trigger_response import TriggerResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    connection_id: UUID,
    *,
    body: DatalayerRefreshBody | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"commerce_sdk.operation": "datalayer.datalayer_refresh"},
        "url": "/consumers/{consumer_id}/connections/{connection_id}/refresh_datalayer".format(
            consumer_id=quote(str(consumer_id), safe=""),
            connection_id=quote(str(connection_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        if isinstance(body, DatalayerRefreshBody):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = TriggerResponse


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | TriggerResponse | None:
    token = _decoding.name_operation("datalayer.datalayer_refresh")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | TriggerResponse | None:
    if response.status_code == 200:
        response_200 = TriggerResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ChiftError.from_dict(response.json())

        return response_400

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
) -> Response[ChiftError | HTTPValidationError | TriggerResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    connection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DatalayerRefreshBody | None | Unset = UNSET,
) -> Response[ChiftError | HTTPValidationError | TriggerResponse]:
    """
    Args:
        consumer_id (UUID):
        connection_id (UUID):
        body (DatalayerRefreshBody | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | TriggerResponse]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        connection_id=connection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    connection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DatalayerRefreshBody | None | Unset = UNSET,
) -> ChiftError | HTTPValidationError | TriggerResponse | None:
    """
    Args:
        consumer_id (UUID):
        connection_id (UUID):
        body (DatalayerRefreshBody | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | TriggerResponse
    """

    return sync_detailed(
        consumer_id=consumer_id,
        connection_id=connection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    connection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DatalayerRefreshBody | None | Unset = UNSET,
) -> Response[ChiftError | HTTPValidationError | TriggerResponse]:
    """
    Args:
        consumer_id (UUID):
        connection_id (UUID):
        body (DatalayerRefreshBody | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | TriggerResponse]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        connection_id=connection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    connection_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DatalayerRefreshBody | None | Unset = UNSET,
) -> ChiftError | HTTPValidationError | TriggerResponse | None:
    """
    Args:
        consumer_id (UUID):
        connection_id (UUID):
        body (DatalayerRefreshBody | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | TriggerResponse
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            connection_id=connection_id,
            client=client,
            body=body,
        )
    ).parsed
