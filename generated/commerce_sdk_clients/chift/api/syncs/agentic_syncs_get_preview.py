from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...models.preview import Preview
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    syncid: UUID,
    preview_id: UUID,
    *,
    language: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_language: None | str | Unset
    if isinstance(language, Unset):
        json_language = UNSET
    else:
        json_language = language
    params["language"] = json_language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "syncs.agentic_syncs_get_preview"},
        "url": "/consumers/{consumer_id}/syncs/{syncid}/previews/{preview_id}".format(
            consumer_id=quote(str(consumer_id), safe=""),
            syncid=quote(str(syncid), safe=""),
            preview_id=quote(str(preview_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = Preview


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | Preview | None:
    token = _decoding.name_operation("syncs.agentic_syncs_get_preview")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | Preview | None:
    if response.status_code == 200:
        response_200 = Preview.from_dict(response.json())

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
) -> Response[ChiftError | HTTPValidationError | Preview]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    syncid: UUID,
    preview_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    language: None | str | Unset = UNSET,
) -> Response[ChiftError | HTTPValidationError | Preview]:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        preview_id (UUID):
        language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | Preview]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        syncid=syncid,
        preview_id=preview_id,
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    syncid: UUID,
    preview_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    language: None | str | Unset = UNSET,
) -> ChiftError | HTTPValidationError | Preview | None:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        preview_id (UUID):
        language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | Preview
    """

    return sync_detailed(
        consumer_id=consumer_id,
        syncid=syncid,
        preview_id=preview_id,
        client=client,
        language=language,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    syncid: UUID,
    preview_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    language: None | str | Unset = UNSET,
) -> Response[ChiftError | HTTPValidationError | Preview]:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        preview_id (UUID):
        language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | Preview]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        syncid=syncid,
        preview_id=preview_id,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    syncid: UUID,
    preview_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    language: None | str | Unset = UNSET,
) -> ChiftError | HTTPValidationError | Preview | None:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        preview_id (UUID):
        language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | Preview
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            syncid=syncid,
            preview_id=preview_id,
            client=client,
            language=language,
        )
    ).parsed
