import datetime
from http import HTTPStatus
from typing import Any, TypeAlias, cast

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.paged_list_of_item import PagedListOfItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search_key_word: str | Unset = UNSET,
    category_id: int | Unset = UNSET,
    manufacturer_id: int | Unset = UNSET,
    parent_item_id: int | Unset = UNSET,
    changed_since: datetime.datetime | Unset = UNSET,
    is_active_on_sales_channel_id: str | Unset = UNSET,
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

    params["categoryId"] = category_id

    params["manufacturerId"] = manufacturer_id

    params["parentItemId"] = parent_item_id

    json_changed_since: str | Unset = UNSET
    if not isinstance(changed_since, Unset):
        json_changed_since = changed_since.isoformat()
    params["changedSince"] = json_changed_since

    params["isActiveOnSalesChannelId"] = is_active_on_sales_channel_id

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "item.query_items"},
        "url": "/items",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = PagedListOfItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PagedListOfItem | None:
    token = _decoding.name_operation("item.query_items")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | PagedListOfItem | None:
    if response.status_code == 200:
        response_200 = PagedListOfItem.from_dict(response.json())

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
) -> Response[Any | PagedListOfItem]:
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
    category_id: int | Unset = UNSET,
    manufacturer_id: int | Unset = UNSET,
    parent_item_id: int | Unset = UNSET,
    changed_since: datetime.datetime | Unset = UNSET,
    is_active_on_sales_channel_id: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | PagedListOfItem]:
    """
    Args:
        search_key_word (str | Unset):
        category_id (int | Unset):
        manufacturer_id (int | Unset):
        parent_item_id (int | Unset):
        changed_since (datetime.datetime | Unset):
        is_active_on_sales_channel_id (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PagedListOfItem]
    """

    kwargs = _get_kwargs(
        search_key_word=search_key_word,
        category_id=category_id,
        manufacturer_id=manufacturer_id,
        parent_item_id=parent_item_id,
        changed_since=changed_since,
        is_active_on_sales_channel_id=is_active_on_sales_channel_id,
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
    category_id: int | Unset = UNSET,
    manufacturer_id: int | Unset = UNSET,
    parent_item_id: int | Unset = UNSET,
    changed_since: datetime.datetime | Unset = UNSET,
    is_active_on_sales_channel_id: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | PagedListOfItem | None:
    """
    Args:
        search_key_word (str | Unset):
        category_id (int | Unset):
        manufacturer_id (int | Unset):
        parent_item_id (int | Unset):
        changed_since (datetime.datetime | Unset):
        is_active_on_sales_channel_id (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PagedListOfItem
    """

    return sync_detailed(
        client=client,
        search_key_word=search_key_word,
        category_id=category_id,
        manufacturer_id=manufacturer_id,
        parent_item_id=parent_item_id,
        changed_since=changed_since,
        is_active_on_sales_channel_id=is_active_on_sales_channel_id,
        page_number=page_number,
        page_size=page_size,
        api_version=api_version,
        x_runas=x_runas,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    search_key_word: str | Unset = UNSET,
    category_id: int | Unset = UNSET,
    manufacturer_id: int | Unset = UNSET,
    parent_item_id: int | Unset = UNSET,
    changed_since: datetime.datetime | Unset = UNSET,
    is_active_on_sales_channel_id: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | PagedListOfItem]:
    """
    Args:
        search_key_word (str | Unset):
        category_id (int | Unset):
        manufacturer_id (int | Unset):
        parent_item_id (int | Unset):
        changed_since (datetime.datetime | Unset):
        is_active_on_sales_channel_id (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PagedListOfItem]
    """

    kwargs = _get_kwargs(
        search_key_word=search_key_word,
        category_id=category_id,
        manufacturer_id=manufacturer_id,
        parent_item_id=parent_item_id,
        changed_since=changed_since,
        is_active_on_sales_channel_id=is_active_on_sales_channel_id,
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
    category_id: int | Unset = UNSET,
    manufacturer_id: int | Unset = UNSET,
    parent_item_id: int | Unset = UNSET,
    changed_since: datetime.datetime | Unset = UNSET,
    is_active_on_sales_channel_id: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | PagedListOfItem | None:
    """
    Args:
        search_key_word (str | Unset):
        category_id (int | Unset):
        manufacturer_id (int | Unset):
        parent_item_id (int | Unset):
        changed_since (datetime.datetime | Unset):
        is_active_on_sales_channel_id (str | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PagedListOfItem
    """

    return (
        await asyncio_detailed(
            client=client,
            search_key_word=search_key_word,
            category_id=category_id,
            manufacturer_id=manufacturer_id,
            parent_item_id=parent_item_id,
            changed_since=changed_since,
            is_active_on_sales_channel_id=is_active_on_sales_channel_id,
            page_number=page_number,
            page_size=page_size,
            api_version=api_version,
            x_runas=x_runas,
        )
    ).parsed
