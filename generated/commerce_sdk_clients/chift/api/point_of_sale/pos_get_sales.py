import datetime
from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...models.sales_item import SalesItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    location_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to

    json_location_id: None | str | Unset
    if isinstance(location_id, Unset):
        json_location_id = UNSET
    else:
        json_location_id = location_id
    params["location_id"] = json_location_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "point_of_sale.pos_get_sales"},
        "url": "/consumers/{consumer_id}/pos/sales".format(
            consumer_id=quote(str(consumer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = SalesItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | SalesItem | None:
    token = _decoding.name_operation("point_of_sale.pos_get_sales")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | SalesItem | None:
    if response.status_code == 200:
        response_200 = SalesItem.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ChiftError.from_dict(response.json())

        return response_400

    if response.status_code == 405:
        response_405 = ChiftError.from_dict(response.json())

        return response_405

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 502:
        response_502 = ChiftError.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChiftError | HTTPValidationError | SalesItem]:
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
    date_from: datetime.date,
    date_to: datetime.date,
    location_id: None | str | Unset = UNSET,
) -> Response[ChiftError | HTTPValidationError | SalesItem]:
    """
    Args:
        consumer_id (UUID):
        date_from (datetime.date):
        date_to (datetime.date):
        location_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | SalesItem]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        date_from=date_from,
        date_to=date_to,
        location_id=location_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    location_id: None | str | Unset = UNSET,
) -> ChiftError | HTTPValidationError | SalesItem | None:
    """
    Args:
        consumer_id (UUID):
        date_from (datetime.date):
        date_to (datetime.date):
        location_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | SalesItem
    """

    return sync_detailed(
        consumer_id=consumer_id,
        client=client,
        date_from=date_from,
        date_to=date_to,
        location_id=location_id,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    location_id: None | str | Unset = UNSET,
) -> Response[ChiftError | HTTPValidationError | SalesItem]:
    """
    Args:
        consumer_id (UUID):
        date_from (datetime.date):
        date_to (datetime.date):
        location_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | SalesItem]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        date_from=date_from,
        date_to=date_to,
        location_id=location_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    location_id: None | str | Unset = UNSET,
) -> ChiftError | HTTPValidationError | SalesItem | None:
    """
    Args:
        consumer_id (UUID):
        date_from (datetime.date):
        date_to (datetime.date):
        location_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | SalesItem
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            client=client,
            date_from=date_from,
            date_to=date_to,
            location_id=location_id,
        )
    ).parsed
