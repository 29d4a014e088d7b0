import datetime
from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.chift_page_financial_movement_item import ChiftPageFinancialMovementItem
from ...models.http_validation_error import HTTPValidationError
from ...models.payable_export_status import PayableExportStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    *,
    cursor: None | str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    export_status: None | PayableExportStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["page"] = page

    params["size"] = size

    json_date_from: None | str | Unset
    if isinstance(date_from, Unset):
        json_date_from = UNSET
    elif isinstance(date_from, datetime.date):
        json_date_from = date_from.isoformat()
    else:
        json_date_from = date_from
    params["date_from"] = json_date_from

    json_date_to: None | str | Unset
    if isinstance(date_to, Unset):
        json_date_to = UNSET
    elif isinstance(date_to, datetime.date):
        json_date_to = date_to.isoformat()
    else:
        json_date_to = date_to
    params["date_to"] = json_date_to

    json_export_status: None | str | Unset
    if isinstance(export_status, Unset):
        json_export_status = UNSET
    elif isinstance(export_status, PayableExportStatus):
        json_export_status = export_status.value
    else:
        json_export_status = export_status
    params["export_status"] = json_export_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "spend_management.spend_management_get_financial_movements"},
        "url": "/consumers/{consumer_id}/spend_management/financial-movements".format(
            consumer_id=quote(str(consumer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = ChiftPageFinancialMovementItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPageFinancialMovementItem | HTTPValidationError | None:
    token = _decoding.name_operation("spend_management.spend_management_get_financial_movements")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPageFinancialMovementItem | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ChiftPageFinancialMovementItem.from_dict(response.json())

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
) -> Response[ChiftError | ChiftPageFinancialMovementItem | HTTPValidationError]:
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
    cursor: None | str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    export_status: None | PayableExportStatus | Unset = UNSET,
) -> Response[ChiftError | ChiftPageFinancialMovementItem | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        cursor (None | str | Unset):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        export_status (None | PayableExportStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPageFinancialMovementItem | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        cursor=cursor,
        page=page,
        size=size,
        date_from=date_from,
        date_to=date_to,
        export_status=export_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    export_status: None | PayableExportStatus | Unset = UNSET,
) -> ChiftError | ChiftPageFinancialMovementItem | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        cursor (None | str | Unset):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        export_status (None | PayableExportStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPageFinancialMovementItem | HTTPValidationError
    """

    return sync_detailed(
        consumer_id=consumer_id,
        client=client,
        cursor=cursor,
        page=page,
        size=size,
        date_from=date_from,
        date_to=date_to,
        export_status=export_status,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    export_status: None | PayableExportStatus | Unset = UNSET,
) -> Response[ChiftError | ChiftPageFinancialMovementItem | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        cursor (None | str | Unset):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        export_status (None | PayableExportStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPageFinancialMovementItem | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        cursor=cursor,
        page=page,
        size=size,
        date_from=date_from,
        date_to=date_to,
        export_status=export_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    export_status: None | PayableExportStatus | Unset = UNSET,
) -> ChiftError | ChiftPageFinancialMovementItem | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        cursor (None | str | Unset):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        export_status (None | PayableExportStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPageFinancialMovementItem | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            client=client,
            cursor=cursor,
            page=page,
            size=size,
            date_from=date_from,
            date_to=date_to,
            export_status=export_status,
        )
    ).parsed
