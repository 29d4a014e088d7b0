from http import HTTPStatus
from typing import Any, Literal, TypeAlias

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.release_item import ReleaseItem
from ...types import UNSET, Response


def _get_kwargs(
    *,
    connector: int | Literal["cockpit"],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_connector: int | Literal["cockpit"]
    json_connector = connector
    params["connector"] = json_connector

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "connectors.get_releases_local_agents_releases_get"},
        "url": "/local-agents/releases",
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = list[ReleaseItem]


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[ReleaseItem] | None:
    token = _decoding.name_operation("connectors.get_releases_local_agents_releases_get")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[ReleaseItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ReleaseItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | list[ReleaseItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    connector: int | Literal["cockpit"],
) -> Response[HTTPValidationError | list[ReleaseItem]]:
    """
    Args:
        connector (int | Literal['cockpit']):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[ReleaseItem]]
    """

    kwargs = _get_kwargs(
        connector=connector,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    connector: int | Literal["cockpit"],
) -> HTTPValidationError | list[ReleaseItem] | None:
    """
    Args:
        connector (int | Literal['cockpit']):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[ReleaseItem]
    """

    return sync_detailed(
        client=client,
        connector=connector,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    connector: int | Literal["cockpit"],
) -> Response[HTTPValidationError | list[ReleaseItem]]:
    """
    Args:
        connector (int | Literal['cockpit']):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[ReleaseItem]]
    """

    kwargs = _get_kwargs(
        connector=connector,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    connector: int | Literal["cockpit"],
) -> HTTPValidationError | list[ReleaseItem] | None:
    """
    Args:
        connector (int | Literal['cockpit']):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[ReleaseItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            connector=connector,
        )
    ).parsed
