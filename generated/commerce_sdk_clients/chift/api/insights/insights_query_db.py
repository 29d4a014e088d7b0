from http import HTTPStatus
from typing import Any, TypeAlias

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.cube_load_query import CubeLoadQuery
from ...models.http_validation_error import HTTPValidationError
from ...models.query_response import QueryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CubeLoadQuery,
    x_chift_datalayer_max_staleness: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_chift_datalayer_max_staleness, Unset):
        headers["x-chift-datalayer-max-staleness"] = x_chift_datalayer_max_staleness

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"commerce_sdk.operation": "insights.insights_query_db"},
        "url": "/insights/query-db",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = QueryResponse


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | QueryResponse | None:
    token = _decoding.name_operation("insights.insights_query_db")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | QueryResponse | None:
    if response.status_code == 200:
        response_200 = QueryResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | QueryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CubeLoadQuery,
    x_chift_datalayer_max_staleness: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | QueryResponse]:
    """
    Args:
        x_chift_datalayer_max_staleness (None | str | Unset):
        body (CubeLoadQuery):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | QueryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_chift_datalayer_max_staleness=x_chift_datalayer_max_staleness,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CubeLoadQuery,
    x_chift_datalayer_max_staleness: None | str | Unset = UNSET,
) -> HTTPValidationError | QueryResponse | None:
    """
    Args:
        x_chift_datalayer_max_staleness (None | str | Unset):
        body (CubeLoadQuery):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | QueryResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_chift_datalayer_max_staleness=x_chift_datalayer_max_staleness,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CubeLoadQuery,
    x_chift_datalayer_max_staleness: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | QueryResponse]:
    """
    Args:
        x_chift_datalayer_max_staleness (None | str | Unset):
        body (CubeLoadQuery):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | QueryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_chift_datalayer_max_staleness=x_chift_datalayer_max_staleness,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CubeLoadQuery,
    x_chift_datalayer_max_staleness: None | str | Unset = UNSET,
) -> HTTPValidationError | QueryResponse | None:
    """
    Args:
        x_chift_datalayer_max_staleness (None | str | Unset):
        body (CubeLoadQuery):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | QueryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_chift_datalayer_max_staleness=x_chift_datalayer_max_staleness,
        )
    ).parsed
