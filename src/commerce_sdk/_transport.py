"""Transports are plug-ins: httpx's own, an aiohttp-backed one, or the caller's.

"auto" (the default) picks the aiohttp-backed transport when it is installed and the
code runs under asyncio -- measured several times faster than httpx's pool at high
concurrency (see bench/RESULTS.md) -- and httpx's own transport otherwise (e.g. trio).
"""

from __future__ import annotations

import httpx
import sniffio

from ._exceptions import ConfigurationError

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=30.0)


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


class AsyncioOnlyTransport(httpx.AsyncBaseTransport):
    """The aiohttp transport, with a clear error instead of a crash under trio."""

    def __init__(self, limits: httpx.Limits) -> None:
        # Our own lean aiohttp transport (whole body in one read, aiohttp errors mapped to
        # httpx's); measured a little faster than httpx-aiohttp's -- bench/RESULTS.md.
        from ._aiohttp import AiohttpTransport

        self._inner = AiohttpTransport(limits)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        library = _library()
        if library != "asyncio":
            raise ConfigurationError(
                f"the aiohttp transport runs only under asyncio, not {library}; "
                "use transport='httpx' (or 'auto') under trio"
            )
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


class AutoTransport(httpx.AsyncBaseTransport):
    """Chooses the transport on the first request, when the event loop is known."""

    def __init__(self, limits: httpx.Limits) -> None:
        self._limits = limits
        self._inner: httpx.AsyncBaseTransport | None = None

    @property
    def chosen(self) -> str | None:
        if self._inner is None:
            return None
        return "aiohttp" if isinstance(self._inner, AsyncioOnlyTransport) else "httpx"

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._inner
        if inner is None:
            if _library() == "asyncio" and _aiohttp_available():
                inner = AsyncioOnlyTransport(self._limits)
            else:
                inner = httpx.AsyncHTTPTransport(limits=self._limits)
            self._inner = inner
        return await inner.handle_async_request(request)

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()


def make_transport(
    choice: str | httpx.AsyncBaseTransport, limits: httpx.Limits = DEFAULT_LIMITS
) -> httpx.AsyncBaseTransport:
    if isinstance(choice, httpx.AsyncBaseTransport):
        return choice
    if choice == "auto":
        return AutoTransport(limits)
    if choice == "httpx":
        return httpx.AsyncHTTPTransport(limits=limits)
    if choice == "aiohttp":
        if not _aiohttp_available():
            raise ConfigurationError(
                "transport='aiohttp' needs the extra: pip install 'commerce-sdk[aiohttp]'"
            )
        return AsyncioOnlyTransport(limits)
    raise ConfigurationError(
        f"unknown transport {choice!r}; use 'auto', 'httpx', 'aiohttp' or a transport object"
    )
