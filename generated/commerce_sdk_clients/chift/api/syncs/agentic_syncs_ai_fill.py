from http import HTTPStatus
from typing import Any, TypeAlias, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.ai_fill_request import AiFillRequest
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    syncid: UUID,
    *,
    body: AiFillRequest | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"commerce_sdk.operation": "syncs.agentic_syncs_ai_fill"},
        "url": "/consumers/{consumer_id}/syncs/{syncid}/ai-fill".format(
            consumer_id=quote(str(consumer_id), safe=""),
            syncid=quote(str(syncid), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        if isinstance(body, AiFillRequest):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = None


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ChiftError | HTTPValidationError | None:
    token = _decoding.name_operation("syncs.agentic_syncs_ai_fill")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ChiftError | HTTPValidationError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ChiftError | HTTPValidationError]:
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
    body: AiFillRequest | None | Unset = UNSET,
) -> Response[Any | ChiftError | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        body (AiFillRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChiftError | HTTPValidationError]
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
    body: AiFillRequest | None | Unset = UNSET,
) -> Any | ChiftError | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        body (AiFillRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChiftError | HTTPValidationError
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
    body: AiFillRequest | None | Unset = UNSET,
) -> Response[Any | ChiftError | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        body (AiFillRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChiftError | HTTPValidationError]
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
    body: AiFillRequest | None | Unset = UNSET,
) -> Any | ChiftError | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        body (AiFillRequest | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChiftError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            syncid=syncid,
            client=client,
            body=body,
        )
    ).parsed
