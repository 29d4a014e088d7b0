from http import HTTPStatus
from typing import Any, TypeAlias, cast
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.create_file import CreateFile
from ...models.error_response import ErrorResponse
from ...models.sales_order_file import SalesOrderFile
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sales_order_id: int,
    *,
    body: CreateFile,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = api_version

    if not isinstance(x_runas, Unset):
        headers["x-runas"] = x_runas

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"commerce_sdk.operation": "salesorder.create_sales_order_file"},
        "url": "/salesOrders/{sales_order_id}/files".format(
            sales_order_id=quote(str(sales_order_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = SalesOrderFile


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | SalesOrderFile | None:
    token = _decoding.name_operation("salesorder.create_sales_order_file")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | SalesOrderFile | None:
    if response.status_code == 201:
        response_201 = SalesOrderFile.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 402:
        response_402 = cast(Any, None)
        return response_402

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | SalesOrderFile]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sales_order_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateFile,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | SalesOrderFile]:
    """
    Args:
        sales_order_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):
        body (CreateFile):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | SalesOrderFile]
    """

    kwargs = _get_kwargs(
        sales_order_id=sales_order_id,
        body=body,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sales_order_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateFile,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | ErrorResponse | SalesOrderFile | None:
    """
    Args:
        sales_order_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):
        body (CreateFile):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | SalesOrderFile
    """

    return sync_detailed(
        sales_order_id=sales_order_id,
        client=client,
        body=body,
        api_version=api_version,
        x_runas=x_runas,
    ).parsed


async def asyncio_detailed(
    sales_order_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateFile,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | SalesOrderFile]:
    """
    Args:
        sales_order_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):
        body (CreateFile):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | SalesOrderFile]
    """

    kwargs = _get_kwargs(
        sales_order_id=sales_order_id,
        body=body,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sales_order_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateFile,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | ErrorResponse | SalesOrderFile | None:
    """
    Args:
        sales_order_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):
        body (CreateFile):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | SalesOrderFile
    """

    return (
        await asyncio_detailed(
            sales_order_id=sales_order_id,
            client=client,
            body=body,
            api_version=api_version,
            x_runas=x_runas,
        )
    ).parsed
