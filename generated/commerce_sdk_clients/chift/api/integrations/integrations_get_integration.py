from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.bool_param import BoolParam
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...models.integration_item import IntegrationItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    integrationid: int,
    *,
    include_coverage: BoolParam | None | Unset = BoolParam.FALSE,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "extensions": {"commerce_sdk.operation": "integrations.integrations_get_integration"},
        "url": "/integrations/{integrationid}".format(
            integrationid=quote(str(integrationid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_Success: TypeAlias = IntegrationItem


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | IntegrationItem | None:
    token = _decoding.name_operation("integrations.integrations_get_integration")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | IntegrationItem | None:
    if response.status_code == 200:
        response_200 = IntegrationItem.from_dict(response.json())

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
) -> Response[ChiftError | HTTPValidationError | IntegrationItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    integrationid: int,
    *,
    client: AuthenticatedClient | Client,
    include_coverage: BoolParam | None | Unset = BoolParam.FALSE,
) -> Response[ChiftError | HTTPValidationError | IntegrationItem]:
    """
    Args:
        integrationid (int):
        include_coverage (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | IntegrationItem]
    """

    kwargs = _get_kwargs(
        integrationid=integrationid,
        include_coverage=include_coverage,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integrationid: int,
    *,
    client: AuthenticatedClient | Client,
    include_coverage: BoolParam | None | Unset = BoolParam.FALSE,
) -> ChiftError | HTTPValidationError | IntegrationItem | None:
    """
    Args:
        integrationid (int):
        include_coverage (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | IntegrationItem
    """

    return sync_detailed(
        integrationid=integrationid,
        client=client,
        include_coverage=include_coverage,
    ).parsed


async def asyncio_detailed(
    integrationid: int,
    *,
    client: AuthenticatedClient | Client,
    include_coverage: BoolParam | None | Unset = BoolParam.FALSE,
) -> Response[ChiftError | HTTPValidationError | IntegrationItem]:
    """
    Args:
        integrationid (int):
        include_coverage (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | IntegrationItem]
    """

    kwargs = _get_kwargs(
        integrationid=integrationid,
        include_coverage=include_coverage,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integrationid: int,
    *,
    client: AuthenticatedClient | Client,
    include_coverage: BoolParam | None | Unset = BoolParam.FALSE,
) -> ChiftError | HTTPValidationError | IntegrationItem | None:
    """
    Args:
        integrationid (int):
        include_coverage (BoolParam | None | Unset):  Default: BoolParam.FALSE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | IntegrationItem
    """

    return (
        await asyncio_detailed(
            integrationid=integrationid,
            client=client,
            include_coverage=include_coverage,
        )
    ).parsed
