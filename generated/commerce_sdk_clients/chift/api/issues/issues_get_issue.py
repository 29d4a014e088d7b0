from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.extended_issue_item import ExtendedIssueItem
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    issue_id: str,
    *,
    last_execution_only: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["last_execution_only"] = last_execution_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "issues.issues_get_issue"},
        "url": "/issues/{issue_id}".format(
            issue_id=quote(str(issue_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = ExtendedIssueItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ExtendedIssueItem | HTTPValidationError | None:
    token = _decoding.name_operation("issues.issues_get_issue")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | ExtendedIssueItem | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ExtendedIssueItem.from_dict(response.json())

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
) -> Response[ChiftError | ExtendedIssueItem | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    issue_id: str,
    *,
    client: AuthenticatedClient | Client,
    last_execution_only: bool | Unset = False,
) -> Response[ChiftError | ExtendedIssueItem | HTTPValidationError]:
    """
    Args:
        issue_id (str):
        last_execution_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ExtendedIssueItem | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        issue_id=issue_id,
        last_execution_only=last_execution_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    issue_id: str,
    *,
    client: AuthenticatedClient | Client,
    last_execution_only: bool | Unset = False,
) -> ChiftError | ExtendedIssueItem | HTTPValidationError | None:
    """
    Args:
        issue_id (str):
        last_execution_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ExtendedIssueItem | HTTPValidationError
    """

    return sync_detailed(
        issue_id=issue_id,
        client=client,
        last_execution_only=last_execution_only,
    ).parsed


async def asyncio_detailed(
    issue_id: str,
    *,
    client: AuthenticatedClient | Client,
    last_execution_only: bool | Unset = False,
) -> Response[ChiftError | ExtendedIssueItem | HTTPValidationError]:
    """
    Args:
        issue_id (str):
        last_execution_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | ExtendedIssueItem | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        issue_id=issue_id,
        last_execution_only=last_execution_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    issue_id: str,
    *,
    client: AuthenticatedClient | Client,
    last_execution_only: bool | Unset = False,
) -> ChiftError | ExtendedIssueItem | HTTPValidationError | None:
    """
    Args:
        issue_id (str):
        last_execution_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | ExtendedIssueItem | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            issue_id=issue_id,
            client=client,
            last_execution_only=last_execution_only,
        )
    ).parsed
