from http import HTTPStatus
from typing import Any, TypeAlias
from urllib.parse import quote

import httpx

from ... import _decoding, errors
from ...client import AuthenticatedClient, Client
from ...models.chift_error import ChiftError
from ...models.http_validation_error import HTTPValidationError
from ...models.image_type import ImageType
from ...models.logo_image import LogoImage
from ...types import Response


def _get_kwargs(
    integrationid: int,
    image_type: ImageType,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"commerce_sdk.operation": "integrations.integrations_get_integration_logo_json"},
        "url": "/integrations/{integrationid}/{image_type}.json".format(
            integrationid=quote(str(integrationid), safe=""),
            image_type=quote(str(image_type), safe=""),
        ),
    }

    return _kwargs


_Success: TypeAlias = LogoImage


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | LogoImage | None:
    token = _decoding.name_operation("integrations.integrations_get_integration_logo_json")
    try:
        return _parse(client=client, response=response)
    finally:
        if token is not None:
            _decoding.MODE.reset(token)


def _parse(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChiftError | HTTPValidationError | LogoImage | None:
    if response.status_code == 200:
        response_200 = LogoImage.from_dict(response.json())

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
) -> Response[ChiftError | HTTPValidationError | LogoImage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    integrationid: int,
    image_type: ImageType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ChiftError | HTTPValidationError | LogoImage]:
    """
    Args:
        integrationid (int):
        image_type (ImageType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | LogoImage]
    """

    kwargs = _get_kwargs(
        integrationid=integrationid,
        image_type=image_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integrationid: int,
    image_type: ImageType,
    *,
    client: AuthenticatedClient | Client,
) -> ChiftError | HTTPValidationError | LogoImage | None:
    """
    Args:
        integrationid (int):
        image_type (ImageType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | LogoImage
    """

    return sync_detailed(
        integrationid=integrationid,
        image_type=image_type,
        client=client,
    ).parsed


async def asyncio_detailed(
    integrationid: int,
    image_type: ImageType,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ChiftError | HTTPValidationError | LogoImage]:
    """
    Args:
        integrationid (int):
        image_type (ImageType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChiftError | HTTPValidationError | LogoImage]
    """

    kwargs = _get_kwargs(
        integrationid=integrationid,
        image_type=image_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integrationid: int,
    image_type: ImageType,
    *,
    client: AuthenticatedClient | Client,
) -> ChiftError | HTTPValidationError | LogoImage | None:
    """
    Args:
        integrationid (int):
        image_type (ImageType):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChiftError | HTTPValidationError | LogoImage
    """

    return (
        await asyncio_detailed(
            integrationid=integrationid,
            image_type=image_type,
            client=client,
        )
    ).parsed
