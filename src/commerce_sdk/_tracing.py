"""OpenTelemetry tracing: one CLIENT span per call (extra `commerce-sdk[otel]`, the API only).

Why: a slow sync across three vendors must be followable in the tracing stack the user
already runs.  The span is named after the operation (`jtl_erp.item.get_item`) and carries
the HTTP method, the path *template* (never the filled URL), the status code, the retry
count and the time spent waiting for rate budget; an event per retry.  The tenant is a
hash unless the user opts in to the plain id.  No header, body, query or credential is
ever an attribute.  W3C trace context goes to the vendor only when `propagate=True`.

Zero cost when OpenTelemetry is not installed or no tracer provider is set: the pipeline
reads one attribute per call (`Tracing._gate`) and takes its plain path; only when a provider
may be set does it ask `Tracing.tracer()`, and takes the plain path on None.
"""

from __future__ import annotations

import hashlib
import importlib.util
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

from ._version import __version__

SCOPE_NAME = "commerce_sdk"
_MISSING = object()
_trace_module: Any = _MISSING


def _trace() -> Any:
    """`opentelemetry.trace`, imported on first use; None when the API is not installed."""
    global _trace_module
    if _trace_module is _MISSING:
        try:
            found = importlib.util.find_spec("opentelemetry.trace") is not None
        except (ImportError, ValueError):
            found = False
        if found:
            from opentelemetry import trace

            _trace_module = trace
        else:
            _trace_module = None
    return _trace_module


_ENV_PROVIDER: bool | None = None


def _provider_in_environment() -> bool:
    """OTEL_PYTHON_TRACER_PROVIDER names a provider (auto-instrumentation); read once."""
    global _ENV_PROVIDER
    if _ENV_PROVIDER is None:
        import os

        _ENV_PROVIDER = bool(os.environ.get("OTEL_PYTHON_TRACER_PROVIDER"))
    return _ENV_PROVIDER


class _Gate:
    """Stands in for `opentelemetry.trace` in the pipeline's per-call check (`Tracing._gate`)."""

    __slots__ = ("_TRACER_PROVIDER",)

    def __init__(self, provider: object) -> None:
        self._TRACER_PROVIDER = provider


_UNRESOLVED = _Gate(True)  # not asked yet: the first call goes through tracer()
_ASK = _Gate(True)  # an explicit provider, one named in the environment, another API: tracer()
_ABSENT = _Gate(None)  # OpenTelemetry not installed: never a span


@dataclass(frozen=True)
class Tracing:
    """How calls are traced.  `tenant`: "hash" (default), "plain" (opt-in) or "off";
    `propagate`: send W3C `traceparent` to the vendor; `tracer_provider`: else the global one."""

    tenant: Literal["hash", "plain", "off"] = "hash"
    propagate: bool = False
    tracer_provider: Any = None
    # The pipeline's whole per-call cost without a provider: `_gate._TRACER_PROVIDER is None`
    # means no span, without calling tracer().  When only the global provider decides, the
    # gate is `opentelemetry.trace` itself, so a provider set later is seen on the next call.
    _gate: Any = field(default=_UNRESOLVED, init=False, repr=False, compare=False)
    # (provider, its tracer or None): the answer for the provider seen last is kept (a
    # provider set later is a different object and is picked up).
    _seen: tuple[Any, Any] = field(default=(None, None), init=False, repr=False, compare=False)

    def _resolve(self) -> Any:
        """Choose the gate once (on the first call: OpenTelemetry is imported lazily)."""
        trace = _trace()
        provider = self.tracer_provider
        if trace is None:
            gate: Any = _ABSENT
        elif provider is not None and not isinstance(provider, trace.ProxyTracerProvider):
            gate = _ASK  # the user's own provider: asked on every call
        elif _provider_in_environment() or not hasattr(trace, "_TRACER_PROVIDER"):
            gate = _ASK  # loaded by get_tracer_provider() / an API without the private global
        else:
            gate = trace  # a proxy follows the global provider, as the default does
        object.__setattr__(self, "_gate", gate)
        return trace

    def tracer(self) -> Any:
        """This call's tracer, or None (no provider set, or OpenTelemetry not installed)."""
        trace = self._resolve() if self._gate is _UNRESOLVED else _trace_module
        if trace is None:
            return None
        provider = self.tracer_provider
        if provider is None or isinstance(provider, trace.ProxyTracerProvider):  # the global one
            provider = trace.get_tracer_provider()
        seen = self._seen
        if provider is seen[0]:
            return seen[1]
        tracer = None
        if not isinstance(provider, trace.ProxyTracerProvider | trace.NoOpTracerProvider):
            tracer = provider.get_tracer(SCOPE_NAME, __version__)  # else nobody set a provider
        object.__setattr__(self, "_seen", (provider, tracer))
        return tracer


@dataclass
class CallStats:
    """What the pipeline reports about one traced call (only allocated when tracing)."""

    retries: int = 0
    budget_wait: float = 0.0
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def retry(self, attempt: int, delay: float, reason: str) -> None:
        self.retries = attempt
        self.events.append(("retry", {"commerce.attempt": attempt, "commerce.delay_s": round(delay, 3),
                                      "commerce.reason": reason}))  # fmt: skip


def tenant_attribute(mode: str, tenant: str | None) -> dict[str, str]:
    if tenant is None or mode == "off":
        return {}
    if mode == "plain":
        return {"commerce.tenant": tenant}
    return {"commerce.tenant.hash": hashlib.sha256(tenant.encode()).hexdigest()[:16]}


@contextmanager
def call_span(
    tracer: Any, config: Tracing, *, provider: str, op_key: str | None, method: str, template: str | None,
    tenant: str | None, headers: Any,
) -> Iterator[CallStats]:  # fmt: skip
    """The span of one call; the body runs inside it (retries, budget waits and all)."""
    trace = _trace()
    name = f"{provider}.{op_key}" if op_key else f"{provider}.{method.lower()}"
    attributes: dict[str, Any] = {
        "http.request.method": method,
        "commerce.provider": provider,
        **tenant_attribute(config.tenant, tenant),
    }
    if op_key:
        attributes["commerce.operation"] = op_key
    if template:
        attributes["url.template"] = template
    stats = CallStats()
    started = time.monotonic()
    with tracer.start_as_current_span(
        name,
        kind=trace.SpanKind.CLIENT,
        attributes=attributes,
        record_exception=False,
        set_status_on_exception=False,
    ) as span:
        if config.propagate:
            from opentelemetry.propagate import inject

            carrier: dict[str, str] = {}
            inject(carrier)
            for key, value in carrier.items():
                headers[key] = value
        try:
            yield stats
        except BaseException as exc:
            span.set_attribute("error.type", type(exc).__name__)
            status = getattr(exc, "status_code", None)
            if isinstance(status, int):
                span.set_attribute("http.response.status_code", status)
            span.set_status(trace.Status(trace.StatusCode.ERROR, type(exc).__name__))
            raise
        finally:
            for event, data in stats.events:
                span.add_event(event, data)
            span.set_attribute("commerce.retries", stats.retries)
            span.set_attribute("commerce.budget_wait_s", round(stats.budget_wait, 6))
            span.set_attribute("commerce.duration_s", round(time.monotonic() - started, 6))


def record_status(stats: CallStats | None, span_status: int) -> None:
    """Set the status code on the current span (the pipeline calls it with the final answer)."""
    if stats is None:
        return
    trace = _trace()
    span = trace.get_current_span()
    span.set_attribute("http.response.status_code", span_status)
    if span_status >= 400:  # semantic conventions: the status code is the error type
        span.set_attribute("error.type", str(span_status))
        span.set_status(trace.Status(trace.StatusCode.ERROR, str(span_status)))
