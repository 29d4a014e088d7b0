from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.chift_page_preview_object_item import ChiftPagePreviewObjectItem
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    syncid: UUID,
    preview_id: UUID,
    *,
    kind: None | str | Unset = UNSET,
    capability: None | str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
    language: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_capability: None | str | Unset
    if isinstance(capability, Unset):
        json_capability = UNSET
    else:
        json_capability = capability
    params["capability"] = json_capability

    params["page"] = page

    params["size"] = size

    json_language: None | str | Unset
    if isinstance(language, Unset):
        json_language = UNSET
    else:
        json_language = language
    params["language"] = json_language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "syncs.agentic_syncs_get_preview_objects"},
        "url": "/consumers/{consumer_id}/syncs/{syncid}/previews/{preview_id}/objects".format(
            consumer_id=quote(str(consumer_id), safe=""),
            syncid=quote(str(syncid), safe=""),
            preview_id=quote(str(preview_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = ChiftPagePreviewObjectItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPagePreviewObjectItem | HTTPValidationError | None:
    token = _decoding.name_operation("syncs.agentic_syncs_get_preview_objects")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPagePreviewObjectItem | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ChiftPagePreviewObjectItem.from_dict(response.json())

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
) -> Response[ChiftError | ChiftPagePreviewObjectItem | HTTPValidationError]:
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
    kind: None | str | Unset = UNSET,
    capability: None | str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
    language: None | str | Unset = UNSET,
) -> Response[ChiftError | ChiftPagePreviewObjectItem | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        preview_id (UUID):
        kind (None | str | Unset):
        capability (None | str | Unset):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPagePreviewObjectItem | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        syncid=syncid,
        preview_id=preview_id,
        kind=kind,
        capability=capability,
        page=page,
        size=size,
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
    kind: None | str | Unset = UNSET,
    capability: None | str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
    language: None | str | Unset = UNSET,
) -> ChiftError | ChiftPagePreviewObjectItem | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        preview_id (UUID):
        kind (None | str | Unset):
        capability (None | str | Unset):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPagePreviewObjectItem | HTTPValidationError
    """

    return sync_detailed(
        consumer_id=consumer_id,
        syncid=syncid,
        preview_id=preview_id,
        client=client,
        kind=kind,
        capability=capability,
        page=page,
        size=size,
        language=language,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    syncid: UUID,
    preview_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    kind: None | str | Unset = UNSET,
    capability: None | str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
    language: None | str | Unset = UNSET,
) -> Response[ChiftError | ChiftPagePreviewObjectItem | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        preview_id (UUID):
        kind (None | str | Unset):
        capability (None | str | Unset):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPagePreviewObjectItem | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        syncid=syncid,
        preview_id=preview_id,
        kind=kind,
        capability=capability,
        page=page,
        size=size,
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
    kind: None | str | Unset = UNSET,
    capability: None | str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
    language: None | str | Unset = UNSET,
) -> ChiftError | ChiftPagePreviewObjectItem | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        syncid (UUID):
        preview_id (UUID):
        kind (None | str | Unset):
        capability (None | str | Unset):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPagePreviewObjectItem | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            syncid=syncid,
            preview_id=preview_id,
            client=client,
            kind=kind,
            capability=capability,
            page=page,
            size=size,
            language=language,
        )
    ).parsed
