from http import HTTPStatus
from typing import Any, TypeAlias

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.bool_param import BoolParam
from ...models.consumer_item import ConsumerItem
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search: None | str | Unset = UNSET,
    internal_reference: None | str | Unset = UNSET,
    include_account: BoolParam | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_internal_reference: None | str | Unset
    if isinstance(internal_reference, Unset):
        json_internal_reference = UNSET
    else:
        json_internal_reference = internal_reference
    params["internal_reference"] = json_internal_reference

    json_include_account: str | Unset = UNSET
    if not isinstance(include_account, Unset):
        json_include_account = include_account.value

    params["include_account"] = json_include_account

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "consumers.consumers_get_consumers"},
        "url": "/consumers",
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = list[ConsumerItem]


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[ConsumerItem] | None:
    token = _decoding.name_operation("consumers.consumers_get_consumers")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[ConsumerItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ConsumerItem.from_dict(response_200_item_data)

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
) -> Response[HTTPValidationError | list[ConsumerItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    search: None | str | Unset = UNSET,
    internal_reference: None | str | Unset = UNSET,
    include_account: BoolParam | Unset = UNSET,
) -> Response[HTTPValidationError | list[ConsumerItem]]:
    """
    Args:
        search (None | str | Unset):
        internal_reference (None | str | Unset):
        include_account (BoolParam | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[ConsumerItem]]
    """

    kwargs = _get_kwargs(
        search=search,
        internal_reference=internal_reference,
        include_account=include_account,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    search: None | str | Unset = UNSET,
    internal_reference: None | str | Unset = UNSET,
    include_account: BoolParam | Unset = UNSET,
) -> HTTPValidationError | list[ConsumerItem] | None:
    """
    Args:
        search (None | str | Unset):
        internal_reference (None | str | Unset):
        include_account (BoolParam | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[ConsumerItem]
    """

    return sync_detailed(
        client=client,
        search=search,
        internal_reference=internal_reference,
        include_account=include_account,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    search: None | str | Unset = UNSET,
    internal_reference: None | str | Unset = UNSET,
    include_account: BoolParam | Unset = UNSET,
) -> Response[HTTPValidationError | list[ConsumerItem]]:
    """
    Args:
        search (None | str | Unset):
        internal_reference (None | str | Unset):
        include_account (BoolParam | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[ConsumerItem]]
    """

    kwargs = _get_kwargs(
        search=search,
        internal_reference=internal_reference,
        include_account=include_account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    search: None | str | Unset = UNSET,
    internal_reference: None | str | Unset = UNSET,
    include_account: BoolParam | Unset = UNSET,
) -> HTTPValidationError | list[ConsumerItem] | None:
    """
    Args:
        search (None | str | Unset):
        internal_reference (None | str | Unset):
        include_account (BoolParam | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[ConsumerItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            internal_reference=internal_reference,
            include_account=include_account,
        )
    ).parsed
