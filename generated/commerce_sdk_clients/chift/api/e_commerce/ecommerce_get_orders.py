import datetime
from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.bool_param import BoolParam
from ...models.chift_error import ChiftError
from ...models.chift_page_order_item_out import ChiftPageOrderItemOut
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    *,
    page: int | Unset = 1,
    size: int | Unset = 50,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    include_detailed_refunds: BoolParam | None | Unset = BoolParam.FALSE,
    include_product_categories: BoolParam | None | Unset = BoolParam.FALSE,
    include_customer_details: BoolParam | None | Unset = BoolParam.TRUE,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    json_updated_after: None | str | Unset
    if isinstance(updated_after, Unset):
        json_updated_after = UNSET
    elif isinstance(updated_after, datetime.datetime):
        json_updated_after = updated_after.isoformat()
    else:
        json_updated_after = updated_after
    params["updated_after"] = json_updated_after

    json_include_detailed_refunds: None | str | Unset
    if isinstance(include_detailed_refunds, Unset):
        json_include_detailed_refunds = UNSET
    elif isinstance(include_detailed_refunds, BoolParam):
        json_include_detailed_refunds = include_detailed_refunds.value
    else:
        json_include_detailed_refunds = include_detailed_refunds
    params["include_detailed_refunds"] = json_include_detailed_refunds

    json_include_product_categories: None | str | Unset
    if isinstance(include_product_categories, Unset):
        json_include_product_categories = UNSET
    elif isinstance(include_product_categories, BoolParam):
        json_include_product_categories = include_product_categories.value
    else:
        json_include_product_categories = include_product_categories
    params["include_product_categories"] = json_include_product_categories

    json_include_customer_details: None | str | Unset
    if isinstance(include_customer_details, Unset):
        json_include_customer_details = UNSET
    elif isinstance(include_customer_details, BoolParam):
        json_include_customer_details = include_customer_details.value
    else:
        json_include_customer_details = include_customer_details
    params["include_customer_details"] = json_include_customer_details

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "e_commerce.ecommerce_get_orders"},
        "url": "/consumers/{consumer_id}/commerce/orders".format(
            consumer_id=quote(str(consumer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = ChiftPageOrderItemOut


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPageOrderItemOut | HTTPValidationError | None:
    token = _decoding.name_operation("e_commerce.ecommerce_get_orders")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ChiftPageOrderItemOut | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ChiftPageOrderItemOut.from_dict(response.json())

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
) -> Response[ChiftError | ChiftPageOrderItemOut | HTTPValidationError]:
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
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    include_detailed_refunds: BoolParam | None | Unset = BoolParam.FALSE,
    include_product_categories: BoolParam | None | Unset = BoolParam.FALSE,
    include_customer_details: BoolParam | None | Unset = BoolParam.TRUE,
) -> Response[ChiftError | ChiftPageOrderItemOut | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        updated_after (datetime.datetime | None | Unset):
        include_detailed_refunds (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_product_categories (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_customer_details (BoolParam | None | Unset):  Default: BoolParam.TRUE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPageOrderItemOut | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        page=page,
        size=size,
        date_from=date_from,
        date_to=date_to,
        updated_after=updated_after,
        include_detailed_refunds=include_detailed_refunds,
        include_product_categories=include_product_categories,
        include_customer_details=include_customer_details,
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
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    include_detailed_refunds: BoolParam | None | Unset = BoolParam.FALSE,
    include_product_categories: BoolParam | None | Unset = BoolParam.FALSE,
    include_customer_details: BoolParam | None | Unset = BoolParam.TRUE,
) -> ChiftError | ChiftPageOrderItemOut | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        updated_after (datetime.datetime | None | Unset):
        include_detailed_refunds (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_product_categories (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_customer_details (BoolParam | None | Unset):  Default: BoolParam.TRUE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPageOrderItemOut | HTTPValidationError
    """

    return sync_detailed(
        consumer_id=consumer_id,
        client=client,
        page=page,
        size=size,
        date_from=date_from,
        date_to=date_to,
        updated_after=updated_after,
        include_detailed_refunds=include_detailed_refunds,
        include_product_categories=include_product_categories,
        include_customer_details=include_customer_details,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    include_detailed_refunds: BoolParam | None | Unset = BoolParam.FALSE,
    include_product_categories: BoolParam | None | Unset = BoolParam.FALSE,
    include_customer_details: BoolParam | None | Unset = BoolParam.TRUE,
) -> Response[ChiftError | ChiftPageOrderItemOut | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        updated_after (datetime.datetime | None | Unset):
        include_detailed_refunds (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_product_categories (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_customer_details (BoolParam | None | Unset):  Default: BoolParam.TRUE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ChiftPageOrderItemOut | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        page=page,
        size=size,
        date_from=date_from,
        date_to=date_to,
        updated_after=updated_after,
        include_detailed_refunds=include_detailed_refunds,
        include_product_categories=include_product_categories,
        include_customer_details=include_customer_details,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 50,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    include_detailed_refunds: BoolParam | None | Unset = BoolParam.FALSE,
    include_product_categories: BoolParam | None | Unset = BoolParam.FALSE,
    include_customer_details: BoolParam | None | Unset = BoolParam.TRUE,
) -> ChiftError | ChiftPageOrderItemOut | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 50.
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        updated_after (datetime.datetime | None | Unset):
        include_detailed_refunds (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_product_categories (BoolParam | None | Unset):  Default: BoolParam.FALSE.
        include_customer_details (BoolParam | None | Unset):  Default: BoolParam.TRUE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ChiftPageOrderItemOut | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            client=client,
            page=page,
            size=size,
            date_from=date_from,
            date_to=date_to,
            updated_after=updated_after,
            include_detailed_refunds=include_detailed_refunds,
            include_product_categories=include_product_categories,
            include_customer_details=include_customer_details,
        )
    ).parsed
