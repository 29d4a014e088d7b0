from http import HTTPStatus
from typing import Any, TypeAlias, cast
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.item import Item
from ...models.update_item import UpdateItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    item_id: int,
    *,
    body: UpdateItem,
    disable_automatic_workflows: bool | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
    x_session_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = api_version

    if not isinstance(x_runas, Unset):
        headers["x-runas"] = x_runas

    if not isinstance(x_session_id, Unset):
        headers["X-SessionId"] = x_session_id

    params: dict[str, Any] = {}

    params["disableAutomaticWorkflows"] = disable_automatic_workflows

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "extensions": {"commerce_sdk.operation": "item.update_item"},
        "url": "/items/{item_id}".format(
            item_id=quote(str(item_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = Item


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | Item | None:
    token = _decoding.name_operation("item.update_item")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | Item | None:
    if response.status_code == 201:
        response_201 = Item.from_dict(response.json())

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
) -> Response[Any | ErrorResponse | Item]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    item_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateItem,
    disable_automatic_workflows: bool | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
    x_session_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | Item]:
    """
    Args:
        item_id (int):
        disable_automatic_workflows (bool | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):
        x_session_id (str | Unset):
        body (UpdateItem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Item]
    """

    kwargs = _get_kwargs(
        item_id=item_id,
        body=body,
        disable_automatic_workflows=disable_automatic_workflows,
        api_version=api_version,
        x_runas=x_runas,
        x_session_id=x_session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    item_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateItem,
    disable_automatic_workflows: bool | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
    x_session_id: str | Unset = UNSET,
) -> Any | ErrorResponse | Item | None:
    """
    Args:
        item_id (int):
        disable_automatic_workflows (bool | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):
        x_session_id (str | Unset):
        body (UpdateItem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Item
    """

    return sync_detailed(
        item_id=item_id,
        client=client,
        body=body,
        disable_automatic_workflows=disable_automatic_workflows,
        api_version=api_version,
        x_runas=x_runas,
        x_session_id=x_session_id,
    ).parsed


async def asyncio_detailed(
    item_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateItem,
    disable_automatic_workflows: bool | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
    x_session_id: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | Item]:
    """
    Args:
        item_id (int):
        disable_automatic_workflows (bool | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):
        x_session_id (str | Unset):
        body (UpdateItem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | Item]
    """

    kwargs = _get_kwargs(
        item_id=item_id,
        body=body,
        disable_automatic_workflows=disable_automatic_workflows,
        api_version=api_version,
        x_runas=x_runas,
        x_session_id=x_session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    item_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateItem,
    disable_automatic_workflows: bool | Unset = UNSET,
    api_version: str | Unset = UNSET,
    x_runas: str | Unset = UNSET,
    x_session_id: str | Unset = UNSET,
) -> Any | ErrorResponse | Item | None:
    """
    Args:
        item_id (int):
        disable_automatic_workflows (bool | Unset):
        api_version (str | Unset):
        x_runas (str | Unset):
        x_session_id (str | Unset):
        body (UpdateItem):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | Item
    """

    return (
        await asyncio_detailed(
            item_id=item_id,
            client=client,
            body=body,
            disable_automatic_workflows=disable_automatic_workflows,
            api_version=api_version,
            x_runas=x_runas,
            x_session_id=x_session_id,
        )
    ).parsed
