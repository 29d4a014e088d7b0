from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.create_worker_sync_configuration import CreateWorkerSyncConfiguration
from ...models.error_response import ErrorResponse
from ...models.worker_sync_item import WorkerSyncItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sync_id: int,
    *,
    body: CreateWorkerSyncConfiguration | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
    x_session_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = api_version

    if not isinstance(x_runas, Unset):
        headers["x-runas"] = x_runas

    if not isinstance(x_session_id, Unset):
        headers["X-SessionId"] = x_session_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"commerce_sdk.operation": "worker.configure_sync"},
        "url": "/workers/{sync_id}".format(
            sync_id=quote(str(sync_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = WorkerSyncItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkerSyncItem | None:
    token = _decoding.name_operation("worker.configure_sync")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkerSyncItem | None:
    if response.status_code == 200:
        response_200 = WorkerSyncItem.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | WorkerSyncItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sync_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateWorkerSyncConfiguration | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
    x_session_id: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkerSyncItem]:
    """Set a sync worker's interval and option values.

    Args:
        sync_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):
        x_session_id (str | Unset):
        body (CreateWorkerSyncConfiguration | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkerSyncItem]
    """

    kwargs = _get_kwargs(
        sync_id=sync_id,
        body=body,
        api_version=api_version,
        x_runas=x_runas,
        x_session_id=x_session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sync_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateWorkerSyncConfiguration | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
    x_session_id: str | Unset = UNSET,
) -> ErrorResponse | WorkerSyncItem | None:
    """Set a sync worker's interval and option values.

    Args:
        sync_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):
        x_session_id (str | Unset):
        body (CreateWorkerSyncConfiguration | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkerSyncItem
    """

    return sync_detailed(
        sync_id=sync_id,
        client=client,
        body=body,
        api_version=api_version,
        x_runas=x_runas,
        x_session_id=x_session_id,
    ).parsed


async def asyncio_detailed(
    sync_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateWorkerSyncConfiguration | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
    x_session_id: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkerSyncItem]:
    """Set a sync worker's interval and option values.

    Args:
        sync_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):
        x_session_id (str | Unset):
        body (CreateWorkerSyncConfiguration | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkerSyncItem]
    """

    kwargs = _get_kwargs(
        sync_id=sync_id,
        body=body,
        api_version=api_version,
        x_runas=x_runas,
        x_session_id=x_session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sync_id: int,
    *,
    client: AuthenticatedClient,
    body: CreateWorkerSyncConfiguration | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
    x_session_id: str | Unset = UNSET,
) -> ErrorResponse | WorkerSyncItem | None:
    """Set a sync worker's interval and option values.

    Args:
        sync_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):
        x_session_id (str | Unset):
        body (CreateWorkerSyncConfiguration | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkerSyncItem
    """

    return (
        await asyncio_detailed(
            sync_id=sync_id,
            client=client,
            body=body,
            api_version=api_version,
            x_runas=x_runas,
            x_session_id=x_session_id,
        )
    ).parsed
