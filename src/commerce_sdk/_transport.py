"""Transports are plug-ins: an aiohttp-backed one, httpx's own, any httpx transport, or the caller's client.

A transport takes a finished `WireRequest` and answers a `WireResponse` with the body read.
"auto" (the default) picks the aiohttp-backed transport when it is installed and the code
runs under asyncio -- measured several times faster than httpx's pool at high concurrency
(see bench/RESULTS.md) -- and httpx's own transport otherwise (e.g. trio).
"""

from __future__ import annotations

from typing import Protocol

import httpx
import sniffio

from ._exceptions import ConfigurationError
from ._wire import WireRequest, WireResponse, from_httpx, to_httpx, to_httpx_request

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=30.0)


class Transport(Protocol):
    async def send(self, request: WireRequest) -> WireResponse: ...

    async def aclose(self) -> None: ...


def _aiohttp_available() -> bool:
    try:
        import aiohttp  # noqa: F401
    except ImportError:
        return False
    return True


def _library() -> str:
    try:
        return sniffio.current_async_library()
    except sniffio.AsyncLibraryNotFoundError:
        return "unknown"


class HttpxTransport:
    """Any `httpx.AsyncBaseTransport` (httpx's own pool, a MockTransport, a plug-in) as a Transport."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self.transport = transport

    async def _send(self, request: httpx.Request) -> httpx.Response:
        return await self.transport.handle_async_request(request)

    async def send(self, request: WireRequest) -> WireResponse:
        response = await self._send(to_httpx_request(request))
        try:
            content = await response.aread()  # decodes gzip/deflate as httpx does
        finally:
            await response.aclose()
        return WireResponse(
            response.status_code, response.headers, content, request, dict(response.extensions)
        )

    async def aclose(self) -> None:
        await self.transport.aclose()


class CallerClientTransport(HttpxTransport):
    """Runs the pipeline over a caller-supplied `httpx.AsyncClient` (its pool, proxies, hooks)."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def _send(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True)

    async def aclose(self) -> None:  # the caller owns the client
        return None


class AsHttpxTransport(httpx.AsyncBaseTransport):
    """The other way round: a Transport (e.g. the aiohttp one) under an `httpx.AsyncClient`."""

    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return to_httpx(await self.transport.send(await from_httpx(request)), request)

    async def aclose(self) -> None:
        await self.transport.aclose()


class AsyncioOnlyTransport:
    """The aiohttp transport, with a clear error instead of a crash under trio."""

    def __init__(self, limits: httpx.Limits) -> None:
        # Our own lean aiohttp transport (whole body in one read, aiohttp errors mapped to
        # httpx's); measured faster than httpx-aiohttp's -- bench/RESULTS.md.
        from ._aiohttp import AiohttpTransport

        self._inner = AiohttpTransport(limits)

    async def send(self, request: WireRequest) -> WireResponse:
        library = _library()
        if library != "asyncio":
            raise ConfigurationError(
                f"the aiohttp transport runs only under asyncio, not {library}; "
                "use transport='httpx' (or 'auto') under trio"
            )
        return await self._inner.send(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


class AutoTransport:
    """Chooses the transport on the first request, when the event loop is known."""

    def __init__(self, limits: httpx.Limits) -> None:
        self._limits = limits
        self._inner: Transport | None = None

    @property
    def chosen(self) -> str | None:
        if self._inner is None:
            return None
        return "aiohttp" if isinstance(self._inner, AsyncioOnlyTransport) else "httpx"

    async def send(self, request: WireRequest) -> WireResponse:
        inner = self._inner
        if inner is None:
            if _library() == "asyncio" and _aiohttp_available():
                inner = AsyncioOnlyTransport(self._limits)
            else:
                inner = HttpxTransport(httpx.AsyncHTTPTransport(limits=self._limits))
            self._inner = inner
        return await inner.send(request)

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()


def make_transport(
    choice: str | httpx.AsyncBaseTransport | Transport, limits: httpx.Limits = DEFAULT_LIMITS
) -> Transport:
    """A name, any httpx transport (adapted), or an object with `send(WireRequest)` / `aclose()`."""
    if isinstance(choice, httpx.AsyncBaseTransport):
        return HttpxTransport(choice)
    if not isinstance(choice, str):
        if callable(getattr(choice, "send", None)) and callable(getattr(choice, "aclose", None)):
            return choice
        raise ConfigurationError(
            f"transport {choice!r} is neither an httpx transport nor has send()/aclose()"
        )
    if choice == "auto":
        return AutoTransport(limits)
    if choice == "httpx":
        return HttpxTransport(httpx.AsyncHTTPTransport(limits=limits))
    if choice == "aiohttp":
        if not _aiohttp_available():
            raise ConfigurationError(
                "transport='aiohttp' needs the extra: pip install 'commerce-sdk[aiohttp]'"
            )
        return AsyncioOnlyTransport(limits)
    raise ConfigurationError(
        f"unknown transport {choice!r}; use 'auto', 'httpx', 'aiohttp' or a transport object"
    )
