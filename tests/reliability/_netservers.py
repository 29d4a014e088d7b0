"""Small loopback servers for the network tests: a forward proxy and an origin, optionally TLS.

Both run on asyncio streams in a thread of their own and count TCP connections as they are
accepted -- before any TLS handshake -- so a test can tell how often a client really tried.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import ssl
import threading
from typing import Any

ITEM_BODY: dict[str, Any] = {}


async def _read_head(reader: asyncio.StreamReader) -> tuple[str, dict[str, str]]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    return lines[0], headers


class _Threaded:
    def __init__(self) -> None:
        self.port = 0
        self.connections = 0
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=lambda: asyncio.run(self._main()), daemon=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        raise NotImplementedError

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            await self._serve(reader, writer)
        except (OSError, asyncio.IncompleteReadError, ssl.SSLError, asyncio.LimitOverrunError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def _main(self) -> None:
        self._stop = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        async with server:
            await self._stop.wait()

    @property
    def url(self) -> str:
        raise NotImplementedError

    def __enter__(self) -> Any:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._loop is not None and self._stop is not None
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)


class Origin(_Threaded):
    """Answers every request with `body` (JSON), one request per connection; TLS when given a context."""

    def __init__(self, body: Any, tls: ssl.SSLContext | None = None) -> None:
        super().__init__()
        self.body = json.dumps(body).encode()
        self.tls = tls
        self.requests: list[str] = []

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.tls is not None:
            await writer.start_tls(self.tls)
        line, headers = await _read_head(reader)
        length = int(headers.get("content-length", "0") or 0)
        if length:
            await reader.readexactly(length)
        self.requests.append(line)
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
            + f"Content-Length: {len(self.body)}\r\n\r\n".encode()
            + self.body
        )
        await writer.drain()


class ForwardProxy(_Threaded):
    """An HTTP forward proxy: absolute-form requests are forwarded, CONNECT is tunnelled."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []  # request lines as the proxy received them

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        line, headers = await _read_head(reader)
        self.seen.append(line)
        method, target, _ = line.split(" ", 2)
        if method == "CONNECT":
            host, _, port = target.rpartition(":")
            up_reader, up_writer = await asyncio.open_connection(host, int(port))
            writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            await writer.drain()
            await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))
            return
        rest = target.split("://", 1)[1]
        hostport, _, path = rest.partition("/")
        host, _, port = hostport.partition(":")
        length = int(headers.get("content-length", "0") or 0)
        body = await reader.readexactly(length) if length else b""
        up_reader, up_writer = await asyncio.open_connection(host, int(port or 80))
        forwarded = [f"{method} /{path} HTTP/1.1"] + [
            f"{k}: {v}" for k, v in headers.items() if k not in ("proxy-connection", "connection")
        ]
        up_writer.write(("\r\n".join([*forwarded, "Connection: close"]) + "\r\n\r\n").encode() + body)
        await up_writer.drain()
        await _pipe(up_reader, writer)


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (OSError, asyncio.IncompleteReadError):
        pass
    finally:
        with contextlib.suppress(Exception):
            writer.close()
