"""Generated functions called with a scope's `client` raise the facade's typed errors.

The generated code turns an error status into a return value (`ErrorResponse`, or None for
an undeclared one); a response hook on the scope's httpx client raises the same
`APIStatusError` subclass `scope.call` would, with the vendor's error model parsed from the
scrubbed body, before the generated parser ever sees the response.
"""

from __future__ import annotations

import contextlib
from importlib import import_module
from typing import Any

import httpx

from ._exceptions import status_error_class
from ._options import OPERATION_KEY
from ._secrets import REDACTOR


class _ParseClient:
    raise_on_unexpected_status = False


def raise_status_hook(package: str) -> Any:
    """An httpx `response` event hook for the generated `package`'s client."""

    async def hook(response: httpx.Response) -> None:
        status = response.status_code
        if status < 400:
            return
        content = await response.aread()
        parsed = None
        key = response.request.extensions.get(OPERATION_KEY)
        if isinstance(key, str):
            with contextlib.suppress(Exception):  # an unparseable error body is still reported raw
                module = import_module(f"{package}.api.{key}")
                clean = REDACTOR.scrub(content.decode("utf-8", "replace")).encode()
                scrubbed = httpx.Response(status, headers=response.headers, content=clean)
                parsed = module._parse_response(client=_ParseClient(), response=scrubbed)
        raise status_error_class(status)(
            status_code=status,
            method=response.request.method,
            url=str(response.request.url),
            body=content,
            headers=dict(response.headers),
            parsed=parsed,
        )

    return hook
