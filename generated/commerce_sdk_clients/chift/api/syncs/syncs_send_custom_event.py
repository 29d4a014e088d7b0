from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.post_sync_flow_event import PostSyncFlowEvent
from ...models.trigger_response import TriggerResponse
from ...types import Response


def _get_kwargs(
    syncid: str,
    flowid: str,
    *,
    body: PostSyncFlowEvent,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"commerce_sdk.operation": "syncs.syncs_send_custom_event"},
        "url": "/syncs/{syncid}/flows/{flowid}/event".format(
            syncid=quote(str(syncid), safe=""),
            flowid=quote(str(flowid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = TriggerResponse


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | TriggerResponse | None:
    token = _decoding.name_operation("syncs.syncs_send_custom_event")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | TriggerResponse | None:
    if response.status_code == 200:
        response_200 = TriggerResponse.from_dict(response.json())

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
) -> Response[ChiftError | TriggerResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    syncid: str,
    flowid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostSyncFlowEvent,
) -> Response[ChiftError | TriggerResponse]:
    """
    Args:
        syncid (str):
        flowid (str):
        body (PostSyncFlowEvent):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | TriggerResponse]
    """

    kwargs = _get_kwargs(
        syncid=syncid,
        flowid=flowid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    syncid: str,
    flowid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostSyncFlowEvent,
) -> ChiftError | TriggerResponse | None:
    """
    Args:
        syncid (str):
        flowid (str):
        body (PostSyncFlowEvent):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | TriggerResponse
    """

    return sync_detailed(
        syncid=syncid,
        flowid=flowid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    syncid: str,
    flowid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostSyncFlowEvent,
) -> Response[ChiftError | TriggerResponse]:
    """
    Args:
        syncid (str):
        flowid (str):
        body (PostSyncFlowEvent):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | TriggerResponse]
    """

    kwargs = _get_kwargs(
        syncid=syncid,
        flowid=flowid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    syncid: str,
    flowid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostSyncFlowEvent,
) -> ChiftError | TriggerResponse | None:
    """
    Args:
        syncid (str):
        flowid (str):
        body (PostSyncFlowEvent):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | TriggerResponse
    """

    return (
        await asyncio_detailed(
            syncid=syncid,
            flowid=flowid,
            client=client,
            body=body,
        )
    ).parsed
