import datetime
from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.data_item_out import DataItemOut
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    datastoreid: UUID,
    *,
    date_to: datetime.datetime | None | Unset = UNSET,
    date_from: datetime.datetime | None | Unset = UNSET,
    executionid: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    json_executionid: None | str | Unset
    if isinstance(executionid, Unset):
        json_executionid = UNSET
    else:
        json_executionid = executionid
    params["executionid"] = json_executionid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "consumers.datastores_get_consumer_and_datastoredata"},
        "url": "/consumers/{consumer_id}/datastore/{datastoreid}/data".format(
            consumer_id=quote(str(consumer_id), safe=""),
            datastoreid=quote(str(datastoreid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = list[DataItemOut]


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | list[DataItemOut] | None:
    token = _decoding.name_operation("consumers.datastores_get_consumer_and_datastoredata")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | list[DataItemOut] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DataItemOut.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ChiftError | HTTPValidationError | list[DataItemOut]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    datastoreid: UUID,
    *,
    client: AuthenticatedClient | Client,
    date_to: datetime.datetime | None | Unset = UNSET,
    date_from: datetime.datetime | None | Unset = UNSET,
    executionid: None | str | Unset = UNSET,
) -> Response[ChiftError | HTTPValidationError | list[DataItemOut]]:
    """
    Args:
        consumer_id (UUID):
        datastoreid (UUID):
        date_to (datetime.datetime | None | Unset):
        date_from (datetime.datetime | None | Unset):
        executionid (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | list[DataItemOut]]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        datastoreid=datastoreid,
        date_to=date_to,
        date_from=date_from,
        executionid=executionid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    datastoreid: UUID,
    *,
    client: AuthenticatedClient | Client,
    date_to: datetime.datetime | None | Unset = UNSET,
    date_from: datetime.datetime | None | Unset = UNSET,
    executionid: None | str | Unset = UNSET,
) -> ChiftError | HTTPValidationError | list[DataItemOut] | None:
    """
    Args:
        consumer_id (UUID):
        datastoreid (UUID):
        date_to (datetime.datetime | None | Unset):
        date_from (datetime.datetime | None | Unset):
        executionid (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | list[DataItemOut]
    """

    return sync_detailed(
        consumer_id=consumer_id,
        datastoreid=datastoreid,
        client=client,
        date_to=date_to,
        date_from=date_from,
        executionid=executionid,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    datastoreid: UUID,
    *,
    client: AuthenticatedClient | Client,
    date_to: datetime.datetime | None | Unset = UNSET,
    date_from: datetime.datetime | None | Unset = UNSET,
    executionid: None | str | Unset = UNSET,
) -> Response[ChiftError | HTTPValidationError | list[DataItemOut]]:
    """
    Args:
        consumer_id (UUID):
        datastoreid (UUID):
        date_to (datetime.datetime | None | Unset):
        date_from (datetime.datetime | None | Unset):
        executionid (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | list[DataItemOut]]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        datastoreid=datastoreid,
        date_to=date_to,
        date_from=date_from,
        executionid=executionid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    datastoreid: UUID,
    *,
    client: AuthenticatedClient | Client,
    date_to: datetime.datetime | None | Unset = UNSET,
    date_from: datetime.datetime | None | Unset = UNSET,
    executionid: None | str | Unset = UNSET,
) -> ChiftError | HTTPValidationError | list[DataItemOut] | None:
    """
    Args:
        consumer_id (UUID):
        datastoreid (UUID):
        date_to (datetime.datetime | None | Unset):
        date_from (datetime.datetime | None | Unset):
        executionid (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | list[DataItemOut]
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            datastoreid=datastoreid,
            client=client,
            date_to=date_to,
            date_from=date_from,
            executionid=executionid,
        )
    ).parsed
