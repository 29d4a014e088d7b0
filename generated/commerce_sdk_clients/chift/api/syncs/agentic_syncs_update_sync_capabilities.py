from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.sync_capabilities import SyncCapabilities
from ...models.update_sync_capabilities import UpdateSyncCapabilities
from ...types import UNSET, Response, Unset


def _get_kwargs(
    syncid: UUID,
    *,
    body: UpdateSyncCapabilities,
    language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_language: None | str | Unset
    if isinstance(language, Unset):
        json_language = UNSET
    else:
        json_language = language
    params["language"] = json_language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "extensions": {"commerce_sdk.operation": "syncs.agentic_syncs_update_sync_capabilities"},
        "url": "/syncs/{syncid}/capabilities".format(
            syncid=quote(str(syncid), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = SyncCapabilities


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | SyncCapabilities | None:
    token = _decoding.name_operation("syncs.agentic_syncs_update_sync_capabilities")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | SyncCapabilities | None:
    if response.status_code == 200:
        response_200 = SyncCapabilities.from_dict(response.json())

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
) -> Response[ChiftError | SyncCapabilities]:
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
    body: UpdateSyncCapabilities,
    language: None | str | Unset = UNSET,
) -> Response[ChiftError | SyncCapabilities]:
    """
    Args:
        syncid (UUID):
        language (None | str | Unset):
        body (UpdateSyncCapabilities):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | SyncCapabilities]
    """

    kwargs = _get_kwargs(
        syncid=syncid,
        body=body,
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    syncid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSyncCapabilities,
    language: None | str | Unset = UNSET,
) -> ChiftError | SyncCapabilities | None:
    """
    Args:
        syncid (UUID):
        language (None | str | Unset):
        body (UpdateSyncCapabilities):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | SyncCapabilities
    """

    return sync_detailed(
        syncid=syncid,
        client=client,
        body=body,
        language=language,
    ).parsed


async def asyncio_detailed(
    syncid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSyncCapabilities,
    language: None | str | Unset = UNSET,
) -> Response[ChiftError | SyncCapabilities]:
    """
    Args:
        syncid (UUID):
        language (None | str | Unset):
        body (UpdateSyncCapabilities):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | SyncCapabilities]
    """

    kwargs = _get_kwargs(
        syncid=syncid,
        body=body,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    syncid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSyncCapabilities,
    language: None | str | Unset = UNSET,
) -> ChiftError | SyncCapabilities | None:
    """
    Args:
        syncid (UUID):
        language (None | str | Unset):
        body (UpdateSyncCapabilities):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | SyncCapabilities
    """

    return (
        await asyncio_detailed(
            syncid=syncid,
            client=client,
            body=body,
            language=language,
        )
    ).parsed
