"""A programmable loopback HTTP server for the facade tests.

An `aiohttp.web` server on 127.0.0.1 (free port) running in a background thread with
its own asyncio event loop, so tests running under asyncio *and* trio can talk to it
over real sockets.  Routes are programmed per test:

    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM))                # always (one segment)
    server.on("GET", "/erp/items/{itemId}", [Reply(503), Reply(json=ITEM)])   # scripted, last repeats
    server.on("GET", "/erp/items", lambda req: Reply(json=page(req)))         # computed
    server.on("GET", "/chift/{rest*}", Reply(404))                              # any deeper path

A `Reply` sets status, JSON or raw body, headers, a `delay` before answering, `drop=True`
(close the connection without a response) or `truncate=n` (announce the full length, send n
bytes, close).  Afterwards: `server.requests(...)` (method, path, query, headers, body,
arrival/finish times, client port), `server.count(...)`, `server.max_in_flight(...)` and
`server.clear()`.  A handler that raises is answered with 500 and recorded in
`handler_errors` (the `server` fixture fails the test on any).  `LoopbackServer(port=p)`
listens on a given port, e.g. one that refused connections a moment ago.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json as jsonlib
import re
import socket
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from aiohttp import web
from multidict import CIMultiDict

_UNSET: Any = object()


@dataclass(frozen=True)
class Reply:
    """What the server answers.  `drop` closes the connection without a response;
    `truncate` announces the full Content-Length but sends only that many bytes, then closes."""

    status: int = 200
    json: Any = _UNSET
    body: bytes | str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False
    truncate: int | None = None
    content_type: str = "application/json"

    def payload(self) -> bytes:
        if self.json is not _UNSET:
            return jsonlib.dumps(self.json).encode()
        if self.body is None:
            return b""
        return self.body.encode() if isinstance(self.body, str) else self.body


@dataclass
class Seen:
    """One request as the server received it."""

    method: str
    path: str  # decoded path, e.g. /erp/items/1
    raw_path: str  # as sent, with query string
    query: dict[str, str]
    headers: CIMultiDict[str]
    body: bytes
    params: dict[str, str]  # path template parameters
    route: str | None  # "METHOD template" that matched, None for unmatched
    port: int  # client's source port: one per connection
    started: float  # time.monotonic() on arrival
    wall: float  # time.time() on arrival (for HTTP-date checks)
    finished: float | None = None  # time.monotonic() when the answer was sent

    @property
    def json(self) -> Any:
        return jsonlib.loads(self.body) if self.body else None


Handler = Reply | Sequence[Reply] | Callable[[Seen], Reply | Awaitable[Reply]]


@dataclass
class _Route:
    method: str
    template: str
    pattern: re.Pattern[str]
    handler: Handler
    calls: int = 0


def _compile(template: str) -> re.Pattern[str]:
    """`{name}` matches one path segment, `{name*}` any rest of the path."""
    out, last = "", 0
    for m in re.finditer(r"\{(\w+)(\*?)\}", template):
        body = ".*" if m.group(2) else "[^/]+"
        out += re.escape(template[last : m.start()]) + f"(?P<{m.group(1)}>{body})"
        last = m.end()
    return re.compile("^" + out + re.escape(template[last:]) + "$")


def free_port() -> int:
    """A port nothing listens on (for connection-refused tests)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LoopbackServer:
    """See the module docstring.  Start with `start()` (or use as a context manager)."""

    def __init__(self, port: int = 0) -> None:
        self._requested_port = port  # 0: any free port
        self._routes: list[_Route] = []
        self._log: list[Seen] = []
        self._lock = threading.Lock()
        self._in_flight: Counter[str] = Counter()
        self._max_in_flight: Counter[str] = Counter()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self.port = 0
        self.handler_errors: list[BaseException] = []  # the conftest fixture fails the test on any
        self.record = True  # False: keep no request log (memory measurements)

    # -- lifecycle --------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> LoopbackServer:
        self._thread = threading.Thread(target=self._run, name="facade-loopback", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("loopback server did not start")
        if self._error is not None:
            raise RuntimeError("loopback server failed to start") from self._error
        return self

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            with contextlib.suppress(RuntimeError):  # loop already gone
                self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # surfaced by start()
            self._error = exc
            self._ready.set()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        app = web.Application(client_max_size=16 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=0.05)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", self._requested_port, backlog=2048)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        self._ready.set()
        await self._stop.wait()
        await runner.cleanup()

    # -- programming ------------------------------------------------------------------

    def on(self, method: str, template: str, handler: Handler) -> None:
        """Answer `method template` with `handler`; a later registration for the same route wins."""
        method = method.upper()
        with self._lock:
            self._routes = [r for r in self._routes if (r.method, r.template) != (method, template)]
            self._routes.append(_Route(method, template, _compile(template), handler))

    # -- inspection -------------------------------------------------------------------

    def requests(self, method: str | None = None, path: str | None = None) -> list[Seen]:
        """Requests received so far; `path` matches the route template or the literal path."""
        with self._lock:
            log = list(self._log)
        return [
            r
            for r in log
            if (method is None or r.method == method.upper())
            and (path is None or path in (r.path, (r.route or "").partition(" ")[2]))
        ]

    def count(self, method: str | None = None, path: str | None = None) -> int:
        return len(self.requests(method, path))

    def max_in_flight(self, method: str, template: str) -> int:
        with self._lock:
            return self._max_in_flight[f"{method.upper()} {template}"]

    def clear(self) -> None:
        with self._lock:
            self._log.clear()
            self._max_in_flight.clear()

    # -- serving ----------------------------------------------------------------------

    def _match(self, method: str, path: str) -> tuple[_Route | None, dict[str, str]]:
        with self._lock:
            routes = list(reversed(self._routes))
        for route in routes:
            if route.method in (method, "*"):
                m = route.pattern.match(path)
                if m:
                    return route, m.groupdict()
        return None, {}

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        # Match on the raw path so a parameter holding an encoded "/" stays one segment.
        route, params = self._match(request.method, request.raw_path.split("?", 1)[0])
        params = {k: unquote(v) for k, v in params.items()}
        peer = request.transport.get_extra_info("peername") if request.transport else None
        seen = Seen(
            method=request.method,
            path=request.path,
            raw_path=request.raw_path,
            query=dict(request.query),
            headers=CIMultiDict(request.headers),
            body=body,
            params=params,
            route=f"{route.method} {route.template}" if route else None,
            port=peer[1] if peer else 0,
            started=time.monotonic(),
            wall=time.time(),
        )
        key = seen.route or "unmatched"
        with self._lock:
            if self.record:
                self._log.append(seen)
            self._in_flight[key] += 1
            self._max_in_flight[key] = max(self._max_in_flight[key], self._in_flight[key])
        try:
            try:
                reply = await self._reply(route, seen)
            except Exception as exc:  # a broken handler is the test's bug: report it, answer 500
                self.handler_errors.append(exc)
                reply = Reply(500, json={"message": f"test handler failed: {exc!r}"})
            if reply.delay:
                await asyncio.sleep(reply.delay)
            return await self._send(request, reply)
        finally:
            seen.finished = time.monotonic()
            with self._lock:
                self._in_flight[key] -= 1

    async def _reply(self, route: _Route | None, seen: Seen) -> Reply:
        if route is None:
            return Reply(404, json={"message": f"no route for {seen.method} {seen.path}"})
        handler = route.handler
        index = route.calls
        route.calls += 1
        if isinstance(handler, Reply):
            return handler
        if isinstance(handler, Sequence):
            return handler[min(index, len(handler) - 1)]
        result = handler(seen)
        if inspect.isawaitable(result):
            result = await result
        assert isinstance(result, Reply), f"handler for {route.template} returned {result!r}"
        return result

    async def _send(self, request: web.Request, reply: Reply) -> web.StreamResponse:
        payload = reply.payload()
        headers = {"Content-Type": reply.content_type, **reply.headers}
        if reply.drop:
            assert request.transport is not None
            request.transport.abort()  # no status line at all: the client sees a dropped connection
            raise asyncio.CancelledError  # nothing more to do for this request
        if reply.truncate is not None:
            resp = web.StreamResponse(status=reply.status, headers=headers)
            resp.content_length = len(payload)
            await resp.prepare(request)
            await resp.write(payload[: reply.truncate])
            await asyncio.sleep(0.01)  # let the partial body reach the client
            assert request.transport is not None
            request.transport.abort()
            raise asyncio.CancelledError
        return web.Response(status=reply.status, body=payload, headers=headers)
