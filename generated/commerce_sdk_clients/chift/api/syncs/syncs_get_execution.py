from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chain_execution_item import ChainExecutionItem
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    syncid: str,
    flowid: str,
    executionid: str,
    *,
    consumerid: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_consumerid: None | str | Unset
    if isinstance(consumerid, Unset):
        json_consumerid = UNSET
    else:
        json_consumerid = consumerid
    params["consumerid"] = json_consumerid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "syncs.syncs_get_execution"},
        "url": "/syncs/{syncid}/flows/{flowid}/executions/{executionid}".format(
            syncid=quote(str(syncid), safe=""),
            flowid=quote(str(flowid), safe=""),
            executionid=quote(str(executionid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = ChainExecutionItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChainExecutionItem | ChiftError | HTTPValidationError | None:
    token = _decoding.name_operation("syncs.syncs_get_execution")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChainExecutionItem | ChiftError | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ChainExecutionItem.from_dict(response.json())

        return response_200

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
) -> Response[ChainExecutionItem | ChiftError | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    syncid: str,
    flowid: str,
    executionid: str,
    *,
    client: AuthenticatedClient | Client,
    consumerid: None | str | Unset = UNSET,
) -> Response[ChainExecutionItem | ChiftError | HTTPValidationError]:
    """
    Args:
        syncid (str):
        flowid (str):
        executionid (str):
        consumerid (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainExecutionItem | ChiftError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        syncid=syncid,
        flowid=flowid,
        executionid=executionid,
        consumerid=consumerid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    syncid: str,
    flowid: str,
    executionid: str,
    *,
    client: AuthenticatedClient | Client,
    consumerid: None | str | Unset = UNSET,
) -> ChainExecutionItem | ChiftError | HTTPValidationError | None:
    """
    Args:
        syncid (str):
        flowid (str):
        executionid (str):
        consumerid (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainExecutionItem | ChiftError | HTTPValidationError
    """

    return sync_detailed(
        syncid=syncid,
        flowid=flowid,
        executionid=executionid,
        client=client,
        consumerid=consumerid,
    ).parsed


async def asyncio_detailed(
    syncid: str,
    flowid: str,
    executionid: str,
    *,
    client: AuthenticatedClient | Client,
    consumerid: None | str | Unset = UNSET,
) -> Response[ChainExecutionItem | ChiftError | HTTPValidationError]:
    """
    Args:
        syncid (str):
        flowid (str):
        executionid (str):
        consumerid (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainExecutionItem | ChiftError | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        syncid=syncid,
        flowid=flowid,
        executionid=executionid,
        consumerid=consumerid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    syncid: str,
    flowid: str,
    executionid: str,
    *,
    client: AuthenticatedClient | Client,
    consumerid: None | str | Unset = UNSET,
) -> ChainExecutionItem | ChiftError | HTTPValidationError | None:
    """
    Args:
        syncid (str):
        flowid (str):
        executionid (str):
        consumerid (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainExecutionItem | ChiftError | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            syncid=syncid,
            flowid=flowid,
            executionid=executionid,
            client=client,
            consumerid=consumerid,
        )
    ).parsed
