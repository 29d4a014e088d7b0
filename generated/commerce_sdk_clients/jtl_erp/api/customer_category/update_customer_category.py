from http import HTTPStatus
from typing import Any, TypeAlias, cast
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.customer_category import CustomerCategory
from ...models.error_response import ErrorResponse
from ...models.update_customer_category import UpdateCustomerCategory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customercategory_id: int,
    *,
    body: UpdateCustomerCategory,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = api_version

    if not isinstance(x_runas, Unset):
        headers["x-runas"] = x_runas

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "extensions": {"commerce_sdk.operation": "customer_category.update_customer_category"},
        "url": "/customerCategories/{customercategory_id}".format(
            customercategory_id=quote(str(customercategory_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = CustomerCategory


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CustomerCategory | ErrorResponse | None:
    token = _decoding.name_operation("customer_category.update_customer_category")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CustomerCategory | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CustomerCategory.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CustomerCategory | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customercategory_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomerCategory,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | CustomerCategory | ErrorResponse]:
    """
    Args:
        customercategory_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):
        body (UpdateCustomerCategory):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerCategory | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customercategory_id=customercategory_id,
        body=body,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customercategory_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomerCategory,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | CustomerCategory | ErrorResponse | None:
    """
    Args:
        customercategory_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):
        body (UpdateCustomerCategory):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerCategory | ErrorResponse
    """

    return sync_detailed(
        customercategory_id=customercategory_id,
        client=client,
        body=body,
        api_version=api_version,
        x_runas=x_runas,
    ).parsed


async def asyncio_detailed(
    customercategory_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomerCategory,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | CustomerCategory | ErrorResponse]:
    """
    Args:
        customercategory_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):
        body (UpdateCustomerCategory):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerCategory | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customercategory_id=customercategory_id,
        body=body,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customercategory_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomerCategory,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | CustomerCategory | ErrorResponse | None:
    """
    Args:
        customercategory_id (int):
        api_version (str | Unset):
        x_runas (str | Unset):
        body (UpdateCustomerCategory):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerCategory | ErrorResponse
    """

    return (
        await asyncio_detailed(
            customercategory_id=customercategory_id,
            client=client,
            body=body,
            api_version=api_version,
            x_runas=x_runas,
        )
    ).parsed
