from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...models.mapping_table_view import MappingTableView
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    syncid: UUID,
    table_key: str,
    *,
    search: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    show_all: bool | Unset = False,
    row: None | str | Unset = UNSET,
    refresh: bool | Unset = False,
    language: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    params["page"] = page

    params["page_size"] = page_size

    params["show_all"] = show_all

    json_row: None | str | Unset
    if isinstance(row, Unset):
        json_row = UNSET
    else:
        json_row = row
    params["row"] = json_row

    params["refresh"] = refresh

    json_language: None | str | Unset
    if isinstance(language, Unset):
        json_language = UNSET
    else:
        json_language = language
    params["language"] = json_language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "syncs.agentic_syncs_get_consumer_mapping_table"},
        "url": "/consumers/{consumer_id}/syncs/{syncid}/mappings/{table_key}".format(
            consumer_id=quote(str(consumer_id), safe=""),
            syncid=quote(str(syncid), safe=""),
            table_key=quote(str(table_key), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = MappingTableView


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | MappingTableView | None:
    token = _decoding.name_operation("syncs.agentic_syncs_get_consumer_mapping_table")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | MappingTableView | None:
    if response.status_code == 200:
        response_200 = MappingTableView.from_dict(response.json())

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
) -> Response[ChiftError | HTTPValidationError | MappingTableView]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    syncid: UUID,
    table_key: str,
    *,
    client: AuthenticatedClient | Client,
    search: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    show_all: bool | Unset = False,
    row: None | str | Unset = UNSET,
    refresh: bool | Unset = False,
    language: None | str | Unset = UNSET,
) -> Response[ChiftError | HTTPValidationError | MappingTableView]:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        table_key (str):
        search (None | str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        show_all (bool | Unset):  Default: False.
        row (None | str | Unset):
        refresh (bool | Unset):  Default: False.
        language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | MappingTableView]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        syncid=syncid,
        table_key=table_key,
        search=search,
        page=page,
        page_size=page_size,
        show_all=show_all,
        row=row,
        refresh=refresh,
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    syncid: UUID,
    table_key: str,
    *,
    client: AuthenticatedClient | Client,
    search: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    show_all: bool | Unset = False,
    row: None | str | Unset = UNSET,
    refresh: bool | Unset = False,
    language: None | str | Unset = UNSET,
) -> ChiftError | HTTPValidationError | MappingTableView | None:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        table_key (str):
        search (None | str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        show_all (bool | Unset):  Default: False.
        row (None | str | Unset):
        refresh (bool | Unset):  Default: False.
        language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | MappingTableView
    """

    return sync_detailed(
        consumer_id=consumer_id,
        syncid=syncid,
        table_key=table_key,
        client=client,
        search=search,
        page=page,
        page_size=page_size,
        show_all=show_all,
        row=row,
        refresh=refresh,
        language=language,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    syncid: UUID,
    table_key: str,
    *,
    client: AuthenticatedClient | Client,
    search: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    show_all: bool | Unset = False,
    row: None | str | Unset = UNSET,
    refresh: bool | Unset = False,
    language: None | str | Unset = UNSET,
) -> Response[ChiftError | HTTPValidationError | MappingTableView]:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        table_key (str):
        search (None | str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        show_all (bool | Unset):  Default: False.
        row (None | str | Unset):
        refresh (bool | Unset):  Default: False.
        language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | MappingTableView]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        syncid=syncid,
        table_key=table_key,
        search=search,
        page=page,
        page_size=page_size,
        show_all=show_all,
        row=row,
        refresh=refresh,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    syncid: UUID,
    table_key: str,
    *,
    client: AuthenticatedClient | Client,
    search: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    show_all: bool | Unset = False,
    row: None | str | Unset = UNSET,
    refresh: bool | Unset = False,
    language: None | str | Unset = UNSET,
) -> ChiftError | HTTPValidationError | MappingTableView | None:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        table_key (str):
        search (None | str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        show_all (bool | Unset):  Default: False.
        row (None | str | Unset):
        refresh (bool | Unset):  Default: False.
        language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | MappingTableView
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            syncid=syncid,
            table_key=table_key,
            client=client,
            search=search,
            page=page,
            page_size=page_size,
            show_all=show_all,
            row=row,
            refresh=refresh,
            language=language,
        )
    ).parsed
