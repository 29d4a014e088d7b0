from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sync_job import SyncJob
from ...types import Response


def _get_kwargs(
    organization_id: str,
    integration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"commerce_sdk.operation": "integrations.sync_integration_orders"},
        "url": "/organizations/{organization_id}/integrations/{integration_id}/sync/orders".format(
            organization_id=quote(str(organization_id), safe=""),
            integration_id=quote(str(integration_id), safe=""),
        ),
    }

    return _kwargs


_Success: TypeAlias = SyncJob


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SyncJob | None:
    token = _decoding.name_operation("integrations.sync_integration_orders")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | SyncJob | None:
    if response.status_code == 202:
        response_202 = SyncJob.from_dict(response.json())

        return response_202

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SyncJob]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | SyncJob]:
    """Sync integration orders (async)

     Queues a background pull of orders from the integration.

    Args:
        organization_id (str):
        integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SyncJob]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        integration_id=integration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | SyncJob | None:
    """Sync integration orders (async)

     Queues a background pull of orders from the integration.

    Args:
        organization_id (str):
        integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SyncJob
    """

    return sync_detailed(
        organization_id=organization_id,
        integration_id=integration_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | SyncJob]:
    """Sync integration orders (async)

     Queues a background pull of orders from the integration.

    Args:
        organization_id (str):
        integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SyncJob]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        integration_id=integration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | SyncJob | None:
    """Sync integration orders (async)

     Queues a background pull of orders from the integration.

    Args:
        organization_id (str):
        integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SyncJob
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            integration_id=integration_id,
            client=client,
        )
    ).parsed
