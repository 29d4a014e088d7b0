import datetime
from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.chift_page_sync_execution_item import ChiftPageSyncExecutionItem
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    syncid: UUID,
    *,
    flowid: None | Unset | UUID = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
    date_to: datetime.datetime | None | Unset = UNSET,
    date_from: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_flowid: None | str | Unset
    if isinstance(flowid, Unset):
        json_flowid = UNSET
    elif isinstance(flowid, UUID):
        json_flowid = str(flowid)
    else:
        json_flowid = flowid
    params["flowid"] = json_flowid

    params["page"] = page

    params["size"] = size

    json_date_to: None | str | Unset
    if isinstance(date_to, Unset):
        json_date_to = UNSET
    elif isinstance(date_to, datetime.datetime):
        json_date_to = date_to.isoformat()
    else:
        json_date_to = date_to
    params["date_to"] = json_date_to

    json_date_from: None | str | Unset
    if isinstance(date_from, Unset):
        json_date_from = UNSET
    elif isinstance(date_from, datetime.datetime):
        json_date_from = date_from.isoformat()
    else:
        json_date_from = date_from
    params["date_from"] = json_date_from

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "syncs.syncs_get_sync_executions"},
        "url": "/syncs/{syncid}/executions".format(
            syncid=quote(str(syncid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = ChiftPageSyncExecutionItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPageSyncExecutionItem | HTTPValidationError | None:
    token = _decoding.name_operation("syncs.syncs_get_sync_executions")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPageSyncExecutionItem | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ChiftPageSyncExecutionItem.from_dict(response.json())

        return response_200

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
) -> Response[ChiftError | ChiftPageSyncExecutionItem | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    syncid: UUID,
    *,
    client: AuthenticatedClient | Client,
    flowid: None | Unset | UUID = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
    date_to: datetime.datetime | None | Unset = UNSET,
    date_from: datetime.datetime | None | Unset = UNSET,
) -> Response[ChiftError | ChiftPageSyncExecutionItem | HTTPValidationError]:
    """
    Args:
        syncid (UUID):
        flowid (None | Unset | UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        date_to (datetime.datetime | None | Unset):
        date_from (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPageSyncExecutionItem | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        syncid=syncid,
        flowid=flowid,
        page=page,
        size=size,
        date_to=date_to,
        date_from=date_from,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    syncid: UUID,
    *,
    client: AuthenticatedClient | Client,
    flowid: None | Unset | UUID = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
    date_to: datetime.datetime | None | Unset = UNSET,
    date_from: datetime.datetime | None | Unset = UNSET,
) -> ChiftError | ChiftPageSyncExecutionItem | HTTPValidationError | None:
    """
    Args:
        syncid (UUID):
        flowid (None | Unset | UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        date_to (datetime.datetime | None | Unset):
        date_from (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPageSyncExecutionItem | HTTPValidationError
    """

    return sync_detailed(
        syncid=syncid,
        client=client,
        flowid=flowid,
        page=page,
        size=size,
        date_to=date_to,
        date_from=date_from,
    ).parsed


async def asyncio_detailed(
    syncid: UUID,
    *,
    client: AuthenticatedClient | Client,
    flowid: None | Unset | UUID = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
    date_to: datetime.datetime | None | Unset = UNSET,
    date_from: datetime.datetime | None | Unset = UNSET,
) -> Response[ChiftError | ChiftPageSyncExecutionItem | HTTPValidationError]:
    """
    Args:
        syncid (UUID):
        flowid (None | Unset | UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        date_to (datetime.datetime | None | Unset):
        date_from (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPageSyncExecutionItem | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        syncid=syncid,
        flowid=flowid,
        page=page,
        size=size,
        date_to=date_to,
        date_from=date_from,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    syncid: UUID,
    *,
    client: AuthenticatedClient | Client,
    flowid: None | Unset | UUID = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
    date_to: datetime.datetime | None | Unset = UNSET,
    date_from: datetime.datetime | None | Unset = UNSET,
) -> ChiftError | ChiftPageSyncExecutionItem | HTTPValidationError | None:
    """
    Args:
        syncid (UUID):
        flowid (None | Unset | UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        date_to (datetime.datetime | None | Unset):
        date_from (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPageSyncExecutionItem | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            syncid=syncid,
            client=client,
            flowid=flowid,
            page=page,
            size=size,
            date_to=date_to,
            date_from=date_from,
        )
    ).parsed
