from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.bool_param import BoolParam
from ...models.chift_error import ChiftError
from ...models.consumer_item import ConsumerItem
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    *,
    include_account: BoolParam | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include_account: str | Unset = UNSET
    if not isinstance(include_account, Unset):
        json_include_account = include_account.value

    params["include_account"] = json_include_account

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "consumers.consumers_get_consumer"},
        "url": "/consumers/{consumer_id}".format(
            consumer_id=quote(str(consumer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = ConsumerItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ConsumerItem | HTTPValidationError | None:
    token = _decoding.name_operation("consumers.consumers_get_consumer")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ConsumerItem | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ConsumerItem.from_dict(response.json())

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
) -> Response[ChiftError | ConsumerItem | HTTPValidationError]:
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
    include_account: BoolParam | Unset = UNSET,
) -> Response[ChiftError | ConsumerItem | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        include_account (BoolParam | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ConsumerItem | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        include_account=include_account,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    include_account: BoolParam | Unset = UNSET,
) -> ChiftError | ConsumerItem | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        include_account (BoolParam | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ConsumerItem | HTTPValidationError
    """

    return sync_detailed(
        consumer_id=consumer_id,
        client=client,
        include_account=include_account,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    include_account: BoolParam | Unset = UNSET,
) -> Response[ChiftError | ConsumerItem | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        include_account (BoolParam | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ConsumerItem | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        include_account=include_account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    include_account: BoolParam | Unset = UNSET,
) -> ChiftError | ConsumerItem | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        include_account (BoolParam | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ConsumerItem | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            client=client,
            include_account=include_account,
        )
    ).parsed
