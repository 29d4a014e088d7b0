"""The request pipeline: tenant -> auth -> retry/timeout -> transport, with one log line per step.

`send()` runs the policies on a `WireRequest`; the facade's `call()` uses it directly.  The
pipeline is also an `httpx.AsyncBaseTransport`, so a generated function called with a
scope's `client` gets the same policies (its request is adapted on the way in and out).
"""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import logging
import random
import ssl
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from importlib import import_module
from typing import Any
from urllib.parse import unquote

import anyio
import httpx
import sniffio

from ._auth import AuthStrategy
from ._decode import parser_for
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    CommerceError,
    ConfigurationError,
    DecodeError,
    RedirectError,
    TenantMismatchError,
    TLSVerificationError,
)
from ._guards import check_header_name, check_headers, check_path
from ._manifest import Manifest, Operation
from ._options import IDEMPOTENT_METHODS, OPERATION_KEY, RequestOptions, RetryPolicy, Timeouts, options_of
from ._ratelimit import RateLimit, RateLimiter
from ._secrets import redact_url
from ._tracing import CallStats, Tracing, call_span, record_status
from ._transport import Transport
from ._wire import WireRequest, WireResponse, from_httpx, to_httpx

log = logging.getLogger("commerce_sdk")

# A parser the facade attaches to a request; run inside the retry loop so a 2xx body that
# does not decode (truncated JSON, an HTML page) is retried like a 5xx for idempotent calls.
PARSER_KEY = "commerce_sdk.parser"
PARSED_KEY = "commerce_sdk.parsed"


@dataclass(frozen=True)
class Tenant:
    """Where a scope's tenant goes: a header (JTL) or a path parameter (Chift, Pack.cloud)."""

    value: str
    header: bool  # True: header named by each operation's manifest entry; False: path parameter
    path_param: str | None = None  # spec name of the path parameter, e.g. "consumer_id"


def retry_after_seconds(value: str | None, cap: float) -> float | None:
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):  # neither seconds nor an HTTP date: fall back to backoff
            return None
        if parsed.tzinfo is None:  # "-0000": an HTTP date is always UTC
            parsed = parsed.replace(tzinfo=datetime.UTC)
        seconds = parsed.timestamp() - time.time()
    if seconds != seconds:  # NaN
        return None
    return max(0.0, min(seconds, cap))


_NO_OPTIONS = RequestOptions()  # frozen; its (empty) headers are only read


class _Armed:
    """One call's overall deadline in an `_Expiry` (what `asyncio.Timeout` keeps per call)."""

    __slots__ = ("cancelling", "expired", "slot", "task")

    def __init__(self, task: asyncio.Task[Any], slot: int) -> None:
        self.task = task
        self.cancelling = task.cancelling()  # cancellations requested before this call began
        self.expired = False
        self.slot = slot


class _Expiry:
    """The overall timeout on asyncio: `asyncio.timeout`'s semantics, without a timer per call.

    Why: `asyncio.timeout` pushes a `TimerHandle` onto the loop's heap and cancels it for every
    call -- a Timeout object, a heap push whose comparisons run in Python, the cancel -- ~6 us
    per call, a few percent of a whole GET at C=64 (bench/NOTES.md, 7).  Here the calls whose
    deadlines fall in the same 1/256 s share one timer (a set add and discard per call); it
    fires at most 4 ms after a call's deadline and cancels the calls still armed in its slot,
    which `disarm` then turns into `TimeoutError` exactly as `asyncio.Timeout.__aexit__` does
    (only a cancellation of ours, counted with `Task.uncancel`).
    """

    __slots__ = ("_loop", "_slots")

    RESOLUTION = 256  # slots per second

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._slots: dict[int, tuple[asyncio.TimerHandle, set[_Armed]]] = {}

    def arm(self, task: asyncio.Task[Any], seconds: float) -> _Armed:
        slot = int((self._loop.time() + seconds) * self.RESOLUTION) + 1  # fires at or after the deadline
        armed = _Armed(task, slot)
        entry = self._slots.get(slot)
        if entry is None:
            handle = self._loop.call_at(slot / self.RESOLUTION, self._fire, slot)
            self._slots[slot] = (handle, {armed})
        else:
            entry[1].add(armed)
        return armed

    def _fire(self, slot: int) -> None:
        entry = self._slots.pop(slot, None)
        if entry is None:
            return
        for armed in entry[1]:
            armed.expired = True
            armed.task.cancel()

    def disarm(self, armed: _Armed) -> bool:
        """The call is over; True when its deadline cancelled it (and nobody else did)."""
        if armed.expired:
            return armed.task.uncancel() <= armed.cancelling
        entry = self._slots.get(armed.slot)
        if entry is not None:
            calls = entry[1]
            calls.discard(armed)
            if not calls:  # no dead timers left on the loop's heap
                entry[0].cancel()
                del self._slots[armed.slot]
        return False


class _Lifecycle:
    """Whether a client was closed, and the event loop it runs on; shared by its pipeline and
    every scope bound from it."""

    __slots__ = ("closed", "expiry", "loop")

    def __init__(self) -> None:
        self.closed = False
        self.loop: asyncio.AbstractEventLoop | None = None
        self.expiry: _Expiry | None = None  # the overall timeouts' timers, on `loop`

    def check_loop(self) -> None:
        """A client's pool, token flights and rate-limit waits belong to one event loop: the one
        of its first call.  Another loop (or thread) gets a typed error instead of a hang."""
        loop = asyncio.get_running_loop()
        if self.loop is loop:
            return
        if self.loop is None:
            self.loop = loop
            self.expiry = _Expiry(loop)
            return
        raise ConfigurationError(
            "this client is used from another event loop (or thread) than the one it first ran on; "
            "create one client per event loop"
        )


def _certificate_failure(exc: BaseException) -> bool:
    """A TLS verification failure somewhere in the exception's causes (both transports chain it)."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 8:
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        if type(current).__name__ == "ClientConnectorCertificateError":  # aiohttp's, without importing it
            return True
        current = current.__cause__ or current.__context__
        seen += 1
    return False


def _on_asyncio() -> bool:
    try:
        return sniffio.current_async_library() == "asyncio"
    except sniffio.AsyncLibraryNotFoundError:
        return False


class Pipeline(httpx.AsyncBaseTransport):
    """One provider client's policies over its shared transport, bound to one tenant (or none)."""

    def __init__(
        self,
        *,
        transport: Transport,
        auth: AuthStrategy | None,
        manifest: Manifest,
        base_headers: dict[str, str],
        timeouts: Timeouts,
        retry: RetryPolicy,
        tenant: Tenant | None = None,
        owns_transport: bool = False,
        sleep: Callable[[float], Any] = anyio.sleep,
        lifecycle: _Lifecycle | None = None,
        limiter: RateLimiter | None = None,
        rate_limit: RateLimit | None = None,
        base_segments: int = 0,
        tracing: Tracing | None = None,
        provider: str = "commerce",
        strict: bool = False,
    ) -> None:
        self.transport = transport
        self.tracing = tracing
        # The per-call check, kept on the pipeline (memory every call touches anyway): None when
        # tracing is off, else Tracing._gate as last seen (it is chosen on the first call).
        self._gate = tracing._gate if tracing is not None else None
        self.provider = provider  # span names: "<provider>.<tag>.<operation>"
        self.auth = auth
        self.manifest = manifest
        self.base_headers = base_headers
        self.timeouts = timeouts
        self.retry = retry
        self.tenant = tenant
        self._owns_transport = owns_transport
        self._sleep = sleep
        self._default_tenant_header = manifest.default_tenant_header
        self._lifecycle = lifecycle or _Lifecycle()
        self.limiter = limiter if limiter is not None else RateLimiter()
        self.rate_limit = rate_limit
        self.base_segments = base_segments  # path segments of the client's base URL ("/erp": 1)
        tenant_key = tenant.value if tenant is not None else "-"
        self._tenant_key = tenant_key
        # The caller's own limit: one budget per scope, or one for the whole client.
        self._user_key = "*" if rate_limit is None or rate_limit.per == "client" else tenant_key
        self.strict = strict  # True: a 2xx body that deviates from the spec is a DecodeError
        self._timeout_extension = timeouts.as_extension()

    def bind(
        self,
        tenant: Tenant | None,
        extra_headers: dict[str, str] | None = None,
        rate_limit: RateLimit | None = None,
    ) -> Pipeline:
        """A pipeline for one tenant scope, sharing transport, auth, token cache and rate limits."""
        return Pipeline(
            transport=self.transport,
            auth=self.auth,
            manifest=self.manifest,
            base_headers={**self.base_headers, **(extra_headers or {})},
            timeouts=self.timeouts,
            retry=self.retry,
            tenant=tenant,
            owns_transport=False,
            sleep=self._sleep,
            lifecycle=self._lifecycle,
            limiter=self.limiter,
            rate_limit=rate_limit if rate_limit is not None else self.rate_limit,
            base_segments=self.base_segments,
            tracing=self.tracing,
            provider=self.provider,
            strict=self.strict,
        )

    def __repr__(self) -> str:
        return f"Pipeline(tenant={self.tenant.value if self.tenant else None!r}, auth={self.auth!r})"

    async def aclose(self) -> None:
        self._lifecycle.closed = True  # before the pool closes: no retry may reopen it
        if self._owns_transport:
            await self.transport.aclose()

    def _check_open(self, request: WireRequest) -> None:
        # Right before the transport, with no await in between: a closed client never sends
        # (a retry after aclose() would otherwise open a new pool that nobody closes).
        if self._lifecycle.closed:
            raise ConfigurationError(
                f"the client is closed: {request.method} {redact_url(request.url)} was not sent"
            )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """A generated *sync* function was given a scope's client: say so instead of failing obscurely."""
        raise ConfigurationError(
            "the SDK is async-only: call the generated asyncio()/asyncio_detailed() functions "
            "(or scope.call) with a scope's client, not sync()/sync_detailed()"
        )

    # -- policies ---------------------------------------------------------------------

    def _operation(self, request: WireRequest) -> Operation | None:
        key = request.extensions.get(OPERATION_KEY)
        return self.manifest.operations.get(key) if isinstance(key, str) else None

    def _apply_tenant(self, request: WireRequest, op: Operation | None) -> None:
        tenant = self.tenant
        if tenant is None:
            return
        if tenant.header:
            name = (op.tenant_header if op is not None else None) or self._default_tenant_header
            if name is None:
                return
            sent = request.headers.get(name)
            if sent is not None and sent != tenant.value:
                raise TenantMismatchError(
                    f"request names tenant header {name}={sent!r}, scope is {tenant.value!r}"
                )
            request.headers[name] = tenant.value
            return
        if op is None or tenant.path_param is None or tenant.path_param not in op.path_params:
            return
        # The tenant is a path segment: check it is this scope's before anything is sent.
        template = op.path.strip("/").split("/")
        # The raw (still percent-encoded) path: generated code quotes every path parameter with
        # safe="", so each one is exactly one segment even when its value contains "/" (a
        # Shopify GID in a later parameter must not shift the tenant's position).
        segments = request.raw_path.strip("/").split("/")
        offset = len(segments) - len(template)  # the base URL's own path segments come first
        index = template.index("{" + tenant.path_param + "}") + offset
        actual = unquote(segments[index]) if offset >= 0 else None
        if actual != tenant.value:
            raise TenantMismatchError(
                f"request path names {tenant.path_param}={actual!r}, scope is {tenant.value!r}"
            )

    def _delay(self, attempt: int, response: WireResponse | None) -> float:
        if response is not None:
            cap = self.retry.retry_after_cap
            after = retry_after_seconds(response.headers.get("Retry-After"), cap)
            if after is not None:
                return after
            if response.status_code == 429:  # JTL: no Retry-After, but the budget's window
                window = self.limiter.retry_delay(response.headers, cap)
                if window is not None:
                    return window
        ceiling = min(self.retry.backoff_max, self.retry.backoff_base * (2**attempt))
        return random.uniform(0.0, ceiling)  # full jitter

    async def raw_send(self, request: WireRequest) -> WireResponse:
        """Straight to the transport with this client's timeouts (token requests use this)."""
        request.extensions.setdefault("timeout", self.timeouts.as_extension())
        check_headers(request.headers.items(), request.headers.values())
        self._check_open(request)
        return await self.transport.send(request)

    # -- the pipeline -----------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """A generated function's request (a scope's `client`): the same policies, adapted.

        The body is decoded here too (inside the retry loop), so a body the generated parser
        cannot read is retried or raised as a `DecodeError` like scope.call's rather than its
        bare TypeError/KeyError, and a 3xx is a `RedirectError` rather than a `None` "success".
        """
        wire = await from_httpx(request)
        op = self._operation(wire)
        if op is not None:
            self._check_segments(wire, op)
            if PARSER_KEY not in wire.extensions:
                module = import_module(f"{self.manifest.package}.api.{op.key}")
                wire.extensions[PARSER_KEY] = parser_for(module, op, self.strict)
        response = await self.send(wire)
        if 300 <= response.status_code < 400:
            raise RedirectError(
                status_code=response.status_code,
                method=wire.method,
                url=wire.url,
                body=response.content,
                headers=dict(response.headers),
            )
        return to_httpx(response, request)

    def _check_segments(self, request: WireRequest, op: Operation) -> None:
        """httpx resolves `.`/`..` ids away while it builds the URL: a path with fewer segments
        than the operation's template had one (DELETE .../integrations/.. became .../org)."""
        raw_path = request.raw_path
        check_path(raw_path, op.key)
        want = self.base_segments + op.path.strip("/").count("/") + 1
        if raw_path.strip("/").count("/") + 1 != want:
            raise ConfigurationError(
                f"{op.key}: a path parameter is '.' or '..' (a relative path segment); not sent"
            )

    def send(self, request: WireRequest) -> Coroutine[Any, Any, WireResponse]:
        """The call's coroutine: `_deadline`'s own on the plain path (no frame of this one to
        pass on every resume of the task), a traced one when a tracer provider is set."""
        # One attribute check per call without a provider (see Tracing._gate); tracer() only
        # when one may be set.  Tracing off, OpenTelemetry absent or no provider: the plain path.
        gate = self._gate
        if gate is None or gate._TRACER_PROVIDER is None:
            return self._deadline(request, None)
        tracing = self.tracing
        assert tracing is not None
        tracer = tracing.tracer()
        self._gate = tracing._gate  # chosen by the first tracer() call
        if tracer is None:
            return self._deadline(request, None)
        return self._traced(request, tracing, tracer)

    async def _traced(self, request: WireRequest, tracing: Tracing, tracer: Any) -> WireResponse:
        op = self._operation(request)
        with call_span(
            tracer,
            tracing,
            provider=self.provider,
            op_key=op.key if op is not None else None,
            method=request.method,
            template=op.path if op is not None else None,
            tenant=self.tenant.value if self.tenant is not None else None,
            headers=request.headers,
        ) as stats:
            response = await self._deadline(request, stats)
            record_status(stats, response.status_code)
            return response

    async def _deadline(self, request: WireRequest, stats: CallStats | None) -> WireResponse:
        options = options_of(request.extensions) or _NO_OPTIONS
        timeouts = options.merged_timeouts(self.timeouts)
        lifecycle = self._lifecycle
        # The loop of earlier calls, known to be asyncio's: sniffio is asked once, not per call.
        loop = asyncio._get_running_loop()
        on_asyncio = loop is not None and loop is lifecycle.loop
        if not on_asyncio and _on_asyncio():
            lifecycle.check_loop()
            on_asyncio = True
        try:
            if timeouts.total is None:
                return await self._send(request, options, timeouts, None, stats)
            deadline = time.monotonic() + timeouts.total
            expiry = lifecycle.expiry
            task = asyncio.current_task() if on_asyncio else None
            if expiry is not None and task is not None:
                # The same deadline without an anyio cancel scope's or asyncio.timeout's cost.
                armed = expiry.arm(task, timeouts.total)
                try:
                    response = await self._send(request, options, timeouts, deadline, stats)
                except asyncio.CancelledError:
                    if expiry.disarm(armed):
                        raise TimeoutError from None
                    raise
                except BaseException:
                    expiry.disarm(armed)
                    raise
                expiry.disarm(armed)
                return response
            if on_asyncio:
                async with asyncio.timeout(timeouts.total):
                    return await self._send(request, options, timeouts, deadline, stats)
            with anyio.fail_after(timeouts.total):
                return await self._send(request, options, timeouts, deadline, stats)
        except TimeoutError:
            raise APITimeoutError(
                f"call exceeded its overall timeout of {timeouts.total}s",
                method=request.method,
                url=request.url,
            ) from None

    async def _send(
        self,
        request: WireRequest,
        options: RequestOptions,
        timeouts: Timeouts,
        deadline: float | None,
        stats: CallStats | None = None,
    ) -> WireResponse:
        op = self._operation(request)
        headers = request.headers
        for name, value in self.base_headers.items():
            headers.setdefault(name, value)
        for name, value in options.headers.items():
            check_header_name(name)
            headers[name] = value
        self._apply_tenant(request, op)
        # The client's own timeouts' dict is made once (transports only read it).
        request.extensions["timeout"] = (
            self._timeout_extension if timeouts is self.timeouts else timeouts.as_extension()
        )

        method = request.method
        max_retries = self.retry.max_retries if options.max_retries is None else options.max_retries
        may_retry = method in IDEMPOTENT_METHODS or options.retry_non_idempotent
        parser = request.extensions.get(PARSER_KEY)
        refreshed = False
        attempt = 0
        op_name = op.key if op else "-"
        budget_key = f"{self._tenant_key}|{op_name}"
        limiter, user_limit, user_key = self.limiter, self.rate_limit, self._user_key
        # Only the DEBUG lines show the URL: redact it only when they are on (a hot path).
        # Asked once per call: the two per-attempt lines below are skipped, not formatted, when off.
        debug = log.isEnabledFor(logging.DEBUG)
        url = redact_url(request.url) if debug else ""
        while True:
            used = await self.auth.apply(request, self.raw_send) if self.auth is not None else None
            # CR/LF or unencodable: refused before anything is sent
            check_headers(headers.items(), headers.values())
            slot = None
            if user_limit is not None or not limiter.free(budget_key):
                waited = limiter.waited
                slot = await limiter.acquire(budget_key, user_key, user_limit, deadline)
                if stats is not None:
                    stats.budget_wait += limiter.waited - waited
            started = time.perf_counter()
            sent_at = time.monotonic()  # the limiter's clock
            if debug:
                log.debug("request %s %s op=%s attempt=%d", method, url, op_name, attempt + 1)
            response: WireResponse | None = None
            failure: CommerceError | None = None
            try:
                # Inside the try: a closed client must still release its slot and end its probe.
                self._check_open(request)
                response = await self.transport.send(request)
            except httpx.TimeoutException as exc:
                failure = APITimeoutError(f"{type(exc).__name__}", method=method, url=request.url)
            except httpx.TransportError as exc:
                text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
                if _certificate_failure(exc):  # deterministic: the same certificate next time
                    raise TLSVerificationError(text, method=method, url=request.url) from None
                failure = APIConnectionError(text, method=method, url=request.url)
            finally:
                if slot is not None:
                    slot.release()
                limiter.observe(budget_key, response.headers if response is not None else None, sent_at)
            elapsed = (time.perf_counter() - started) * 1000
            if response is not None and failure is None:
                status = response.status_code
                if debug:
                    log.debug("response %s %s -> %d in %.1fms", method, url, status, elapsed)
                if status == 401 and not refreshed and self.auth is not None and self.auth.refreshable:
                    refreshed = True
                    if self.auth.invalidate(used):
                        log.debug("retry %s %s: 401, refreshing credentials once", method, url)
                        continue
                retryable = status in self.retry.statuses
                if not retryable and parser is not None and 200 <= status < 300:
                    try:
                        response.extensions[PARSED_KEY] = parser(response)
                    except DecodeError as exc:
                        if not exc.retryable:  # JSON that does not fit the spec: the same next time
                            raise
                        failure = exc
                    else:
                        return response
                elif not retryable:
                    return response
            else:
                log.debug("failure %s %s after %.1fms: %s", method, url, elapsed, failure)
            if not may_retry or attempt >= max_retries:
                if failure is not None:
                    raise failure
                assert response is not None
                return response
            delay = self._delay(attempt, response if failure is None else None)
            attempt += 1
            reason = f"status {response.status_code}" if failure is None and response else str(failure)
            log.debug("retry %s %s #%d/%d in %.2fs: %s", method, url, attempt, max_retries, delay, reason)
            if stats is not None:  # the status or the error's type only: no URL, no message
                cause = (
                    f"status {response.status_code}"
                    if failure is None and response
                    else type(failure).__name__
                )
                stats.retry(attempt, delay, cause)
            await self._sleep(delay)
