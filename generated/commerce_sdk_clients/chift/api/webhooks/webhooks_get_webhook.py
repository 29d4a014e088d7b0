from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...models.webhook_instance_get_item import WebhookInstanceGetItem
from ...types import Response


def _get_kwargs(
    webhookid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "webhooks.webhooks_get_webhook"},
        "url": "/webhooks/{webhookid}".format(
            webhookid=quote(str(webhookid), safe=""),
        ),
    }

    return _kwargs


_Success: TypeAlias = WebhookInstanceGetItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | WebhookInstanceGetItem | None:
    token = _decoding.name_operation("webhooks.webhooks_get_webhook")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | WebhookInstanceGetItem | None:
    if response.status_code == 200:
        response_200 = WebhookInstanceGetItem.from_dict(response.json())

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
) -> Response[ChiftError | HTTPValidationError | WebhookInstanceGetItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webhookid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ChiftError | HTTPValidationError | WebhookInstanceGetItem]:
    """
    Args:
        webhookid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | WebhookInstanceGetItem]
    """

    kwargs = _get_kwargs(
        webhookid=webhookid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhookid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ChiftError | HTTPValidationError | WebhookInstanceGetItem | None:
    """
    Args:
        webhookid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | WebhookInstanceGetItem
    """

    return sync_detailed(
        webhookid=webhookid,
        client=client,
    ).parsed


async def asyncio_detailed(
    webhookid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ChiftError | HTTPValidationError | WebhookInstanceGetItem]:
    """
    Args:
        webhookid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | WebhookInstanceGetItem]
    """

    kwargs = _get_kwargs(
        webhookid=webhookid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhookid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ChiftError | HTTPValidationError | WebhookInstanceGetItem | None:
    """
    Args:
        webhookid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | WebhookInstanceGetItem
    """

    return (
        await asyncio_detailed(
            webhookid=webhookid,
            client=client,
        )
    ).parsed
