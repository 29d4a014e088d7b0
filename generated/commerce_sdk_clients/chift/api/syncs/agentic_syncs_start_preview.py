from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...models.preview_started import PreviewStarted
from ...models.start_preview import StartPreview
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    syncid: UUID,
    *,
    body: None | StartPreview | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"commerce_sdk.operation": "syncs.agentic_syncs_start_preview"},
        "url": "/consumers/{consumer_id}/syncs/{syncid}/previews".format(
            consumer_id=quote(str(consumer_id), safe=""),
            syncid=quote(str(syncid), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        if isinstance(body, StartPreview):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = PreviewStarted


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | PreviewStarted | None:
    token = _decoding.name_operation("syncs.agentic_syncs_start_preview")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | PreviewStarted | None:
    if response.status_code == 202:
        response_202 = PreviewStarted.from_dict(response.json())

        return response_202

    if response.status_code == 404:
        response_404 = ChiftError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ChiftError.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChiftError | HTTPValidationError | PreviewStarted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    syncid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: None | StartPreview | Unset = UNSET,
) -> Response[ChiftError | HTTPValidationError | PreviewStarted]:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        body (None | StartPreview | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | PreviewStarted]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        syncid=syncid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    syncid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: None | StartPreview | Unset = UNSET,
) -> ChiftError | HTTPValidationError | PreviewStarted | None:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        body (None | StartPreview | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | PreviewStarted
    """

    return sync_detailed(
        consumer_id=consumer_id,
        syncid=syncid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    syncid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: None | StartPreview | Unset = UNSET,
) -> Response[ChiftError | HTTPValidationError | PreviewStarted]:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        body (None | StartPreview | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | PreviewStarted]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        syncid=syncid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    syncid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: None | StartPreview | Unset = UNSET,
) -> ChiftError | HTTPValidationError | PreviewStarted | None:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        body (None | StartPreview | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | PreviewStarted
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            syncid=syncid,
            client=client,
            body=body,
        )
    ).parsed
