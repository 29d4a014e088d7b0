from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.flow_settings_response import FlowSettingsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    syncid: str,
    flowid: str,
    *,
    language: str | Unset = "EN",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["language"] = language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "syncs.syncs_get_flow_settings"},
        "url": "/syncs/{syncid}/flows/{flowid}/settings".format(
            syncid=quote(str(syncid), safe=""),
            flowid=quote(str(flowid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = FlowSettingsResponse


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | FlowSettingsResponse | None:
    token = _decoding.name_operation("syncs.syncs_get_flow_settings")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | FlowSettingsResponse | None:
    if response.status_code == 200:
        response_200 = FlowSettingsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ChiftError.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ChiftError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ChiftError.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ChiftError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChiftError | FlowSettingsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    syncid: str,
    flowid: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = "EN",
) -> Response[ChiftError | FlowSettingsResponse]:
    """
    Args:
        syncid (str):
        flowid (str):
        language (str | Unset):  Default: 'EN'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | FlowSettingsResponse]
    """

    kwargs = _get_kwargs(
        syncid=syncid,
        flowid=flowid,
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    syncid: str,
    flowid: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = "EN",
) -> ChiftError | FlowSettingsResponse | None:
    """
    Args:
        syncid (str):
        flowid (str):
        language (str | Unset):  Default: 'EN'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | FlowSettingsResponse
    """

    return sync_detailed(
        syncid=syncid,
        flowid=flowid,
        client=client,
        language=language,
    ).parsed


async def asyncio_detailed(
    syncid: str,
    flowid: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = "EN",
) -> Response[ChiftError | FlowSettingsResponse]:
    """
    Args:
        syncid (str):
        flowid (str):
        language (str | Unset):  Default: 'EN'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | FlowSettingsResponse]
    """

    kwargs = _get_kwargs(
        syncid=syncid,
        flowid=flowid,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    syncid: str,
    flowid: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = "EN",
) -> ChiftError | FlowSettingsResponse | None:
    """
    Args:
        syncid (str):
        flowid (str):
        language (str | Unset):  Default: 'EN'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | FlowSettingsResponse
    """

    return (
        await asyncio_detailed(
            syncid=syncid,
            flowid=flowid,
            client=client,
            language=language,
        )
    ).parsed
