from http import HTTPStatus
from typing import Any, TypeAlias, cast

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.create_app_registration_request import CreateAppRegistrationRequest
from ...models.error_response import ErrorResponse
from ...models.registration_request_status_info import RegistrationRequestStatusInfo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateAppRegistrationRequest,
    api_version: str | Unset = UNSET,
    x_challengecode: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = api_version

    headers["x-challengecode"] = x_challengecode

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"commerce_sdk.operation": "app_registration.register_app"},
        "url": "/authentication",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_Success: TypeAlias = RegistrationRequestStatusInfo


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | RegistrationRequestStatusInfo | None:
    token = _decoding.name_operation("app_registration.register_app")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | RegistrationRequestStatusInfo | None:
    if response.status_code == 201:
        response_201 = RegistrationRequestStatusInfo.from_dict(response.json())

        return response_201

    if response.status_code == 402:
        response_402 = cast(Any, None)
        return response_402

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | RegistrationRequestStatusInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAppRegistrationRequest,
    api_version: str | Unset = UNSET,
    x_challengecode: str,
) -> Response[Any | ErrorResponse | RegistrationRequestStatusInfo]:
    """
    Args:
        api_version (str | Unset):
        x_challengecode (str):
        body (CreateAppRegistrationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | RegistrationRequestStatusInfo]
    """

    kwargs = _get_kwargs(
        body=body,
        api_version=api_version,
        x_challengecode=x_challengecode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateAppRegistrationRequest,
    api_version: str | Unset = UNSET,
    x_challengecode: str,
) -> Any | ErrorResponse | RegistrationRequestStatusInfo | None:
    """
    Args:
        api_version (str | Unset):
        x_challengecode (str):
        body (CreateAppRegistrationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | RegistrationRequestStatusInfo
    """

    return sync_detailed(
        client=client,
        body=body,
        api_version=api_version,
        x_challengecode=x_challengecode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAppRegistrationRequest,
    api_version: str | Unset = UNSET,
    x_challengecode: str,
) -> Response[Any | ErrorResponse | RegistrationRequestStatusInfo]:
    """
    Args:
        api_version (str | Unset):
        x_challengecode (str):
        body (CreateAppRegistrationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | RegistrationRequestStatusInfo]
    """

    kwargs = _get_kwargs(
        body=body,
        api_version=api_version,
        x_challengecode=x_challengecode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateAppRegistrationRequest,
    api_version: str | Unset = UNSET,
    x_challengecode: str,
) -> Any | ErrorResponse | RegistrationRequestStatusInfo | None:
    """
    Args:
        api_version (str | Unset):
        x_challengecode (str):
        body (CreateAppRegistrationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | RegistrationRequestStatusInfo
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            api_version=api_version,
            x_challengecode=x_challengecode,
        )
    ).parsed
