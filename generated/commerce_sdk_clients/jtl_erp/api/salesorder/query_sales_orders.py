import datetime
from http import HTTPStatus
from typing import Any, TypeAlias, cast

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.paged_list_of_sales_order import PagedListOfSalesOrder
from ...models.query_sales_orders_delivery_complete_status import QuerySalesOrdersDeliveryCompleteStatus
from ...models.query_sales_orders_payment_status import QuerySalesOrdersPaymentStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sales_order_number: str | Unset = UNSET,
    external_order_number: str | Unset = UNSET,
    billing_number: str | Unset = UNSET,
    item_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    payment_status: QuerySalesOrdersPaymentStatus | Unset = UNSET,
    payment_method_id: int | Unset = UNSET,
    delivery_complete_status: QuerySalesOrdersDeliveryCompleteStatus | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
    sales_channel_id: str | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
    created_until: datetime.datetime | Unset = UNSET,
    color_id: int | Unset = UNSET,
    ebay_username: str | Unset = UNSET,
    shipping_method_id: int | Unset = UNSET,
    delivered_date: datetime.datetime | Unset = UNSET,
    is_cancelled: bool | Unset = UNSET,
    on_hold_reason_id: int | Unset = UNSET,
    is_external_invoice: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = api_version

    if not isinstance(x_runas, Unset):
        headers["x-runas"] = x_runas

    params: dict[str, Any] = {}

    params["salesOrderNumber"] = sales_order_number

    params["externalOrderNumber"] = external_order_number

    params["billingNumber"] = billing_number

    params["itemId"] = item_id

    params["customerId"] = customer_id

    json_payment_status: int | Unset = UNSET
    if not isinstance(payment_status, Unset):
        json_payment_status = payment_status.value

    params["paymentStatus"] = json_payment_status

    params["paymentMethodId"] = payment_method_id

    json_delivery_complete_status: int | Unset = UNSET
    if not isinstance(delivery_complete_status, Unset):
        json_delivery_complete_status = delivery_complete_status.value

    params["deliveryCompleteStatus"] = json_delivery_complete_status

    params["createdUserId"] = created_user_id

    params["companyId"] = company_id

    params["salesChannelId"] = sales_channel_id

    json_created_since: str | Unset = UNSET
    if not isinstance(created_since, Unset):
        json_created_since = created_since.isoformat()
    params["createdSince"] = json_created_since

    json_created_until: str | Unset = UNSET
    if not isinstance(created_until, Unset):
        json_created_until = created_until.isoformat()
    params["createdUntil"] = json_created_until

    params["colorId"] = color_id

    params["ebayUsername"] = ebay_username

    params["shippingMethodId"] = shipping_method_id

    json_delivered_date: str | Unset = UNSET
    if not isinstance(delivered_date, Unset):
        json_delivered_date = delivered_date.isoformat()
    params["deliveredDate"] = json_delivered_date

    params["isCancelled"] = is_cancelled

    params["onHoldReasonId"] = on_hold_reason_id

    params["isExternalInvoice"] = is_external_invoice

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "salesorder.query_sales_orders"},
        "url": "/salesOrders",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = PagedListOfSalesOrder


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PagedListOfSalesOrder | None:
    token = _decoding.name_operation("salesorder.query_sales_orders")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PagedListOfSalesOrder | None:
    if response.status_code == 200:
        response_200 = PagedListOfSalesOrder.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 402:
        response_402 = cast(Any, None)
        return response_402

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PagedListOfSalesOrder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    sales_order_number: str | Unset = UNSET,
    external_order_number: str | Unset = UNSET,
    billing_number: str | Unset = UNSET,
    item_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    payment_status: QuerySalesOrdersPaymentStatus | Unset = UNSET,
    payment_method_id: int | Unset = UNSET,
    delivery_complete_status: QuerySalesOrdersDeliveryCompleteStatus | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
    sales_channel_id: str | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
    created_until: datetime.datetime | Unset = UNSET,
    color_id: int | Unset = UNSET,
    ebay_username: str | Unset = UNSET,
    shipping_method_id: int | Unset = UNSET,
    delivered_date: datetime.datetime | Unset = UNSET,
    is_cancelled: bool | Unset = UNSET,
    on_hold_reason_id: int | Unset = UNSET,
    is_external_invoice: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | PagedListOfSalesOrder]:
    """
    Args:
        sales_order_number (str | Unset):
        external_order_number (str | Unset):
        billing_number (str | Unset):
        item_id (int | Unset):
        customer_id (int | Unset):
        payment_status (QuerySalesOrdersPaymentStatus | Unset):
        payment_method_id (int | Unset):
        delivery_complete_status (QuerySalesOrdersDeliveryCompleteStatus | Unset):
        created_user_id (int | Unset):
        company_id (int | Unset):
        sales_channel_id (str | Unset):
        created_since (datetime.datetime | Unset):
        created_until (datetime.datetime | Unset):
        color_id (int | Unset):
        ebay_username (str | Unset):
        shipping_method_id (int | Unset):
        delivered_date (datetime.datetime | Unset):
        is_cancelled (bool | Unset):
        on_hold_reason_id (int | Unset):
        is_external_invoice (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PagedListOfSalesOrder]
    """

    kwargs = _get_kwargs(
        sales_order_number=sales_order_number,
        external_order_number=external_order_number,
        billing_number=billing_number,
        item_id=item_id,
        customer_id=customer_id,
        payment_status=payment_status,
        payment_method_id=payment_method_id,
        delivery_complete_status=delivery_complete_status,
        created_user_id=created_user_id,
        company_id=company_id,
        sales_channel_id=sales_channel_id,
        created_since=created_since,
        created_until=created_until,
        color_id=color_id,
        ebay_username=ebay_username,
        shipping_method_id=shipping_method_id,
        delivered_date=delivered_date,
        is_cancelled=is_cancelled,
        on_hold_reason_id=on_hold_reason_id,
        is_external_invoice=is_external_invoice,
        page_number=page_number,
        page_size=page_size,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    sales_order_number: str | Unset = UNSET,
    external_order_number: str | Unset = UNSET,
    billing_number: str | Unset = UNSET,
    item_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    payment_status: QuerySalesOrdersPaymentStatus | Unset = UNSET,
    payment_method_id: int | Unset = UNSET,
    delivery_complete_status: QuerySalesOrdersDeliveryCompleteStatus | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
    sales_channel_id: str | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
    created_until: datetime.datetime | Unset = UNSET,
    color_id: int | Unset = UNSET,
    ebay_username: str | Unset = UNSET,
    shipping_method_id: int | Unset = UNSET,
    delivered_date: datetime.datetime | Unset = UNSET,
    is_cancelled: bool | Unset = UNSET,
    on_hold_reason_id: int | Unset = UNSET,
    is_external_invoice: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | PagedListOfSalesOrder | None:
    """
    Args:
        sales_order_number (str | Unset):
        external_order_number (str | Unset):
        billing_number (str | Unset):
        item_id (int | Unset):
        customer_id (int | Unset):
        payment_status (QuerySalesOrdersPaymentStatus | Unset):
        payment_method_id (int | Unset):
        delivery_complete_status (QuerySalesOrdersDeliveryCompleteStatus | Unset):
        created_user_id (int | Unset):
        company_id (int | Unset):
        sales_channel_id (str | Unset):
        created_since (datetime.datetime | Unset):
        created_until (datetime.datetime | Unset):
        color_id (int | Unset):
        ebay_username (str | Unset):
        shipping_method_id (int | Unset):
        delivered_date (datetime.datetime | Unset):
        is_cancelled (bool | Unset):
        on_hold_reason_id (int | Unset):
        is_external_invoice (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PagedListOfSalesOrder
    """

    return sync_detailed(
        client=client,
        sales_order_number=sales_order_number,
        external_order_number=external_order_number,
        billing_number=billing_number,
        item_id=item_id,
        customer_id=customer_id,
        payment_status=payment_status,
        payment_method_id=payment_method_id,
        delivery_complete_status=delivery_complete_status,
        created_user_id=created_user_id,
        company_id=company_id,
        sales_channel_id=sales_channel_id,
        created_since=created_since,
        created_until=created_until,
        color_id=color_id,
        ebay_username=ebay_username,
        shipping_method_id=shipping_method_id,
        delivered_date=delivered_date,
        is_cancelled=is_cancelled,
        on_hold_reason_id=on_hold_reason_id,
        is_external_invoice=is_external_invoice,
        page_number=page_number,
        page_size=page_size,
        api_version=api_version,
        x_runas=x_runas,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    sales_order_number: str | Unset = UNSET,
    external_order_number: str | Unset = UNSET,
    billing_number: str | Unset = UNSET,
    item_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    payment_status: QuerySalesOrdersPaymentStatus | Unset = UNSET,
    payment_method_id: int | Unset = UNSET,
    delivery_complete_status: QuerySalesOrdersDeliveryCompleteStatus | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
    sales_channel_id: str | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
    created_until: datetime.datetime | Unset = UNSET,
    color_id: int | Unset = UNSET,
    ebay_username: str | Unset = UNSET,
    shipping_method_id: int | Unset = UNSET,
    delivered_date: datetime.datetime | Unset = UNSET,
    is_cancelled: bool | Unset = UNSET,
    on_hold_reason_id: int | Unset = UNSET,
    is_external_invoice: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | PagedListOfSalesOrder]:
    """
    Args:
        sales_order_number (str | Unset):
        external_order_number (str | Unset):
        billing_number (str | Unset):
        item_id (int | Unset):
        customer_id (int | Unset):
        payment_status (QuerySalesOrdersPaymentStatus | Unset):
        payment_method_id (int | Unset):
        delivery_complete_status (QuerySalesOrdersDeliveryCompleteStatus | Unset):
        created_user_id (int | Unset):
        company_id (int | Unset):
        sales_channel_id (str | Unset):
        created_since (datetime.datetime | Unset):
        created_until (datetime.datetime | Unset):
        color_id (int | Unset):
        ebay_username (str | Unset):
        shipping_method_id (int | Unset):
        delivered_date (datetime.datetime | Unset):
        is_cancelled (bool | Unset):
        on_hold_reason_id (int | Unset):
        is_external_invoice (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PagedListOfSalesOrder]
    """

    kwargs = _get_kwargs(
        sales_order_number=sales_order_number,
        external_order_number=external_order_number,
        billing_number=billing_number,
        item_id=item_id,
        customer_id=customer_id,
        payment_status=payment_status,
        payment_method_id=payment_method_id,
        delivery_complete_status=delivery_complete_status,
        created_user_id=created_user_id,
        company_id=company_id,
        sales_channel_id=sales_channel_id,
        created_since=created_since,
        created_until=created_until,
        color_id=color_id,
        ebay_username=ebay_username,
        shipping_method_id=shipping_method_id,
        delivered_date=delivered_date,
        is_cancelled=is_cancelled,
        on_hold_reason_id=on_hold_reason_id,
        is_external_invoice=is_external_invoice,
        page_number=page_number,
        page_size=page_size,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    sales_order_number: str | Unset = UNSET,
    external_order_number: str | Unset = UNSET,
    billing_number: str | Unset = UNSET,
    item_id: int | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    payment_status: QuerySalesOrdersPaymentStatus | Unset = UNSET,
    payment_method_id: int | Unset = UNSET,
    delivery_complete_status: QuerySalesOrdersDeliveryCompleteStatus | Unset = UNSET,
    created_user_id: int | Unset = UNSET,
    company_id: int | Unset = UNSET,
    sales_channel_id: str | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
    created_until: datetime.datetime | Unset = UNSET,
    color_id: int | Unset = UNSET,
    ebay_username: str | Unset = UNSET,
    shipping_method_id: int | Unset = UNSET,
    delivered_date: datetime.datetime | Unset = UNSET,
    is_cancelled: bool | Unset = UNSET,
    on_hold_reason_id: int | Unset = UNSET,
    is_external_invoice: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | PagedListOfSalesOrder | None:
    """
    Args:
        sales_order_number (str | Unset):
        external_order_number (str | Unset):
        billing_number (str | Unset):
        item_id (int | Unset):
        customer_id (int | Unset):
        payment_status (QuerySalesOrdersPaymentStatus | Unset):
        payment_method_id (int | Unset):
        delivery_complete_status (QuerySalesOrdersDeliveryCompleteStatus | Unset):
        created_user_id (int | Unset):
        company_id (int | Unset):
        sales_channel_id (str | Unset):
        created_since (datetime.datetime | Unset):
        created_until (datetime.datetime | Unset):
        color_id (int | Unset):
        ebay_username (str | Unset):
        shipping_method_id (int | Unset):
        delivered_date (datetime.datetime | Unset):
        is_cancelled (bool | Unset):
        on_hold_reason_id (int | Unset):
        is_external_invoice (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PagedListOfSalesOrder
    """

    return (
        await asyncio_detailed(
            client=client,
            sales_order_number=sales_order_number,
            external_order_number=external_order_number,
            billing_number=billing_number,
            item_id=item_id,
            customer_id=customer_id,
            payment_status=payment_status,
            payment_method_id=payment_method_id,
            delivery_complete_status=delivery_complete_status,
            created_user_id=created_user_id,
            company_id=company_id,
            sales_channel_id=sales_channel_id,
            created_since=created_since,
            created_until=created_until,
            color_id=color_id,
            ebay_username=ebay_username,
            shipping_method_id=shipping_method_id,
            delivered_date=delivered_date,
            is_cancelled=is_cancelled,
            on_hold_reason_id=on_hold_reason_id,
            is_external_invoice=is_external_invoice,
            page_number=page_number,
            page_size=page_size,
            api_version=api_version,
            x_runas=x_runas,
        )
    ).parsed
