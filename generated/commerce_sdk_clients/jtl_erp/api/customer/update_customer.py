from http import HTTPStatus
from typing import Any, TypeAlias, cast
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.customer import Customer
from ...models.error_response import ErrorResponse
from ...models.update_customer import UpdateCustomer
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: int,
    *,
    body: UpdateCustomer,
    disable_automatic_workflows: bool | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = api_version

    if not isinstance(x_runas, Unset):
        headers["x-runas"] = x_runas

    params: dict[str, Any] = {}

    params["disableAutomaticWorkflows"] = disable_automatic_workflows

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "extensions": {"commerce_sdk.operation": "customer.update_customer"},
        "url": "/customers/{customer_id}".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = Customer


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Customer | ErrorResponse | None:
    token = _decoding.name_operation("customer.update_customer")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Customer | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = Customer.from_dict(response.json())

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
) -> Response[Any | Customer | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomer,
    disable_automatic_workflows: bool | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | Customer | ErrorResponse]:
    """
    Args:
        customer_id (int):
        disable_automatic_workflows (bool | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):
        body (UpdateCustomer):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Customer | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
        disable_automatic_workflows=disable_automatic_workflows,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomer,
    disable_automatic_workflows: bool | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | Customer | ErrorResponse | None:
    """
    Args:
        customer_id (int):
        disable_automatic_workflows (bool | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):
        body (UpdateCustomer):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Customer | ErrorResponse
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        body=body,
        disable_automatic_workflows=disable_automatic_workflows,
        api_version=api_version,
        x_runas=x_runas,
    ).parsed


async def asyncio_detailed(
    customer_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomer,
    disable_automatic_workflows: bool | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Response[Any | Customer | ErrorResponse]:
    """
    Args:
        customer_id (int):
        disable_automatic_workflows (bool | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):
        body (UpdateCustomer):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Customer | ErrorResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        body=body,
        disable_automatic_workflows=disable_automatic_workflows,
        api_version=api_version,
        x_runas=x_runas,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomer,
    disable_automatic_workflows: bool | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
) -> Any | Customer | ErrorResponse | None:
    """
    Args:
        customer_id (int):
        disable_automatic_workflows (bool | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):
        body (UpdateCustomer):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Customer | ErrorResponse
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            body=body,
            disable_automatic_workflows=disable_automatic_workflows,
            api_version=api_version,
            x_runas=x_runas,
        )
    ).parsed
