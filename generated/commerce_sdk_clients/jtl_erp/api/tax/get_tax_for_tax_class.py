from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.tax_rate import TaxRate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tax_class_id: int,
    company_id: int,
    departure_country_iso: str,
    shipment_country_iso: str,
    *,
    tax_number: str | Unset = UNSET,
    invoice_country_iso: str | Unset = UNSET,
    invoice_country_state_iso: str | Unset = UNSET,
    shipment_country_state_iso: str | Unset = UNSET,
    api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = api_version

    params: dict[str, Any] = {}

    params["taxNumber"] = tax_number

    params["invoiceCountryISO"] = invoice_country_iso

    params["invoiceCountryStateISO"] = invoice_country_state_iso

    params["shipmentCountryStateISO"] = shipment_country_state_iso

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "tax.get_tax_for_tax_class"},
        "url": "/tax/taxclass/{tax_class_id}/{company_id}/{departure_country_iso}/{shipment_country_iso}".format(
            tax_class_id=quote(str(tax_class_id), safe=""),
            company_id=quote(str(company_id), safe=""),
            departure_country_iso=quote(str(departure_country_iso), safe=""),
            shipment_country_iso=quote(str(shipment_country_iso), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = TaxRate


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaxRate | None:
    token = _decoding.name_operation("tax.get_tax_for_tax_class")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaxRate | None:
    if response.status_code == 200:
        response_200 = TaxRate.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TaxRate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tax_class_id: int,
    company_id: int,
    departure_country_iso: str,
    shipment_country_iso: str,
    *,
    client: AuthenticatedClient,
    tax_number: str | Unset = UNSET,
    invoice_country_iso: str | Unset = UNSET,
    invoice_country_state_iso: str | Unset = UNSET,
    shipment_country_state_iso: str | Unset = UNSET,
    api_version: str | Unset = UNSET,
) -> Response[ErrorResponse | TaxRate]:
    """
    Args:
        tax_class_id (int):
        company_id (int):
        departure_country_iso (str):
        shipment_country_iso (str):
        tax_number (str | Unset):
        invoice_country_iso (str | Unset):
        invoice_country_state_iso (str | Unset):
        shipment_country_state_iso (str | Unset):
        api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaxRate]
    """

    kwargs = _get_kwargs(
        tax_class_id=tax_class_id,
        company_id=company_id,
        departure_country_iso=departure_country_iso,
        shipment_country_iso=shipment_country_iso,
        tax_number=tax_number,
        invoice_country_iso=invoice_country_iso,
        invoice_country_state_iso=invoice_country_state_iso,
        shipment_country_state_iso=shipment_country_state_iso,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tax_class_id: int,
    company_id: int,
    departure_country_iso: str,
    shipment_country_iso: str,
    *,
    client: AuthenticatedClient,
    tax_number: str | Unset = UNSET,
    invoice_country_iso: str | Unset = UNSET,
    invoice_country_state_iso: str | Unset = UNSET,
    shipment_country_state_iso: str | Unset = UNSET,
    api_version: str | Unset = UNSET,
) -> ErrorResponse | TaxRate | None:
    """
    Args:
        tax_class_id (int):
        company_id (int):
        departure_country_iso (str):
        shipment_country_iso (str):
        tax_number (str | Unset):
        invoice_country_iso (str | Unset):
        invoice_country_state_iso (str | Unset):
        shipment_country_state_iso (str | Unset):
        api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaxRate
    """

    return sync_detailed(
        tax_class_id=tax_class_id,
        company_id=company_id,
        departure_country_iso=departure_country_iso,
        shipment_country_iso=shipment_country_iso,
        client=client,
        tax_number=tax_number,
        invoice_country_iso=invoice_country_iso,
        invoice_country_state_iso=invoice_country_state_iso,
        shipment_country_state_iso=shipment_country_state_iso,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    tax_class_id: int,
    company_id: int,
    departure_country_iso: str,
    shipment_country_iso: str,
    *,
    client: AuthenticatedClient,
    tax_number: str | Unset = UNSET,
    invoice_country_iso: str | Unset = UNSET,
    invoice_country_state_iso: str | Unset = UNSET,
    shipment_country_state_iso: str | Unset = UNSET,
    api_version: str | Unset = UNSET,
) -> Response[ErrorResponse | TaxRate]:
    """
    Args:
        tax_class_id (int):
        company_id (int):
        departure_country_iso (str):
        shipment_country_iso (str):
        tax_number (str | Unset):
        invoice_country_iso (str | Unset):
        invoice_country_state_iso (str | Unset):
        shipment_country_state_iso (str | Unset):
        api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaxRate]
    """

    kwargs = _get_kwargs(
        tax_class_id=tax_class_id,
        company_id=company_id,
        departure_country_iso=departure_country_iso,
        shipment_country_iso=shipment_country_iso,
        tax_number=tax_number,
        invoice_country_iso=invoice_country_iso,
        invoice_country_state_iso=invoice_country_state_iso,
        shipment_country_state_iso=shipment_country_state_iso,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tax_class_id: int,
    company_id: int,
    departure_country_iso: str,
    shipment_country_iso: str,
    *,
    client: AuthenticatedClient,
    tax_number: str | Unset = UNSET,
    invoice_country_iso: str | Unset = UNSET,
    invoice_country_state_iso: str | Unset = UNSET,
    shipment_country_state_iso: str | Unset = UNSET,
    api_version: str | Unset = UNSET,
) -> ErrorResponse | TaxRate | None:
    """
    Args:
        tax_class_id (int):
        company_id (int):
        departure_country_iso (str):
        shipment_country_iso (str):
        tax_number (str | Unset):
        invoice_country_iso (str | Unset):
        invoice_country_state_iso (str | Unset):
        shipment_country_state_iso (str | Unset):
        api_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaxRate
    """

    return (
        await asyncio_detailed(
            tax_class_id=tax_class_id,
            company_id=company_id,
            departure_country_iso=departure_country_iso,
            shipment_country_iso=shipment_country_iso,
            client=client,
            tax_number=tax_number,
            invoice_country_iso=invoice_country_iso,
            invoice_country_state_iso=invoice_country_state_iso,
            shipment_country_state_iso=shipment_country_state_iso,
            api_version=api_version,
        )
    ).parsed
