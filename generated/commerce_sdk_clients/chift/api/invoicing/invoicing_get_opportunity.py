from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...models.opportunity_item import OpportunityItem
from ...types import Response


def _get_kwargs(
    consumer_id: UUID,
    opportunity_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "invoicing.invoicing_get_opportunity"},
        "url": "/consumers/{consumer_id}/invoicing/opportunities/{opportunity_id}".format(
            consumer_id=quote(str(consumer_id), safe=""),
            opportunity_id=quote(str(opportunity_id), safe=""),
        ),
    }

    return _kwargs


_Success: TypeAlias = OpportunityItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | OpportunityItem | None:
    token = _decoding.name_operation("invoicing.invoicing_get_opportunity")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | OpportunityItem | None:
    if response.status_code == 200:
        response_200 = OpportunityItem.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ChiftError.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ChiftError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChiftError | HTTPValidationError | OpportunityItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consumer_id: UUID,
    opportunity_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ChiftError | HTTPValidationError | OpportunityItem]:
    """
    Args:
        consumer_id (UUID):
        opportunity_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | OpportunityItem]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        opportunity_id=opportunity_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    opportunity_id: str,
    *,
    client: AuthenticatedClient,
) -> ChiftError | HTTPValidationError | OpportunityItem | None:
    """
    Args:
        consumer_id (UUID):
        opportunity_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | OpportunityItem
    """

    return sync_detailed(
        consumer_id=consumer_id,
        opportunity_id=opportunity_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    opportunity_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ChiftError | HTTPValidationError | OpportunityItem]:
    """
    Args:
        consumer_id (UUID):
        opportunity_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | OpportunityItem]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        opportunity_id=opportunity_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    opportunity_id: str,
    *,
    client: AuthenticatedClient,
) -> ChiftError | HTTPValidationError | OpportunityItem | None:
    """
    Args:
        consumer_id (UUID):
        opportunity_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | OpportunityItem
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            opportunity_id=opportunity_id,
            client=client,
        )
    ).parsed
