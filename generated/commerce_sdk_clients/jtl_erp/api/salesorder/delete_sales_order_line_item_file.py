from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sales_order_id: int,
    sales_order_line_item_id: int,
    sales_order_line_item_file_id: int,
    *,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = api_version

    if not isinstance(x_runas, Unset):
        headers["x-runas"] = x_runas

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "extensions": {"commerce_sdk.operation": "salesorder.delete_sales_order_line_item_file"},
        "url": "/salesOrders/{sales_order_id}/lineitems/{sales_order_line_item_id}/files/{sales_order_line_item_file_id}".format(
            sales_order_id=quote(str(sales_order_id), safe=""),
            sales_order_line_item_id=quote(str(sales_order_line_item_id), safe=""),
            sales_order_line_item_file_id=quote(str(sales_order_line_item_file_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = None


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    token = _decoding.name_operation("salesorder.delete_sales_order_line_item_file")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if response.status_code == 400:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 402:
        return None

    if response.status_code == 404:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sales_order_id: int,
    sales_order_line_item_id: int,
    sales_order_line_item_file_id: int,
    *,
    client: AuthenticatedClient,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any]:
    """
    Args:
        sales_order_id (int):
        sales_order_line_item_id (int):
        sales_order_line_item_file_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        sales_order_id=sales_order_id,
        sales_order_line_item_id=sales_order_line_item_id,
        sales_order_line_item_file_id=sales_order_line_item_file_id,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    sales_order_id: int,
    sales_order_line_item_id: int,
    sales_order_line_item_file_id: int,
    *,
    client: AuthenticatedClient,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any]:
    """
    Args:
        sales_order_id (int):
        sales_order_line_item_id (int):
        sales_order_line_item_file_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        sales_order_id=sales_order_id,
        sales_order_line_item_id=sales_order_line_item_id,
        sales_order_line_item_file_id=sales_order_line_item_file_id,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
