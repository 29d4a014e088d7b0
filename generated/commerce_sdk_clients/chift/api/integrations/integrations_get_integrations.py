from http import HTTPStatus
from typing import Any, TypeAlias

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.bool_param import BoolParam
from ...models.http_validation_error import HTTPValidationError
from ...models.integation_status import IntegationStatus
from ...models.integration_item import IntegrationItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: IntegationStatus | None | Unset = UNSET,
    include_coverage: BoolParam | None | Unset = BoolParam.FALSE,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, IntegationStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_include_coverage: None | str | Unset
    if isinstance(include_coverage, Unset):
        json_include_coverage = UNSET
    elif isinstance(include_coverage, BoolParam):
        json_include_coverage = include_coverage.value
    else:
        json_include_coverage = include_coverage
    params["include_coverage"] = json_include_coverage

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "integrations.integrations_get_integrations"},
        "url": "/integrations",
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = list[IntegrationItem]


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[IntegrationItem] | None:
    token = _decoding.name_operation("integrations.integrations_get_integrations")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[IntegrationItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = IntegrationItem.from_dict(response_200_item_data)

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
) -> Response[HTTPValidationError | list[IntegrationItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: IntegationStatus | None | Unset = UNSET,
    include_coverage: BoolParam | None | Unset = BoolParam.FALSE,
) -> Response[HTTPValidationError | list[IntegrationItem]]:
    """
    Args:
        status (IntegationStatus | None | Unset):
        include_coverage (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[IntegrationItem]]
    """

    kwargs = _get_kwargs(
        status=status,
        include_coverage=include_coverage,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: IntegationStatus | None | Unset = UNSET,
    include_coverage: BoolParam | None | Unset = BoolParam.FALSE,
) -> HTTPValidationError | list[IntegrationItem] | None:
    """
    Args:
        status (IntegationStatus | None | Unset):
        include_coverage (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[IntegrationItem]
    """

    return sync_detailed(
        client=client,
        status=status,
        include_coverage=include_coverage,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: IntegationStatus | None | Unset = UNSET,
    include_coverage: BoolParam | None | Unset = BoolParam.FALSE,
) -> Response[HTTPValidationError | list[IntegrationItem]]:
    """
    Args:
        status (IntegationStatus | None | Unset):
        include_coverage (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[IntegrationItem]]
    """

    kwargs = _get_kwargs(
        status=status,
        include_coverage=include_coverage,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: IntegationStatus | None | Unset = UNSET,
    include_coverage: BoolParam | None | Unset = BoolParam.FALSE,
) -> HTTPValidationError | list[IntegrationItem] | None:
    """
    Args:
        status (IntegationStatus | None | Unset):
        include_coverage (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[IntegrationItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            include_coverage=include_coverage,
        )
    ).parsed
