from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.chift_page_account_item import ChiftPageAccountItem
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    *,
    page: int | Unset = 1,
    size: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "spend_management.spend_management_get_ledger_accounts"},
        "url": "/consumers/{consumer_id}/spend_management/ledger-accounts".format(
            consumer_id=quote(str(consumer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = ChiftPageAccountItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPageAccountItem | HTTPValidationError | None:
    token = _decoding.name_operation("spend_management.spend_management_get_ledger_accounts")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPageAccountItem | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ChiftPageAccountItem.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ChiftError.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChiftError | ChiftPageAccountItem | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
) -> Response[ChiftError | ChiftPageAccountItem | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPageAccountItem | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        page=page,
        size=size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
) -> ChiftError | ChiftPageAccountItem | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPageAccountItem | HTTPValidationError
    """

    return sync_detailed(
        consumer_id=consumer_id,
        client=client,
        page=page,
        size=size,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
) -> Response[ChiftError | ChiftPageAccountItem | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPageAccountItem | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        page=page,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
) -> ChiftError | ChiftPageAccountItem | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPageAccountItem | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            client=client,
            page=page,
            size=size,
        )
    ).parsed
