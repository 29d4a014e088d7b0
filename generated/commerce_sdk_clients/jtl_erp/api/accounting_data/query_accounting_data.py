import datetime
from http import HTTPStatus
from typing import Any, TypeAlias, cast

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.paged_list_of_accounting_data import PagedListOfAccountingData
from ...models.query_accounting_data_type import QueryAccountingDataType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    company_id: int | Unset = UNSET,
    type_: QueryAccountingDataType | Unset = UNSET,
    export_currency_in_departure_country: bool | Unset = UNSET,
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

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["companyId"] = company_id

    json_type_: int | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["exportCurrencyInDepartureCountry"] = export_currency_in_departure_country

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "accounting_data.query_accounting_data"},
        "url": "/accountingData",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = PagedListOfAccountingData


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | PagedListOfAccountingData | None:
    token = _decoding.name_operation("accounting_data.query_accounting_data")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | PagedListOfAccountingData | None:
    if response.status_code == 200:
        response_200 = PagedListOfAccountingData.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | PagedListOfAccountingData]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    company_id: int | Unset = UNSET,
    type_: QueryAccountingDataType | Unset = UNSET,
    export_currency_in_departure_country: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | PagedListOfAccountingData]:
    """
    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        company_id (int | Unset):
        type_ (QueryAccountingDataType | Unset):
        export_currency_in_departure_country (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | PagedListOfAccountingData]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        company_id=company_id,
        type_=type_,
        export_currency_in_departure_country=export_currency_in_departure_country,
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
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    company_id: int | Unset = UNSET,
    type_: QueryAccountingDataType | Unset = UNSET,
    export_currency_in_departure_country: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | ErrorResponse | PagedListOfAccountingData | None:
    """
    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        company_id (int | Unset):
        type_ (QueryAccountingDataType | Unset):
        export_currency_in_departure_country (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | PagedListOfAccountingData
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        company_id=company_id,
        type_=type_,
        export_currency_in_departure_country=export_currency_in_departure_country,
        page_number=page_number,
        page_size=page_size,
        api_version=api_version,
        x_runas=x_runas,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    company_id: int | Unset = UNSET,
    type_: QueryAccountingDataType | Unset = UNSET,
    export_currency_in_departure_country: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | PagedListOfAccountingData]:
    """
    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        company_id (int | Unset):
        type_ (QueryAccountingDataType | Unset):
        export_currency_in_departure_country (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | PagedListOfAccountingData]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        company_id=company_id,
        type_=type_,
        export_currency_in_departure_country=export_currency_in_departure_country,
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
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    company_id: int | Unset = UNSET,
    type_: QueryAccountingDataType | Unset = UNSET,
    export_currency_in_departure_country: bool | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | ErrorResponse | PagedListOfAccountingData | None:
    """
    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        company_id (int | Unset):
        type_ (QueryAccountingDataType | Unset):
        export_currency_in_departure_country (bool | Unset):
        page_number (int | Unset):
        page_size (int | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | PagedListOfAccountingData
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            company_id=company_id,
            type_=type_,
            export_currency_in_departure_country=export_currency_in_departure_country,
            page_number=page_number,
            page_size=page_size,
            api_version=api_version,
            x_runas=x_runas,
        )
    ).parsed
