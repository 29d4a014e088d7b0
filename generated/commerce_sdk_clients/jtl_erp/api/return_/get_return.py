from http import HTTPStatus
from typing import Any, TypeAlias, cast
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.return_ import Return
from ...types import UNSET, Response, Unset


def _get_kwargs(
    return_id: int,
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
        "method": "get",
        "extensions": {"commerce_sdk.operation": "return_.get_return"},
        "url": "/returns/{return_id}".format(
            return_id=quote(str(return_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = Return


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | Return | None:
    token = _decoding.name_operation("return_.get_return")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | Return | None:
    if response.status_code == 200:
        response_200 = Return.from_dict(response.json())

        return response_200

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
) -> Response[Any | ErrorResponse | Return]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    return_id: int,
    *,
    client: AuthenticatedClient,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | Return]:
    """
    Args:
        return_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Return]
    """

    kwargs = _get_kwargs(
        return_id=return_id,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    return_id: int,
    *,
    client: AuthenticatedClient,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | ErrorResponse | Return | None:
    """
    Args:
        return_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Return
    """

    return sync_detailed(
        return_id=return_id,
        client=client,
        api_version=api_version,
        x_runas=x_runas,
    ).parsed


async def asyncio_detailed(
    return_id: int,
    *,
    client: AuthenticatedClient,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | Return]:
    """
    Args:
        return_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Return]
    """

    kwargs = _get_kwargs(
        return_id=return_id,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    return_id: int,
    *,
    client: AuthenticatedClient,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | ErrorResponse | Return | None:
    """
    Args:
        return_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Return
    """

    return (
        await asyncio_detailed(
            return_id=return_id,
            client=client,
            api_version=api_version,
            x_runas=x_runas,
        )
    ).parsed
