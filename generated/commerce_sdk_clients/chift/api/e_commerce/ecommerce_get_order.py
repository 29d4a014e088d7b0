from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.bool_param import BoolParam
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...models.order_item_out import OrderItemOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    order_id: str,
    *,
    include_product_categories: BoolParam | None | Unset = BoolParam.FALSE,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include_product_categories: None | str | Unset
    if isinstance(include_product_categories, Unset):
        json_include_product_categories = UNSET
    elif isinstance(include_product_categories, BoolParam):
        json_include_product_categories = include_product_categories.value
    else:
        json_include_product_categories = include_product_categories
    params["include_product_categories"] = json_include_product_categories

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "e_commerce.ecommerce_get_order"},
        "url": "/consumers/{consumer_id}/commerce/orders/{order_id}".format(
            consumer_id=quote(str(consumer_id), safe=""),
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = OrderItemOut


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | OrderItemOut | None:
    token = _decoding.name_operation("e_commerce.ecommerce_get_order")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | OrderItemOut | None:
    if response.status_code == 200:
        response_200 = OrderItemOut.from_dict(response.json())

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
) -> Response[ChiftError | HTTPValidationError | OrderItemOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    order_id: str,
    *,
    client: AuthenticatedClient,
    include_product_categories: BoolParam | None | Unset = BoolParam.FALSE,
) -> Response[ChiftError | HTTPValidationError | OrderItemOut]:
    """
    Args:
        consumer_id (UUID):
        order_id (str):
        include_product_categories (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | OrderItemOut]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        order_id=order_id,
        include_product_categories=include_product_categories,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    order_id: str,
    *,
    client: AuthenticatedClient,
    include_product_categories: BoolParam | None | Unset = BoolParam.FALSE,
) -> ChiftError | HTTPValidationError | OrderItemOut | None:
    """
    Args:
        consumer_id (UUID):
        order_id (str):
        include_product_categories (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | OrderItemOut
    """

    return sync_detailed(
        consumer_id=consumer_id,
        order_id=order_id,
        client=client,
        include_product_categories=include_product_categories,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    order_id: str,
    *,
    client: AuthenticatedClient,
    include_product_categories: BoolParam | None | Unset = BoolParam.FALSE,
) -> Response[ChiftError | HTTPValidationError | OrderItemOut]:
    """
    Args:
        consumer_id (UUID):
        order_id (str):
        include_product_categories (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | OrderItemOut]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        order_id=order_id,
        include_product_categories=include_product_categories,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    order_id: str,
    *,
    client: AuthenticatedClient,
    include_product_categories: BoolParam | None | Unset = BoolParam.FALSE,
) -> ChiftError | HTTPValidationError | OrderItemOut | None:
    """
    Args:
        consumer_id (UUID):
        order_id (str):
        include_product_categories (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | OrderItemOut
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            order_id=order_id,
            client=client,
            include_product_categories=include_product_categories,
        )
    ).parsed
