from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.enable_flow_consumer import EnableFlowConsumer
from ...types import Response


def _get_kwargs(
    consumer_id: UUID,
    syncid: UUID,
    flowid: UUID,
    *,
    body: EnableFlowConsumer,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"commerce_sdk.operation": "syncs.syncs_enable_syncconsumer"},
        "url": "/consumers/{consumer_id}/syncs/{syncid}/flows/{flowid}/enable".format(
            consumer_id=quote(str(consumer_id), safe=""),
            syncid=quote(str(syncid), safe=""),
            flowid=quote(str(flowid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = Any


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ChiftError | None:
    token = _decoding.name_operation("syncs.syncs_enable_syncconsumer")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ChiftError | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 400:
        response_400 = ChiftError.from_dict(response.json())

        return response_400

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
) -> Response[Any | ChiftError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    syncid: UUID,
    flowid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EnableFlowConsumer,
) -> Response[Any | ChiftError]:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        flowid (UUID):
        body (EnableFlowConsumer):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChiftError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        syncid=syncid,
        flowid=flowid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    syncid: UUID,
    flowid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EnableFlowConsumer,
) -> Any | ChiftError | None:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        flowid (UUID):
        body (EnableFlowConsumer):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChiftError
    """

    return sync_detailed(
        consumer_id=consumer_id,
        syncid=syncid,
        flowid=flowid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    syncid: UUID,
    flowid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EnableFlowConsumer,
) -> Response[Any | ChiftError]:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        flowid (UUID):
        body (EnableFlowConsumer):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChiftError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        syncid=syncid,
        flowid=flowid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    syncid: UUID,
    flowid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: EnableFlowConsumer,
) -> Any | ChiftError | None:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        flowid (UUID):
        body (EnableFlowConsumer):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChiftError
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            syncid=syncid,
            flowid=flowid,
            client=client,
            body=body,
        )
    ).parsed
