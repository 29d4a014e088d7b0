from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...models.pos_customer_item import POSCustomerItem
from ...types import Response


def _get_kwargs(
    consumer_id: UUID,
    customer_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "point_of_sale.pos_get_customer"},
        "url": "/consumers/{consumer_id}/pos/customers/{customer_id}".format(
            consumer_id=quote(str(consumer_id), safe=""),
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    return _kwargs


_Success: TypeAlias = POSCustomerItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | POSCustomerItem | None:
    token = _decoding.name_operation("point_of_sale.pos_get_customer")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | POSCustomerItem | None:
    if response.status_code == 200:
        response_200 = POSCustomerItem.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ChiftError.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ChiftError.from_dict(response.json())

        return response_404

    if response.status_code == 405:
        response_405 = ChiftError.from_dict(response.json())

        return response_405

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 502:
        response_502 = ChiftError.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChiftError | HTTPValidationError | POSCustomerItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    customer_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ChiftError | HTTPValidationError | POSCustomerItem]:
    """
    Args:
        consumer_id (UUID):
        customer_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | POSCustomerItem]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        customer_id=customer_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    customer_id: str,
    *,
    client: AuthenticatedClient,
) -> ChiftError | HTTPValidationError | POSCustomerItem | None:
    """
    Args:
        consumer_id (UUID):
        customer_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | POSCustomerItem
    """

    return sync_detailed(
        consumer_id=consumer_id,
        customer_id=customer_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    customer_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ChiftError | HTTPValidationError | POSCustomerItem]:
    """
    Args:
        consumer_id (UUID):
        customer_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | POSCustomerItem]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        customer_id=customer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    customer_id: str,
    *,
    client: AuthenticatedClient,
) -> ChiftError | HTTPValidationError | POSCustomerItem | None:
    """
    Args:
        consumer_id (UUID):
        customer_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | POSCustomerItem
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            customer_id=customer_id,
            client=client,
        )
    ).parsed
