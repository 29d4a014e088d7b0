"""OpenTelemetry spans, checked with opentelemetry-sdk's in-memory exporter over real HTTP.

One CLIENT span per call named after the operation, with method, path template, status,
retry count and budget wait; an event per retry; the tenant hashed unless opted in; no
secret in any attribute or event; trace context sent to the vendor only when asked.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from commerce_sdk_clients.chift.api.syncs import syncs_get_syncs
from commerce_sdk_clients.jtl_erp.api.item import get_item
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from commerce_sdk import NotFoundError, RetryPolicy, Tracing, _tracing

from .helpers import API_KEY, CHIFT_SECRET, ITEM, TENANT, chift_client, chift_token, jtl_client
from .server import LoopbackServer, Reply


@pytest.fixture
def spans() -> Iterator[tuple[TracerProvider, InMemorySpanExporter]]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    yield provider, exporter
    provider.shutdown()


def _texts(span: object) -> str:
    data = {
        "name": span.name,  # type: ignore[attr-defined]
        "attributes": dict(span.attributes or {}),  # type: ignore[attr-defined]
        "events": [(e.name, dict(e.attributes or {})) for e in span.events],  # type: ignore[attr-defined]
        "status": str(span.status.description),  # type: ignore[attr-defined]
    }
    return json.dumps(data, default=str)


async def test_one_span_per_call_with_retries_and_no_secrets(
    server: LoopbackServer, spans: tuple[TracerProvider, InMemorySpanExporter]
) -> None:
    provider, exporter = spans
    answers = iter([Reply(503), Reply(502), Reply(json=ITEM)])
    server.on("GET", "/erp/items/{itemId}", lambda r: next(answers))
    tracing = Tracing(tracer_provider=provider)
    async with jtl_client(
        server, tracing=tracing, retry=RetryPolicy(max_retries=3, backoff_base=0.01)
    ) as jtl:
        await jtl.tenant(TENANT).call(get_item, item_id=7)
    (span,) = exporter.get_finished_spans()
    assert span.name == "jtl_erp.item.get_item" and span.kind == SpanKind.CLIENT
    attrs = dict(span.attributes or {})
    assert attrs["http.request.method"] == "GET"
    assert attrs["url.template"] == "/items/{itemId}"  # the template, never the filled URL
    assert attrs["http.response.status_code"] == 200
    assert attrs["commerce.retries"] == 2 and attrs["commerce.provider"] == "jtl_erp"
    assert "commerce.budget_wait_s" in attrs
    assert [e.name for e in span.events] == ["retry", "retry"]
    assert [e.attributes["commerce.reason"] for e in span.events] == ["status 503", "status 502"]
    assert "commerce.tenant" not in attrs and len(str(attrs["commerce.tenant.hash"])) == 16
    text = _texts(span)
    for secret in (API_KEY, TENANT, "/items/7"):
        assert secret not in text
    (first, *_) = server.requests()
    assert "traceparent" not in {k.lower() for k in first.headers}  # propagation is off by default


async def test_errors_tenant_opt_in_and_propagation(
    server: LoopbackServer, spans: tuple[TracerProvider, InMemorySpanExporter]
) -> None:
    provider, exporter = spans
    server.on("GET", "/erp/items/{itemId}", Reply(404, json={"ErrorCode": "NotFound", "ErrorMessage": "no"}))
    tracing = Tracing(tracer_provider=provider, tenant="plain", propagate=True)
    async with jtl_client(server, tracing=tracing) as jtl:
        with pytest.raises(NotFoundError):
            await jtl.tenant(TENANT).call(get_item, item_id=1)
    (span,) = exporter.get_finished_spans()
    attrs = dict(span.attributes or {})
    assert span.status.status_code == StatusCode.ERROR
    assert attrs["http.response.status_code"] == 404 and attrs["error.type"] == "404"
    assert attrs["commerce.tenant"] == TENANT
    (request,) = server.requests()
    traceparent = request.headers.get("traceparent")
    assert traceparent is not None and format(span.context.trace_id, "032x") in traceparent


async def test_token_requests_and_chift_calls_carry_no_secret(
    server: LoopbackServer, spans: tuple[TracerProvider, InMemorySpanExporter]
) -> None:
    provider, exporter = spans
    chift_token(server)
    server.on("GET", "/chift/syncs", Reply(json=[]))
    async with chift_client(server, tracing=Tracing(tracer_provider=provider)) as chift:
        await chift.untenanted.call(syncs_get_syncs)
        token = chift.token_auth._token.value  # type: ignore[attr-defined]
    names = [s.name for s in exporter.get_finished_spans()]
    assert names == ["chift.syncs.syncs_get_syncs"]
    text = "".join(_texts(s) for s in exporter.get_finished_spans())
    assert CHIFT_SECRET not in text and token not in text


def test_no_tracer_provider_means_no_tracer() -> None:
    """Zero cost without a provider: the pipeline's plain path (no span, no stats)."""
    assert Tracing().tracer() is None


async def test_without_a_provider_a_call_reads_one_attribute_and_a_later_one_is_seen(
    server: LoopbackServer,
    spans: tuple[TracerProvider, InMemorySpanExporter],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The plain path asks tracer() once (to choose the gate), then never while no provider
    is set; a global provider set after that is picked up on the next call."""
    from opentelemetry import trace

    provider, exporter = spans
    monkeypatch.setattr(trace, "_TRACER_PROVIDER", None)  # this process may have one set
    monkeypatch.delenv("OTEL_PYTHON_TRACER_PROVIDER", raising=False)
    monkeypatch.setattr(_tracing, "_ENV_PROVIDER", None)
    asked: list[Tracing] = []
    real = Tracing.tracer

    def counting(self: Tracing) -> Any:
        asked.append(self)
        return real(self)

    monkeypatch.setattr(Tracing, "tracer", counting)
    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM))
    async with jtl_client(server) as jtl:
        shop = jtl.tenant(TENANT)
        for i in range(3):
            await shop.call(get_item, item_id=i)
        assert len(asked) == 1 and asked[0]._gate is trace  # the global provider decides
        assert exporter.get_finished_spans() == ()
        # What trace.set_tracer_provider() does (set-once: the public way is in a subprocess below)
        monkeypatch.setattr(trace, "_TRACER_PROVIDER", provider)
        await shop.call(get_item, item_id=9)
    assert [s.name for s in exporter.get_finished_spans()] == ["jtl_erp.item.get_item"]


def test_the_gate_without_opentelemetry_an_own_provider_or_one_in_the_environment(
    spans: tuple[TracerProvider, InMemorySpanExporter], monkeypatch: pytest.MonkeyPatch
) -> None:
    from opentelemetry import trace

    provider, _ = spans
    own = Tracing(tracer_provider=provider)
    assert own.tracer() is not None and own._gate._TRACER_PROVIDER is not None  # asked every call
    proxy = Tracing(tracer_provider=trace.get_tracer_provider())
    proxy.tracer()
    assert proxy._gate is trace  # a proxy follows the global provider, as the default does
    monkeypatch.setattr(_tracing, "_ENV_PROVIDER", True)  # OTEL_PYTHON_TRACER_PROVIDER is set
    named = Tracing()
    named.tracer()
    assert named._gate is not trace and named._gate._TRACER_PROVIDER is not None
    monkeypatch.setattr(_tracing, "_trace_module", None)  # OpenTelemetry not installed
    absent = Tracing()
    assert absent.tracer() is None and absent._gate._TRACER_PROVIDER is None


async def test_tracing_false_and_bad_values(server: LoopbackServer) -> None:
    from commerce_sdk import ConfigurationError

    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM))
    async with jtl_client(server, tracing=False) as jtl:
        assert jtl.pipeline.tracing is None
        await jtl.tenant(TENANT).call(get_item, item_id=1)
    with pytest.raises(ConfigurationError, match="tracing must be"):
        jtl_client(server, tracing="yes")


GLOBAL_PROVIDER = """
import asyncio, sys
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from commerce_sdk_clients.jtl_erp.api.item import get_item
from commerce_sdk import JtlErp, Tracing

def client(**options):
    return JtlErp(api_key="5e1f0c2a-7d41-4b8e-9c3f-a11b2c3d4e5f", app_id="a", app_version="1",
                  base_url=sys.argv[1], max_retries=0, **options)

async def main():
    # the default, and a proxy of the global provider taken before one is set
    proxy = Tracing(tracer_provider=trace.get_tracer_provider())
    async with client() as jtl, client(tracing=proxy) as proxied:
        for c in (jtl, proxied):
            await c.tenant(sys.argv[2]).call(get_item, item_id=1)   # no provider yet: no span
        exporter = InMemorySpanExporter()
        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(exporter))
        trace.set_tracer_provider(provider)   # set later, globally: the same clients pick it up
        for c in (jtl, proxied):
            await c.tenant(sys.argv[2]).call(get_item, item_id=2)
    print([s.name for s in exporter.get_finished_spans()])

asyncio.run(main())
"""


def test_a_global_provider_set_later_is_picked_up(server: LoopbackServer) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(root / "src"), str(root / "generated")]))
    run = subprocess.run(
        [sys.executable, "-c", GLOBAL_PROVIDER, f"{server.url}/erp", TENANT],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip().splitlines()[-1] == "['jtl_erp.item.get_item', 'jtl_erp.item.get_item']"
