from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.integration import Integration
from ...models.integration_update import IntegrationUpdate
from ...types import Response


def _get_kwargs(
    organization_id: str,
    integration_id: str,
    *,
    body: IntegrationUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "extensions": {"commerce_sdk.operation": "integrations.update_integration"},
        "url": "/organizations/{organization_id}/integrations/{integration_id}".format(
            organization_id=quote(str(organization_id), safe=""),
            integration_id=quote(str(integration_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = Integration


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Integration | None:
    token = _decoding.name_operation("integrations.update_integration")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Integration | None:
    if response.status_code == 200:
        response_200 = Integration.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[Error | Integration]:
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
    body: IntegrationUpdate,
) -> Response[Error | Integration]:
    """Update integration

     Changes the name, settings or sync switches of an integration.

    Args:
        organization_id (str):
        integration_id (str):
        body (IntegrationUpdate): Fields of an integration that can be changed; send only those to
            update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Integration]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        integration_id=integration_id,
        body=body,
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
    body: IntegrationUpdate,
) -> Error | Integration | None:
    """Update integration

     Changes the name, settings or sync switches of an integration.

    Args:
        organization_id (str):
        integration_id (str):
        body (IntegrationUpdate): Fields of an integration that can be changed; send only those to
            update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Integration
    """

    return sync_detailed(
        organization_id=organization_id,
        integration_id=integration_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationUpdate,
) -> Response[Error | Integration]:
    """Update integration

     Changes the name, settings or sync switches of an integration.

    Args:
        organization_id (str):
        integration_id (str):
        body (IntegrationUpdate): Fields of an integration that can be changed; send only those to
            update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Integration]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        integration_id=integration_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IntegrationUpdate,
) -> Error | Integration | None:
    """Update integration

     Changes the name, settings or sync switches of an integration.

    Args:
        organization_id (str):
        integration_id (str):
        body (IntegrationUpdate): Fields of an integration that can be changed; send only those to
            update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Integration
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            integration_id=integration_id,
            client=client,
            body=body,
        )
    ).parsed
