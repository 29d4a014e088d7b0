import datetime
from http import HTTPStatus
from typing import Any, TypeAlias

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.issue_item import IssueItem
from ...models.issue_level import IssueLevel
from ...models.issue_status import IssueStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    created_on: datetime.date | Unset = UNSET,
    last_seen_on: datetime.date | Unset = UNSET,
    error_code: str | Unset = UNSET,
    status: IssueStatus | Unset = UNSET,
    level: IssueLevel | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_created_on: str | Unset = UNSET
    if not isinstance(created_on, Unset):
        json_created_on = created_on.isoformat()
    params["created_on"] = json_created_on

    json_last_seen_on: str | Unset = UNSET
    if not isinstance(last_seen_on, Unset):
        json_last_seen_on = last_seen_on.isoformat()
    params["last_seen_on"] = json_last_seen_on

    params["error_code"] = error_code

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_level: None | str | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    elif isinstance(level, IssueLevel):
        json_level = level.value
    else:
        json_level = level
    params["level"] = json_level

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "issues.issues_get_issues"},
        "url": "/issues",
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = list[IssueItem]


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[IssueItem] | None:
    token = _decoding.name_operation("issues.issues_get_issues")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[IssueItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = IssueItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[HTTPValidationError | list[IssueItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    created_on: datetime.date | Unset = UNSET,
    last_seen_on: datetime.date | Unset = UNSET,
    error_code: str | Unset = UNSET,
    status: IssueStatus | Unset = UNSET,
    level: IssueLevel | None | Unset = UNSET,
) -> Response[HTTPValidationError | list[IssueItem]]:
    """
    Args:
        created_on (datetime.date | Unset):
        last_seen_on (datetime.date | Unset):
        error_code (str | Unset):
        status (IssueStatus | Unset):
        level (IssueLevel | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[IssueItem]]
    """

    kwargs = _get_kwargs(
        created_on=created_on,
        last_seen_on=last_seen_on,
        error_code=error_code,
        status=status,
        level=level,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    created_on: datetime.date | Unset = UNSET,
    last_seen_on: datetime.date | Unset = UNSET,
    error_code: str | Unset = UNSET,
    status: IssueStatus | Unset = UNSET,
    level: IssueLevel | None | Unset = UNSET,
) -> HTTPValidationError | list[IssueItem] | None:
    """
    Args:
        created_on (datetime.date | Unset):
        last_seen_on (datetime.date | Unset):
        error_code (str | Unset):
        status (IssueStatus | Unset):
        level (IssueLevel | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[IssueItem]
    """

    return sync_detailed(
        client=client,
        created_on=created_on,
        last_seen_on=last_seen_on,
        error_code=error_code,
        status=status,
        level=level,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    created_on: datetime.date | Unset = UNSET,
    last_seen_on: datetime.date | Unset = UNSET,
    error_code: str | Unset = UNSET,
    status: IssueStatus | Unset = UNSET,
    level: IssueLevel | None | Unset = UNSET,
) -> Response[HTTPValidationError | list[IssueItem]]:
    """
    Args:
        created_on (datetime.date | Unset):
        last_seen_on (datetime.date | Unset):
        error_code (str | Unset):
        status (IssueStatus | Unset):
        level (IssueLevel | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[IssueItem]]
    """

    kwargs = _get_kwargs(
        created_on=created_on,
        last_seen_on=last_seen_on,
        error_code=error_code,
        status=status,
        level=level,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    created_on: datetime.date | Unset = UNSET,
    last_seen_on: datetime.date | Unset = UNSET,
    error_code: str | Unset = UNSET,
    status: IssueStatus | Unset = UNSET,
    level: IssueLevel | None | Unset = UNSET,
) -> HTTPValidationError | list[IssueItem] | None:
    """
    Args:
        created_on (datetime.date | Unset):
        last_seen_on (datetime.date | Unset):
        error_code (str | Unset):
        status (IssueStatus | Unset):
        level (IssueLevel | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[IssueItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            created_on=created_on,
            last_seen_on=last_seen_on,
            error_code=error_code,
            status=status,
            level=level,
        )
    ).parsed
