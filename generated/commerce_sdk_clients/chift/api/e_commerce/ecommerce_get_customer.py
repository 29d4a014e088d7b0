from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.commerce_customer_item import CommerceCustomerItem
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    consumer_id: UUID,
    customer_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "e_commerce.ecommerce_get_customer"},
        "url": "/consumers/{consumer_id}/commerce/customers/{customer_id}".format(
            consumer_id=quote(str(consumer_id), safe=""),
            customer_id=quote(str(customer_id), safe=""),
        ),
    }

    return _kwargs


_Success: TypeAlias = CommerceCustomerItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | CommerceCustomerItem | HTTPValidationError | None:
    token = _decoding.name_operation("e_commerce.ecommerce_get_customer")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | CommerceCustomerItem | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CommerceCustomerItem.from_dict(response.json())

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
) -> Response[ChiftError | CommerceCustomerItem | HTTPValidationError]:
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
) -> Response[ChiftError | CommerceCustomerItem | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        customer_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | CommerceCustomerItem | HTTPValidationError]
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
) -> ChiftError | CommerceCustomerItem | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        customer_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | CommerceCustomerItem | HTTPValidationError
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
) -> Response[ChiftError | CommerceCustomerItem | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        customer_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | CommerceCustomerItem | HTTPValidationError]
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
) -> ChiftError | CommerceCustomerItem | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        customer_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | CommerceCustomerItem | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            customer_id=customer_id,
            client=client,
        )
    ).parsed
