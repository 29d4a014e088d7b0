import datetime
from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.fec_item_out import FECItemOut
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    *,
    folder_id: None | str | Unset = UNSET,
    date_from: datetime.date,
    date_to: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_folder_id: None | str | Unset
    if isinstance(folder_id, Unset):
        json_folder_id = UNSET
    else:
        json_folder_id = folder_id
    params["folder_id"] = json_folder_id

    json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "accounting.accounting_export_fec"},
        "url": "/consumers/{consumer_id}/accounting/export-fec".format(
            consumer_id=quote(str(consumer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = list[FECItemOut]


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | list[FECItemOut] | None:
    token = _decoding.name_operation("accounting.accounting_export_fec")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | list[FECItemOut] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FECItemOut.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ChiftError | HTTPValidationError | list[FECItemOut]]:
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
    folder_id: None | str | Unset = UNSET,
    date_from: datetime.date,
    date_to: datetime.date,
) -> Response[ChiftError | HTTPValidationError | list[FECItemOut]]:
    """
    Args:
        consumer_id (UUID):
        folder_id (None | str | Unset):
        date_from (datetime.date):
        date_to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | list[FECItemOut]]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        folder_id=folder_id,
        date_from=date_from,
        date_to=date_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    folder_id: None | str | Unset = UNSET,
    date_from: datetime.date,
    date_to: datetime.date,
) -> ChiftError | HTTPValidationError | list[FECItemOut] | None:
    """
    Args:
        consumer_id (UUID):
        folder_id (None | str | Unset):
        date_from (datetime.date):
        date_to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | list[FECItemOut]
    """

    return sync_detailed(
        consumer_id=consumer_id,
        client=client,
        folder_id=folder_id,
        date_from=date_from,
        date_to=date_to,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    folder_id: None | str | Unset = UNSET,
    date_from: datetime.date,
    date_to: datetime.date,
) -> Response[ChiftError | HTTPValidationError | list[FECItemOut]]:
    """
    Args:
        consumer_id (UUID):
        folder_id (None | str | Unset):
        date_from (datetime.date):
        date_to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | list[FECItemOut]]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        folder_id=folder_id,
        date_from=date_from,
        date_to=date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    folder_id: None | str | Unset = UNSET,
    date_from: datetime.date,
    date_to: datetime.date,
) -> ChiftError | HTTPValidationError | list[FECItemOut] | None:
    """
    Args:
        consumer_id (UUID):
        folder_id (None | str | Unset):
        date_from (datetime.date):
        date_to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | list[FECItemOut]
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            client=client,
            folder_id=folder_id,
            date_from=date_from,
            date_to=date_to,
        )
    ).parsed
