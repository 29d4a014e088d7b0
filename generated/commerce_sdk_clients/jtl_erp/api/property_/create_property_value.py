from http import HTTPStatus
from typing import Any, TypeAlias, cast
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.create_property_value import CreatePropertyValue
from ...models.error_response import ErrorResponse
from ...models.property_value import PropertyValue
from ...types import UNSET, Response, Unset


def _get_kwargs(
    property_id: int,
    *,
    body: CreatePropertyValue,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = api_version

    if not isinstance(x_runas, Unset):
        headers["x-runas"] = x_runas

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"commerce_sdk.operation": "property_.create_property_value"},
        "url": "/properties/{property_id}/values".format(
            property_id=quote(str(property_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = PropertyValue


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | PropertyValue | None:
    token = _decoding.name_operation("property_.create_property_value")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | PropertyValue | None:
    if response.status_code == 201:
        response_201 = PropertyValue.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[Any | ErrorResponse | PropertyValue]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    property_id: int,
    *,
    client: AuthenticatedClient,
    body: CreatePropertyValue,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | PropertyValue]:
    """
    Args:
        property_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):
        body (CreatePropertyValue):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | PropertyValue]
    """

    kwargs = _get_kwargs(
        property_id=property_id,
        body=body,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    property_id: int,
    *,
    client: AuthenticatedClient,
    body: CreatePropertyValue,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | ErrorResponse | PropertyValue | None:
    """
    Args:
        property_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):
        body (CreatePropertyValue):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | PropertyValue
    """

    return sync_detailed(
        property_id=property_id,
        client=client,
        body=body,
        api_version=api_version,
        x_runas=x_runas,
    ).parsed


async def asyncio_detailed(
    property_id: int,
    *,
    client: AuthenticatedClient,
    body: CreatePropertyValue,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | PropertyValue]:
    """
    Args:
        property_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):
        body (CreatePropertyValue):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | PropertyValue]
    """

    kwargs = _get_kwargs(
        property_id=property_id,
        body=body,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    property_id: int,
    *,
    client: AuthenticatedClient,
    body: CreatePropertyValue,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | ErrorResponse | PropertyValue | None:
    """
    Args:
        property_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):
        body (CreatePropertyValue):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | PropertyValue
    """

    return (
        await asyncio_detailed(
            property_id=property_id,
            client=client,
            body=body,
            api_version=api_version,
            x_runas=x_runas,
        )
    ).parsed
