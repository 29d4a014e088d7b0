import datetime
from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.chift_page_payable_item import ChiftPagePayableItem
from ...models.http_validation_error import HTTPValidationError
from ...models.payable_export_status import PayableExportStatus
from ...models.payable_type import PayableType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    *,
    cursor: None | str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
    payable_type: PayableType,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
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

    json_payable_type = payable_type.value
    params["payable_type"] = json_payable_type

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

    json_updated_after: None | str | Unset
    if isinstance(updated_after, Unset):
        json_updated_after = UNSET
    elif isinstance(updated_after, datetime.datetime):
        json_updated_after = updated_after.isoformat()
    else:
        json_updated_after = updated_after
    params["updated_after"] = json_updated_after

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
        "extensions": {"commerce_sdk.operation": "spend_management.spend_management_get_payables"},
        "url": "/consumers/{consumer_id}/spend_management/payables".format(
            consumer_id=quote(str(consumer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = ChiftPagePayableItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPagePayableItem | HTTPValidationError | None:
    token = _decoding.name_operation("spend_management.spend_management_get_payables")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPagePayableItem | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ChiftPagePayableItem.from_dict(response.json())

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
) -> Response[ChiftError | ChiftPagePayableItem | HTTPValidationError]:
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
    payable_type: PayableType,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    export_status: None | PayableExportStatus | Unset = UNSET,
) -> Response[ChiftError | ChiftPagePayableItem | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        cursor (None | str | Unset):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        payable_type (PayableType):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        updated_after (datetime.datetime | None | Unset):
        export_status (None | PayableExportStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPagePayableItem | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        cursor=cursor,
        page=page,
        size=size,
        payable_type=payable_type,
        date_from=date_from,
        date_to=date_to,
        updated_after=updated_after,
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
    payable_type: PayableType,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    export_status: None | PayableExportStatus | Unset = UNSET,
) -> ChiftError | ChiftPagePayableItem | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        cursor (None | str | Unset):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        payable_type (PayableType):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        updated_after (datetime.datetime | None | Unset):
        export_status (None | PayableExportStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPagePayableItem | HTTPValidationError
    """

    return sync_detailed(
        consumer_id=consumer_id,
        client=client,
        cursor=cursor,
        page=page,
        size=size,
        payable_type=payable_type,
        date_from=date_from,
        date_to=date_to,
        updated_after=updated_after,
        export_status=export_status,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
    payable_type: PayableType,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    export_status: None | PayableExportStatus | Unset = UNSET,
) -> Response[ChiftError | ChiftPagePayableItem | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        cursor (None | str | Unset):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        payable_type (PayableType):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        updated_after (datetime.datetime | None | Unset):
        export_status (None | PayableExportStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPagePayableItem | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        cursor=cursor,
        page=page,
        size=size,
        payable_type=payable_type,
        date_from=date_from,
        date_to=date_to,
        updated_after=updated_after,
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
    payable_type: PayableType,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    export_status: None | PayableExportStatus | Unset = UNSET,
) -> ChiftError | ChiftPagePayableItem | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        cursor (None | str | Unset):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        payable_type (PayableType):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        updated_after (datetime.datetime | None | Unset):
        export_status (None | PayableExportStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPagePayableItem | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            client=client,
            cursor=cursor,
            page=page,
            size=size,
            payable_type=payable_type,
            date_from=date_from,
            date_to=date_to,
            updated_after=updated_after,
            export_status=export_status,
        )
    ).parsed
