import datetime
from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.chift_page_commerce_product_item import ChiftPageCommerceProductItem
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    *,
    page: int | Unset = 1,
    size: int | Unset = 50,
    updated_after: datetime.datetime | None | Unset = UNSET,
    sku: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    json_updated_after: None | str | Unset
    if isinstance(updated_after, Unset):
        json_updated_after = UNSET
    elif isinstance(updated_after, datetime.datetime):
        json_updated_after = updated_after.isoformat()
    else:
        json_updated_after = updated_after
    params["updated_after"] = json_updated_after

    json_sku: None | str | Unset
    if isinstance(sku, Unset):
        json_sku = UNSET
    else:
        json_sku = sku
    params["sku"] = json_sku

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "e_commerce.ecommerce_get_products"},
        "url": "/consumers/{consumer_id}/commerce/products".format(
            consumer_id=quote(str(consumer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = ChiftPageCommerceProductItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPageCommerceProductItem | HTTPValidationError | None:
    token = _decoding.name_operation("e_commerce.ecommerce_get_products")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPageCommerceProductItem | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ChiftPageCommerceProductItem.from_dict(response.json())

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
) -> Response[ChiftError | ChiftPageCommerceProductItem | HTTPValidationError]:
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
    page: int | Unset = 1,
    size: int | Unset = 50,
    updated_after: datetime.datetime | None | Unset = UNSET,
    sku: None | str | Unset = UNSET,
) -> Response[ChiftError | ChiftPageCommerceProductItem | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        updated_after (datetime.datetime | None | Unset):
        sku (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPageCommerceProductItem | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        page=page,
        size=size,
        updated_after=updated_after,
        sku=sku,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
    updated_after: datetime.datetime | None | Unset = UNSET,
    sku: None | str | Unset = UNSET,
) -> ChiftError | ChiftPageCommerceProductItem | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        updated_after (datetime.datetime | None | Unset):
        sku (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPageCommerceProductItem | HTTPValidationError
    """

    return sync_detailed(
        consumer_id=consumer_id,
        client=client,
        page=page,
        size=size,
        updated_after=updated_after,
        sku=sku,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
    updated_after: datetime.datetime | None | Unset = UNSET,
    sku: None | str | Unset = UNSET,
) -> Response[ChiftError | ChiftPageCommerceProductItem | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        updated_after (datetime.datetime | None | Unset):
        sku (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPageCommerceProductItem | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        page=page,
        size=size,
        updated_after=updated_after,
        sku=sku,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
    updated_after: datetime.datetime | None | Unset = UNSET,
    sku: None | str | Unset = UNSET,
) -> ChiftError | ChiftPageCommerceProductItem | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        updated_after (datetime.datetime | None | Unset):
        sku (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPageCommerceProductItem | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            client=client,
            page=page,
            size=size,
            updated_after=updated_after,
            sku=sku,
        )
    ).parsed
