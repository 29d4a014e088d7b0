from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...models.inventory_details_item import InventoryDetailsItem
from ...models.inventory_details_update import InventoryDetailsUpdate
from ...types import Response


def _get_kwargs(
    consumer_id: UUID,
    variant_id: str,
    *,
    body: InventoryDetailsUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"commerce_sdk.operation": "e_commerce.ecommerce_update_variant_quantity"},
        "url": "/consumers/{consumer_id}/commerce/variants/set_quantity/{variant_id}".format(
            consumer_id=quote(str(consumer_id), safe=""),
            variant_id=quote(str(variant_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = InventoryDetailsItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | InventoryDetailsItem | None:
    token = _decoding.name_operation("e_commerce.ecommerce_update_variant_quantity")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | InventoryDetailsItem | None:
    if response.status_code == 200:
        response_200 = InventoryDetailsItem.from_dict(response.json())

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
) -> Response[ChiftError | HTTPValidationError | InventoryDetailsItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    variant_id: str,
    *,
    client: AuthenticatedClient,
    body: InventoryDetailsUpdate,
) -> Response[ChiftError | HTTPValidationError | InventoryDetailsItem]:
    """
    Args:
        consumer_id (UUID):
        variant_id (str):
        body (InventoryDetailsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | InventoryDetailsItem]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        variant_id=variant_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    variant_id: str,
    *,
    client: AuthenticatedClient,
    body: InventoryDetailsUpdate,
) -> ChiftError | HTTPValidationError | InventoryDetailsItem | None:
    """
    Args:
        consumer_id (UUID):
        variant_id (str):
        body (InventoryDetailsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | InventoryDetailsItem
    """

    return sync_detailed(
        consumer_id=consumer_id,
        variant_id=variant_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    variant_id: str,
    *,
    client: AuthenticatedClient,
    body: InventoryDetailsUpdate,
) -> Response[ChiftError | HTTPValidationError | InventoryDetailsItem]:
    """
    Args:
        consumer_id (UUID):
        variant_id (str):
        body (InventoryDetailsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | InventoryDetailsItem]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        variant_id=variant_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    variant_id: str,
    *,
    client: AuthenticatedClient,
    body: InventoryDetailsUpdate,
) -> ChiftError | HTTPValidationError | InventoryDetailsItem | None:
    """
    Args:
        consumer_id (UUID):
        variant_id (str):
        body (InventoryDetailsUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | InventoryDetailsItem
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            variant_id=variant_id,
            client=client,
            body=body,
        )
    ).parsed
