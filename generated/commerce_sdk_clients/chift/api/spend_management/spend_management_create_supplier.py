from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...models.spend_management_supplier_item_in import SpendManagementSupplierItemIn
from ...models.spend_management_supplier_item_out import SpendManagementSupplierItemOut
from ...types import Response


def _get_kwargs(
    consumer_id: UUID,
    *,
    body: SpendManagementSupplierItemIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"commerce_sdk.operation": "spend_management.spend_management_create_supplier"},
        "url": "/consumers/{consumer_id}/spend_management/suppliers".format(
            consumer_id=quote(str(consumer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = SpendManagementSupplierItemOut


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | SpendManagementSupplierItemOut | None:
    token = _decoding.name_operation("spend_management.spend_management_create_supplier")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | SpendManagementSupplierItemOut | None:
    if response.status_code == 200:
        response_200 = SpendManagementSupplierItemOut.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ChiftError.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChiftError | HTTPValidationError | SpendManagementSupplierItemOut]:
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
    body: SpendManagementSupplierItemIn,
) -> Response[ChiftError | HTTPValidationError | SpendManagementSupplierItemOut]:
    """
    Args:
        consumer_id (UUID):
        body (SpendManagementSupplierItemIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | SpendManagementSupplierItemOut]
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
    body: SpendManagementSupplierItemIn,
) -> ChiftError | HTTPValidationError | SpendManagementSupplierItemOut | None:
    """
    Args:
        consumer_id (UUID):
        body (SpendManagementSupplierItemIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | SpendManagementSupplierItemOut
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
    body: SpendManagementSupplierItemIn,
) -> Response[ChiftError | HTTPValidationError | SpendManagementSupplierItemOut]:
    """
    Args:
        consumer_id (UUID):
        body (SpendManagementSupplierItemIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | SpendManagementSupplierItemOut]
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
    body: SpendManagementSupplierItemIn,
) -> ChiftError | HTTPValidationError | SpendManagementSupplierItemOut | None:
    """
    Args:
        consumer_id (UUID):
        body (SpendManagementSupplierItemIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | SpendManagementSupplierItemOut
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            client=client,
            body=body,
        )
    ).parsed
