from http import HTTPStatus
from typing import Any, TypeAlias, cast

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.paged_list_of_customer import PagedListOfCustomer
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search_key_word: str | Unset = UNSET,
    number: str | Unset = UNSET,
    group_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
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

    params["searchKeyWord"] = search_key_word

    params["number"] = number

    params["groupId"] = group_id

    params["categoryId"] = category_id

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "customer.query_customers"},
        "url": "/customers",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = PagedListOfCustomer


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PagedListOfCustomer | None:
    token = _decoding.name_operation("customer.query_customers")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PagedListOfCustomer | None:
    if response.status_code == 200:
        response_200 = PagedListOfCustomer.from_dict(response.json())

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
) -> Response[Any | PagedListOfCustomer]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    search_key_word: str | Unset = UNSET,
    number: str | Unset = UNSET,
    group_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | PagedListOfCustomer]:
    """
    Args:
        search_key_word (str | Unset):
        number (str | Unset):
        group_id (int | Unset):
        category_id (int | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PagedListOfCustomer]
    """

    kwargs = _get_kwargs(
        search_key_word=search_key_word,
        number=number,
        group_id=group_id,
        category_id=category_id,
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
    search_key_word: str | Unset = UNSET,
    number: str | Unset = UNSET,
    group_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | PagedListOfCustomer | None:
    """
    Args:
        search_key_word (str | Unset):
        number (str | Unset):
        group_id (int | Unset):
        category_id (int | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PagedListOfCustomer
    """

    return sync_detailed(
        client=client,
        search_key_word=search_key_word,
        number=number,
        group_id=group_id,
        category_id=category_id,
        page_number=page_number,
        page_size=page_size,
        api_version=api_version,
        x_runas=x_runas,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    search_key_word: str | Unset = UNSET,
    number: str | Unset = UNSET,
    group_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | PagedListOfCustomer]:
    """
    Args:
        search_key_word (str | Unset):
        number (str | Unset):
        group_id (int | Unset):
        category_id (int | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PagedListOfCustomer]
    """

    kwargs = _get_kwargs(
        search_key_word=search_key_word,
        number=number,
        group_id=group_id,
        category_id=category_id,
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
    search_key_word: str | Unset = UNSET,
    number: str | Unset = UNSET,
    group_id: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | PagedListOfCustomer | None:
    """
    Args:
        search_key_word (str | Unset):
        number (str | Unset):
        group_id (int | Unset):
        category_id (int | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PagedListOfCustomer
    """

    return (
        await asyncio_detailed(
            client=client,
            search_key_word=search_key_word,
            number=number,
            group_id=group_id,
            category_id=category_id,
            page_number=page_number,
            page_size=page_size,
            api_version=api_version,
            x_runas=x_runas,
        )
    ).parsed
