"""Transports are plug-ins: an aiohttp-backed one, httpx's own, any httpx transport, or the caller's client.

A transport takes a finished `WireRequest` and answers a `WireResponse` with the body read.
"auto" (the default) picks the aiohttp-backed transport when it is installed and the code
runs under asyncio -- measured several times faster than httpx's pool at high concurrency
(see bench/RESULTS.md) -- and httpx's own transport otherwise (e.g. trio).
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Mapping
from typing import Any, Protocol

import anyio
import httpx
import sniffio

from ._exceptions import ConfigurationError, ResponseTooLargeError
from ._network import DEFAULT_LIMITS, DEFAULT_MAX_RESPONSE_SIZE, Network
from ._wire import WireRequest, WireResponse, from_httpx, to_httpx, to_httpx_request

__all__ = ["DEFAULT_LIMITS", "Transport", "make_transport"]


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


class _HttpxExchange:
    """What every httpx-based transport shares: one exchange, its body read whole.

    The body is read in chunks, decoded, and refused past `max_response_size`.  With
    `max_concurrent`, calls queue on a semaphore before reaching httpcore, whose pool slows
    down sharply with hundreds of queued requests (1,000 at once never finished) -- and the
    pool timeout then runs only once a connection slot is actually being waited for.
    """

    def __init__(self, *, max_response_size: int, max_concurrent: int | None) -> None:
        self.max_response_size = max_response_size
        self._slots = anyio.Semaphore(max_concurrent) if max_concurrent else None

    async def _send(self, request: httpx.Request) -> httpx.Response:
        raise NotImplementedError

    async def send(self, request: WireRequest) -> WireResponse:
        if self._slots is None:
            return await self._exchange(request)
        async with self._slots:
            return await self._exchange(request)

    async def _exchange(self, request: WireRequest) -> WireResponse:
        response = await self._send(to_httpx_request(request))
        try:
            content = await self._read(response, request)
        finally:
            await response.aclose()
        return WireResponse(
            response.status_code, response.headers, content, request, dict(response.extensions)
        )

    async def _read(self, response: httpx.Response, request: WireRequest) -> bytes:
        cap = self.max_response_size
        length = response.headers.get("Content-Length")
        if length is not None and length.isdigit() and int(length) > cap and not _encoded(response.headers):
            raise too_large(request, cap)
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():  # decoded (gzip/deflate) as it arrives
            size += len(chunk)
            if size > cap:
                raise too_large(request, cap)
            chunks.append(chunk)
        return b"".join(chunks)


class HttpxTransport(_HttpxExchange):
    """Any `httpx.AsyncBaseTransport` (httpx's own pool, a MockTransport, a plug-in) as a Transport."""

    def __init__(
        self, transport: httpx.AsyncBaseTransport, *, max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE
    ) -> None:
        super().__init__(max_response_size=max_response_size, max_concurrent=None)
        self.transport = transport

    async def _send(self, request: httpx.Request) -> httpx.Response:
        return await self.transport.handle_async_request(request)

    async def aclose(self) -> None:
        await self.transport.aclose()


def _encoded(headers: Mapping[str, str]) -> bool:
    value = headers.get("Content-Encoding")
    return value is not None and value.strip().lower() not in ("", "identity")


def too_large(request: WireRequest, cap: int) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"response body larger than max_response_size={cap} bytes (decoded); not retried",
        method=request.method,
        url=request.url,
    )


class CallerClientTransport(_HttpxExchange):
    """Runs the pipeline over a caller-supplied `httpx.AsyncClient` (its pool, proxies, hooks)."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        max_concurrent: int | None = None,
    ) -> None:
        super().__init__(max_response_size=max_response_size, max_concurrent=max_concurrent)
        self._client = client

    async def _send(self, request: httpx.Request) -> httpx.Response:
        if self._client.is_closed:  # e.g. closed while this call queued for a slot
            raise httpx.NetworkError("the httpx client (connection pool) was closed")
        return await self._client.send(request, stream=True)

    async def aclose(self) -> None:  # the caller owns the client
        return None


class OwnClientTransport(CallerClientTransport):
    """transport="httpx": an `httpx.AsyncClient` of our own, for its proxy handling (`proxy=`,
    or HTTP(S)_PROXY/NO_PROXY per request when `trust_env`); no redirects, no cookies sent."""

    def __init__(self, network: Network) -> None:
        client = httpx.AsyncClient(
            verify=network.ssl_context(),
            proxy=network.proxy,
            trust_env=network.trust_env,
            limits=network.limits,
            follow_redirects=False,
            timeout=None,  # each request carries the pipeline's timeouts
        )
        super().__init__(
            client, max_response_size=network.max_response_size, max_concurrent=network.max_connections
        )

    async def aclose(self) -> None:
        await self._client.aclose()


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

    def __init__(self, network: Network) -> None:
        # Our own lean aiohttp transport (whole body in one read, aiohttp errors mapped to
        # httpx's); measured faster than httpx-aiohttp's -- bench/RESULTS.md.
        from ._aiohttp import AiohttpTransport

        self._inner = AiohttpTransport(network)
        self._checked: asyncio.AbstractEventLoop | None = None  # the loop sniffio said is asyncio's

    def send(self, request: WireRequest) -> Coroutine[Any, Any, WireResponse]:
        """Not a coroutine of its own: it hands back the inner one, so every resume of the
        calling task passes one frame fewer (measured at C=64, bench/NOTES.md, 7); and sniffio
        is asked once per event loop, not per call."""
        loop = asyncio._get_running_loop()
        if loop is None or loop is not self._checked:
            library = _library()
            if library != "asyncio":
                raise ConfigurationError(
                    f"the aiohttp transport runs only under asyncio, not {library}; "
                    "use transport='httpx' (or 'auto') under trio"
                )
            self._checked = loop
        return self._inner.send(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


class AutoTransport:
    """Chooses the transport on the first request, when the event loop is known."""

    def __init__(self, network: Network) -> None:
        self._network = network
        self._inner: Transport | None = None

    @property
    def chosen(self) -> str | None:
        if self._inner is None:
            return None
        return "aiohttp" if isinstance(self._inner, AsyncioOnlyTransport) else "httpx"

    def send(self, request: WireRequest) -> Coroutine[Any, Any, WireResponse]:
        """The chosen transport's coroutine itself (no frame of its own, as above)."""
        inner = self._inner
        if inner is None:
            if _library() == "asyncio" and _aiohttp_available():
                inner = AsyncioOnlyTransport(self._network)
            else:
                inner = OwnClientTransport(self._network)
            self._inner = inner
        return inner.send(request)

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()


def make_transport(
    choice: str | httpx.AsyncBaseTransport | Transport, network: Network | None = None
) -> Transport:
    """A name, any httpx transport (adapted), or an object with `send(WireRequest)` / `aclose()`."""
    network = network if network is not None else Network()
    if isinstance(choice, httpx.AsyncBaseTransport):
        return HttpxTransport(choice, max_response_size=network.max_response_size)
    if not isinstance(choice, str):
        if callable(getattr(choice, "send", None)) and callable(getattr(choice, "aclose", None)):
            return choice
        raise ConfigurationError(
            f"transport {choice!r} is neither an httpx transport nor has send()/aclose()"
        )
    if choice == "auto":
        return AutoTransport(network)
    if choice == "httpx":
        return OwnClientTransport(network)
    if choice == "aiohttp":
        if not _aiohttp_available():
            raise ConfigurationError(
                "transport='aiohttp' needs the extra: pip install 'commerce-sdk[aiohttp]'"
            )
        return AsyncioOnlyTransport(network)
    raise ConfigurationError(
        f"unknown transport {choice!r}; use 'auto', 'httpx', 'aiohttp' or a transport object"
    )
