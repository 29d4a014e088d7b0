from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.api_transaction_lookup_out import ApiTransactionLookupOut
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    consumer_id: UUID,
    connection_id: UUID,
    *,
    client_request_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["client_request_id"] = client_request_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {
            "commerce_sdk.operation": "connections.get_transaction_by_client_request_id_consumers_consumer_id_connections_connection_id_transactions_get"
        },
        "url": "/consumers/{consumer_id}/connections/{connection_id}/transactions".format(
            consumer_id=quote(str(consumer_id), safe=""),
            connection_id=quote(str(connection_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = ApiTransactionLookupOut


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiTransactionLookupOut | ChiftError | HTTPValidationError | None:
    token = _decoding.name_operation(
        "connections.get_transaction_by_client_request_id_consumers_consumer_id_connections_connection_id_transactions_get"
    )
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiTransactionLookupOut | ChiftError | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ApiTransactionLookupOut.from_dict(response.json())

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
) -> Response[ApiTransactionLookupOut | ChiftError | HTTPValidationError]:
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
    client: AuthenticatedClient,
    client_request_id: str,
) -> Response[ApiTransactionLookupOut | ChiftError | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        connection_id (UUID):
        client_request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiTransactionLookupOut | ChiftError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        connection_id=connection_id,
        client_request_id=client_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    connection_id: UUID,
    *,
    client: AuthenticatedClient,
    client_request_id: str,
) -> ApiTransactionLookupOut | ChiftError | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        connection_id (UUID):
        client_request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiTransactionLookupOut | ChiftError | HTTPValidationError
    """

    return sync_detailed(
        consumer_id=consumer_id,
        connection_id=connection_id,
        client=client,
        client_request_id=client_request_id,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    connection_id: UUID,
    *,
    client: AuthenticatedClient,
    client_request_id: str,
) -> Response[ApiTransactionLookupOut | ChiftError | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        connection_id (UUID):
        client_request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiTransactionLookupOut | ChiftError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        connection_id=connection_id,
        client_request_id=client_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    connection_id: UUID,
    *,
    client: AuthenticatedClient,
    client_request_id: str,
) -> ApiTransactionLookupOut | ChiftError | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        connection_id (UUID):
        client_request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiTransactionLookupOut | ChiftError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            connection_id=connection_id,
            client=client,
            client_request_id=client_request_id,
        )
    ).parsed
