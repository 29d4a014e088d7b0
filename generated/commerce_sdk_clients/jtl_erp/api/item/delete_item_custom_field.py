from http import HTTPStatus
from typing import Any, TypeAlias, cast
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    item_id: int,
    customfield_id: int,
    *,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = api_version

    if not isinstance(x_runas, Unset):
        headers["x-runas"] = x_runas

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "extensions": {"commerce_sdk.operation": "item.delete_item_custom_field"},
        "url": "/items/{item_id}/customfields/{customfield_id}".format(
            item_id=quote(str(item_id), safe=""),
            customfield_id=quote(str(customfield_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = None


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    token = _decoding.name_operation("item.delete_item_custom_field")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 402:
        response_402 = cast(Any, None)
        return response_402

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    item_id: int,
    customfield_id: int,
    *,
    client: AuthenticatedClient,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """
    Args:
        item_id (int):
        customfield_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        item_id=item_id,
        customfield_id=customfield_id,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    item_id: int,
    customfield_id: int,
    *,
    client: AuthenticatedClient,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """
    Args:
        item_id (int):
        customfield_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        item_id=item_id,
        customfield_id=customfield_id,
        client=client,
        api_version=api_version,
        x_runas=x_runas,
    ).parsed


async def asyncio_detailed(
    item_id: int,
    customfield_id: int,
    *,
    client: AuthenticatedClient,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """
    Args:
        item_id (int):
        customfield_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        item_id=item_id,
        customfield_id=customfield_id,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    item_id: int,
    customfield_id: int,
    *,
    client: AuthenticatedClient,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """
    Args:
        item_id (int):
        customfield_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            item_id=item_id,
            customfield_id=customfield_id,
            client=client,
            api_version=api_version,
            x_runas=x_runas,
        )
    ).parsed
