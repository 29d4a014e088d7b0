"""A lean aiohttp transport (asyncio only): one `aiohttp.ClientSession`, whole bodies.

The pipeline reads every body whole, so this transport reads it in one `await resp.read()`
and answers a finished `WireResponse`, with no httpx object on the way (measured in
bench/RESULTS.md).

Kept from httpx's behaviour: no redirects are followed, only gzip/deflate are asked for
and decoded, `request.extensions["timeout"]` is honoured (connect -> `sock_connect`,
read -> `sock_read`, pool -> `connect`, which in aiohttp covers waiting for a pooled
connection), and aiohttp's exceptions become httpx's (`ConnectError`, `ConnectTimeout`,
`ReadTimeout`, `RemoteProtocolError`, ...) so the pipeline's retry and error mapping treat
every transport alike.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import httpx
from yarl import URL

from ._network import Network
from ._transport import too_large
from ._wire import ACCEPT_ENCODING, WireRequest, WireResponse

_READ_CHUNK = 256 * 1024

# Most specific first: several aiohttp errors derive from more than one of these.
_ERRORS: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ClientProxyConnectionError, httpx.ProxyError),
    (aiohttp.ClientHttpProxyError, httpx.ProxyError),
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),
    (aiohttp.SocketTimeoutError, httpx.ReadTimeout),
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
    (aiohttp.ClientConnectorError, httpx.ConnectError),  # refused, DNS, TLS handshake
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (aiohttp.ClientPayloadError, httpx.RemoteProtocolError),  # truncated / malformed body
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),  # malformed status line or headers
    (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
    (aiohttp.NonHttpUrlClientError, httpx.UnsupportedProtocol),
    (aiohttp.ClientConnectionResetError, httpx.ReadError),
    (aiohttp.ClientOSError, httpx.ReadError),
    (aiohttp.ClientConnectionError, httpx.NetworkError),
    (asyncio.TimeoutError, httpx.TimeoutException),
    (aiohttp.ClientError, httpx.TransportError),
)


def map_error(exc: BaseException) -> httpx.TransportError | None:
    """The httpx exception for an aiohttp (or asyncio timeout) exception, or None."""
    for source, target in _ERRORS:
        if isinstance(exc, source):
            return target(str(exc) or type(exc).__name__)
    return None


class AiohttpTransport:
    """One `aiohttp.ClientSession`, created on first use (a session belongs to one event loop).

    Calls queue on a semaphore sized like the pool before they reach aiohttp, so the pool
    timeout (aiohttp's `connect`) only runs for a call that holds a connection slot: 40,000
    calls queued behind 100 connections must wait their turn, not time out in the queue.
    Proxies: `Network.proxy`, else the environment's (read once, when the session opens).
    """

    def __init__(self, network: Network | None = None) -> None:
        self._network = network if network is not None else Network()
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots: asyncio.Semaphore | None = None
        self._env_proxies: dict[str, str] = {}
        self._timeouts: dict[tuple[Any, Any, Any], aiohttp.ClientTimeout] = {}

    def _open(self, loop: asyncio.AbstractEventLoop) -> aiohttp.ClientSession:
        network = self._network
        limits = network.limits
        connector = aiohttp.TCPConnector(
            limit=limits.max_connections or 0,
            keepalive_timeout=limits.keepalive_expiry,
            ssl=network.ssl_context(),
        )
        # h11 (httpx's parser) accepts header lines far longer than aiohttp's 8190 default.
        self._session = aiohttp.ClientSession(
            connector=connector,
            max_line_size=65536,
            max_field_size=65536,
            trust_env=False,  # proxies are chosen here, from `network`, as on the httpx transport
        )
        self._slots = asyncio.Semaphore(limits.max_connections) if limits.max_connections else None
        self._env_proxies = network.env_proxies()
        self._loop = loop
        return self._session

    def _timeout(self, extension: dict[str, Any]) -> aiohttp.ClientTimeout:
        key = (extension.get("connect"), extension.get("read"), extension.get("pool"))
        timeout = self._timeouts.get(key)
        if timeout is None:
            timeout = aiohttp.ClientTimeout(total=None, sock_connect=key[0], sock_read=key[1], connect=key[2])
            if len(self._timeouts) < 64:
                self._timeouts[key] = timeout
        return timeout

    async def send(self, request: WireRequest) -> WireResponse:
        loop = asyncio.get_running_loop()
        session = self._session
        if session is None or loop is not self._loop:
            session = self._open(loop)  # a session is bound to the loop it was made on
        slots = self._slots
        if slots is None:
            return await self._exchange(session, request)
        await slots.acquire()
        try:
            return await self._exchange(session, request)
        finally:
            slots.release()

    async def _read(self, resp: aiohttp.ClientResponse, request: WireRequest) -> bytes:
        """The decoded body, refused as soon as it passes the cap (while inflating, too)."""
        cap = self._network.max_response_size
        length = resp.content_length
        encoding = resp.headers.get("Content-Encoding")
        plain = encoding is None or encoding.strip().lower() in ("", "identity")
        if plain and length is not None and length > cap:
            raise too_large(request, cap)  # said so up front: not even downloaded
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = await resp.content.read(_READ_CHUNK)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > cap:
                raise too_large(request, cap)
            chunks.append(chunk)

    async def _exchange(self, session: aiohttp.ClientSession, request: WireRequest) -> WireResponse:
        # Closed (or closing: aclose() drops the session before it awaits the close) while
        # this call queued for a slot; aiohttp would park it on a closed connector's queue.
        if session.closed or self._session is not session:
            raise httpx.NetworkError("the connection pool was closed")
        headers = request.headers
        # token requests skip the pipeline's base headers: the same encodings for them
        headers.setdefault("Accept-Encoding", ACCEPT_ENCODING)
        network = self._network
        proxy = network.proxy
        if proxy is None and self._env_proxies:
            proxy = network.proxy_for(request.url, self._env_proxies)
        try:
            async with session.request(
                request.method,
                URL(request.url, encoded=True),
                headers=headers,
                data=request.content,
                allow_redirects=False,
                compress=None,
                proxy=proxy,
                timeout=self._timeout(request.extensions.get("timeout") or {}),
                server_hostname=request.extensions.get("sni_hostname"),
            ) as resp:
                length = resp.content_length
                if (
                    length is not None
                    and length <= self._network.max_response_size
                    and ("Content-Encoding" not in resp.headers)
                ):
                    content = await resp.read()  # the common case: a plain body of a known length
                else:
                    content = await self._read(resp, request)
                return WireResponse(resp.status, resp.headers, content, request)
        except Exception as exc:
            mapped = map_error(exc)
            if mapped is None:
                raise
            raise mapped from exc
        except asyncio.CancelledError:
            # Closing the session cancels aiohttp's waiters for a pooled connection: the calling
            # task was not cancelled, so it must see a connection error, not a CancelledError.
            task = asyncio.current_task()
            if session.closed and task is not None and not task.cancelling():
                raise httpx.NetworkError("the connection pool was closed") from None
            raise

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()
