from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...models.object_detail import ObjectDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    syncid: UUID,
    kind: str,
    object_id: UUID,
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
        "extensions": {"commerce_sdk.operation": "syncs.agentic_syncs_get_object"},
        "url": "/consumers/{consumer_id}/syncs/{syncid}/objects/{kind}/{object_id}".format(
            consumer_id=quote(str(consumer_id), safe=""),
            syncid=quote(str(syncid), safe=""),
            kind=quote(str(kind), safe=""),
            object_id=quote(str(object_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = ObjectDetail


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | ObjectDetail | None:
    token = _decoding.name_operation("syncs.agentic_syncs_get_object")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | ObjectDetail | None:
    if response.status_code == 200:
        response_200 = ObjectDetail.from_dict(response.json())

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
) -> Response[ChiftError | HTTPValidationError | ObjectDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    syncid: UUID,
    kind: str,
    object_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    language: None | str | Unset = UNSET,
) -> Response[ChiftError | HTTPValidationError | ObjectDetail]:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        kind (str):
        object_id (UUID):
        language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | ObjectDetail]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        syncid=syncid,
        kind=kind,
        object_id=object_id,
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    syncid: UUID,
    kind: str,
    object_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    language: None | str | Unset = UNSET,
) -> ChiftError | HTTPValidationError | ObjectDetail | None:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        kind (str):
        object_id (UUID):
        language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | ObjectDetail
    """

    return sync_detailed(
        consumer_id=consumer_id,
        syncid=syncid,
        kind=kind,
        object_id=object_id,
        client=client,
        language=language,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    syncid: UUID,
    kind: str,
    object_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    language: None | str | Unset = UNSET,
) -> Response[ChiftError | HTTPValidationError | ObjectDetail]:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        kind (str):
        object_id (UUID):
        language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | ObjectDetail]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        syncid=syncid,
        kind=kind,
        object_id=object_id,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    syncid: UUID,
    kind: str,
    object_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    language: None | str | Unset = UNSET,
) -> ChiftError | HTTPValidationError | ObjectDetail | None:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        kind (str):
        object_id (UUID):
        language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | ObjectDetail
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            syncid=syncid,
            kind=kind,
            object_id=object_id,
            client=client,
            language=language,
        )
    ).parsed
