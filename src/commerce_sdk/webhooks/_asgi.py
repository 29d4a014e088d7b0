"""A plain ASGI 3 receiver for Chift webhooks, to mount in Starlette/FastAPI or serve alone.

It owns the parts receivers get wrong: the raw body (bounded) is what gets verified, not a
framework's re-parsed JSON; unauthentic deliveries get 401 without detail, authentic but
unusable ones 400; a failing handler gives 500 (so Chift retries) without leaking why.
Duplicates: `seen(event)` (sync or async) answers True for a delivery already handled, and
concurrent deliveries of the same event wait for each other, so the check sees the first
one's result.  Record an event as seen in the handler, once its work is done: a delivery
whose handling failed must stay unseen for the retry.
"""

from __future__ import annotations

import inspect
import json
import logging
import traceback
from collections.abc import Awaitable, Callable, MutableMapping
from functools import partial
from typing import Any

import anyio

from .._exceptions import ConfigurationError, WebhookSignatureError
from .._secrets import REDACTOR, Secret
from ._chift import INVALID_BODY, ChiftWebhookEvent, check_tolerance, verify_chift

log = logging.getLogger("commerce_sdk.webhooks")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Handler = Callable[[ChiftWebhookEvent], Awaitable[object] | object]
SeenCheck = Callable[[ChiftWebhookEvent], Awaitable[bool] | bool]

DEFAULT_MAX_BODY = 1024 * 1024  # Chift's events are small; 1 MiB leaves room for big payloads
_INLINE_BODY = 64 * 1024  # verified on the event loop up to this size, in a worker thread beyond


class _Disconnected(Exception):
    """The client went away before the body was complete."""


class ChiftWebhookApp:
    """ASGI app: POST a Chift delivery, get 200 once `handler` has taken it."""

    def __init__(
        self,
        secret: str | Secret,
        handler: Handler,
        *,
        seen: SeenCheck | None = None,
        max_body: int = DEFAULT_MAX_BODY,
        tolerance: float | None = None,
    ) -> None:
        value = secret.reveal() if isinstance(secret, Secret) else secret
        if not isinstance(value, str) or not value:
            raise ConfigurationError("chift_webhook_app needs the webhook's signing secret (a non-empty str)")
        if not callable(handler):
            raise ConfigurationError("chift_webhook_app needs a handler: a callable taking the event")
        if seen is not None and not callable(seen):
            raise ConfigurationError("seen must be a callable taking the event and returning a bool")
        if isinstance(max_body, bool) or not isinstance(max_body, int) or max_body < 1:
            raise ConfigurationError(f"max_body must be a positive number of bytes, not {max_body!r}")
        check_tolerance(tolerance)
        self._secret = Secret(value)
        self._handler = handler
        self._seen = seen
        self._max_body = max_body
        self._tolerance = tolerance
        self._in_flight: dict[str, tuple[anyio.Lock, int]] = {}

    def __repr__(self) -> str:
        return f"ChiftWebhookApp(secret={self._secret!r}, handler={self._handler!r})"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope.get("type")
        if kind == "lifespan":  # served alone (uvicorn app): nothing to start or stop
            await _lifespan(receive, send)
            return
        if kind != "http":
            if kind == "websocket":
                await send({"type": "websocket.close", "code": 1008})
            return
        if scope.get("method") != "POST":
            await _respond(send, 405, {"error": "only POST is accepted"}, [(b"allow", b"POST")])
            return
        headers = _headers(scope)
        try:
            body = await self._read_body(headers, receive)
        except _Disconnected:
            return
        if body is None:
            await _respond(send, 413, {"error": f"body larger than {self._max_body} bytes"})
            return
        try:
            event = await self._verify(body, headers)
        except WebhookSignatureError as exc:
            log.info("chift webhook refused: %s", exc.message)
            if exc.reason == INVALID_BODY:
                await _respond(send, 400, {"error": exc.message})
            else:  # say nothing useful to a sender that is not Chift
                await _respond(send, 401, {"error": "webhook signature verification failed"})
            return
        try:
            duplicate = await self._handle(event)
        except Exception as exc:
            # Formatted here and scrubbed: the handler's own error may quote the secret.
            trace = REDACTOR.scrub("".join(traceback.format_exception(exc)))
            log.error("chift webhook handler failed for %r:\n%s", event, trace)
            await _respond(send, 500, {"error": "the receiver failed to process the event"})
            return
        await _respond(send, 200, {"received": True, "duplicate": duplicate})

    async def _verify(self, body: bytes, headers: dict[str, str]) -> ChiftWebhookEvent:
        verify = partial(verify_chift, body, headers, self._secret, tolerance=self._tolerance)
        if len(body) <= _INLINE_BODY:
            return verify()
        return await anyio.to_thread.run_sync(verify)  # parsing a big body would stall the loop

    async def _handle(self, event: ChiftWebhookEvent) -> bool:
        """Run the handler unless `seen` says the event was handled; True for a duplicate."""
        if self._seen is None:
            await _maybe_await(self._handler(event))
            return False
        key = event.delivery_key()
        lock, users = self._in_flight.get(key) or (anyio.Lock(), 0)
        self._in_flight[key] = (lock, users + 1)
        try:
            async with lock:
                if await _maybe_await(self._seen(event)):
                    log.debug("chift webhook %r already handled", event)
                    return True
                await _maybe_await(self._handler(event))
                return False
        finally:
            lock, users = self._in_flight[key]
            if users == 1:
                del self._in_flight[key]
            else:
                self._in_flight[key] = (lock, users - 1)

    async def _read_body(self, headers: dict[str, str], receive: Receive) -> bytes | None:
        """The whole body, or None when it is larger than max_body (read no further then)."""
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self._max_body:
            return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _Disconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self._max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


def chift_webhook_app(
    secret: str | Secret,
    handler: Handler,
    *,
    seen: SeenCheck | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    tolerance: float | None = None,
) -> ChiftWebhookApp:
    """An ASGI app that verifies Chift deliveries and passes each event to `handler`
    (sync or async).  Answers 200 (handled, or a duplicate per `seen`), 400, 401, 405, 413, 500."""
    return ChiftWebhookApp(secret, handler, seen=seen, max_body=max_body, tolerance=tolerance)


def _headers(scope: Scope) -> dict[str, str]:
    """Lower-cased names; a repeated header's values joined with ", " (so two signatures fail)."""
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope.get("headers", ()):
        name = raw_name.decode("latin-1").lower()
        value = raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


async def _maybe_await(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def _respond(
    send: Send, status: int, payload: dict[str, Any], extra: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = json.dumps(payload).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers + (extra or [])})
    await send({"type": "http.response.body", "body": body})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
