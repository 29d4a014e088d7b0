from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.data_item import DataItem
from ...models.data_item_out import DataItemOut
from ...types import Response


def _get_kwargs(
    consumer_id: UUID,
    datastoreid: UUID,
    datastoredataid: UUID,
    *,
    body: DataItem,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "extensions": {"commerce_sdk.operation": "consumers.datastores_update_consumer_datastoredata"},
        "url": "/consumers/{consumer_id}/datastore/{datastoreid}/data/{datastoredataid}".format(
            consumer_id=quote(str(consumer_id), safe=""),
            datastoreid=quote(str(datastoreid), safe=""),
            datastoredataid=quote(str(datastoredataid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = DataItemOut


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | DataItemOut | None:
    token = _decoding.name_operation("consumers.datastores_update_consumer_datastoredata")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | DataItemOut | None:
    if response.status_code == 200:
        response_200 = DataItemOut.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ChiftError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ChiftError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChiftError | DataItemOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    datastoreid: UUID,
    datastoredataid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DataItem,
) -> Response[ChiftError | DataItemOut]:
    """
    Args:
        consumer_id (UUID):
        datastoreid (UUID):
        datastoredataid (UUID):
        body (DataItem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | DataItemOut]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        datastoreid=datastoreid,
        datastoredataid=datastoredataid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    datastoreid: UUID,
    datastoredataid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DataItem,
) -> ChiftError | DataItemOut | None:
    """
    Args:
        consumer_id (UUID):
        datastoreid (UUID):
        datastoredataid (UUID):
        body (DataItem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | DataItemOut
    """

    return sync_detailed(
        consumer_id=consumer_id,
        datastoreid=datastoreid,
        datastoredataid=datastoredataid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    datastoreid: UUID,
    datastoredataid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DataItem,
) -> Response[ChiftError | DataItemOut]:
    """
    Args:
        consumer_id (UUID):
        datastoreid (UUID):
        datastoredataid (UUID):
        body (DataItem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | DataItemOut]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        datastoreid=datastoreid,
        datastoredataid=datastoredataid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    datastoreid: UUID,
    datastoredataid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DataItem,
) -> ChiftError | DataItemOut | None:
    """
    Args:
        consumer_id (UUID):
        datastoreid (UUID):
        datastoredataid (UUID):
        body (DataItem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | DataItemOut
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            datastoreid=datastoreid,
            datastoredataid=datastoredataid,
            client=client,
            body=body,
        )
    ).parsed
