from http import HTTPStatus
from typing import Any, TypeAlias, cast

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.paged_list_of_warehouse import PagedListOfWarehouse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    is_active: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = api_version

    if not isinstance(x_runas, Unset):
        headers["x-runas"] = x_runas

    params: dict[str, Any] = {}

    params["isActive"] = is_active

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "warehouse.query_warehouses"},
        "url": "/warehouses",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = PagedListOfWarehouse


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PagedListOfWarehouse | None:
    token = _decoding.name_operation("warehouse.query_warehouses")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PagedListOfWarehouse | None:
    if response.status_code == 200:
        response_200 = PagedListOfWarehouse.from_dict(response.json())

        return response_200

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
) -> Response[Any | PagedListOfWarehouse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    is_active: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | PagedListOfWarehouse]:
    """
    Args:
        is_active (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PagedListOfWarehouse]
    """

    kwargs = _get_kwargs(
        is_active=is_active,
        page_number=page_number,
        page_size=page_size,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    is_active: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | PagedListOfWarehouse | None:
    """
    Args:
        is_active (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PagedListOfWarehouse
    """

    return sync_detailed(
        client=client,
        is_active=is_active,
        page_number=page_number,
        page_size=page_size,
        api_version=api_version,
        x_runas=x_runas,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    is_active: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | PagedListOfWarehouse]:
    """
    Args:
        is_active (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PagedListOfWarehouse]
    """

    kwargs = _get_kwargs(
        is_active=is_active,
        page_number=page_number,
        page_size=page_size,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    is_active: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | PagedListOfWarehouse | None:
    """
    Args:
        is_active (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PagedListOfWarehouse
    """

    return (
        await asyncio_detailed(
            client=client,
            is_active=is_active,
            page_number=page_number,
            page_size=page_size,
            api_version=api_version,
            x_runas=x_runas,
        )
    ).parsed
