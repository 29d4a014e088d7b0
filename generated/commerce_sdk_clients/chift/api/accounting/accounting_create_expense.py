from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.expense_item_in import ExpenseItemIn
from ...models.expense_item_out import ExpenseItemOut
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consumer_id: UUID,
    *,
    body: ExpenseItemIn,
    folder_id: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_folder_id: None | str | Unset
    if isinstance(folder_id, Unset):
        json_folder_id = UNSET
    else:
        json_folder_id = folder_id
    params["folder_id"] = json_folder_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"commerce_sdk.operation": "accounting.accounting_create_expense"},
        "url": "/consumers/{consumer_id}/accounting/expenses".format(
            consumer_id=quote(str(consumer_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = ExpenseItemOut


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ExpenseItemOut | HTTPValidationError | None:
    token = _decoding.name_operation("accounting.accounting_create_expense")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ExpenseItemOut | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ExpenseItemOut.from_dict(response.json())

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
) -> Response[ChiftError | ExpenseItemOut | HTTPValidationError]:
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
    body: ExpenseItemIn,
    folder_id: None | str | Unset = UNSET,
) -> Response[ChiftError | ExpenseItemOut | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        folder_id (None | str | Unset):
        body (ExpenseItemIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ExpenseItemOut | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        body=body,
        folder_id=folder_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ExpenseItemIn,
    folder_id: None | str | Unset = UNSET,
) -> ChiftError | ExpenseItemOut | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        folder_id (None | str | Unset):
        body (ExpenseItemIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ExpenseItemOut | HTTPValidationError
    """

    return sync_detailed(
        consumer_id=consumer_id,
        client=client,
        body=body,
        folder_id=folder_id,
    ).parsed


async def asyncio_detailed(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ExpenseItemIn,
    folder_id: None | str | Unset = UNSET,
) -> Response[ChiftError | ExpenseItemOut | HTTPValidationError]:
    """
    Args:
        consumer_id (UUID):
        folder_id (None | str | Unset):
        body (ExpenseItemIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ExpenseItemOut | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        consumer_id=consumer_id,
        body=body,
        folder_id=folder_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consumer_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ExpenseItemIn,
    folder_id: None | str | Unset = UNSET,
) -> ChiftError | ExpenseItemOut | HTTPValidationError | None:
    """
    Args:
        consumer_id (UUID):
        folder_id (None | str | Unset):
        body (ExpenseItemIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ExpenseItemOut | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            consumer_id=consumer_id,
            client=client,
            body=body,
            folder_id=folder_id,
        )
    ).parsed
