"""Fault injection: off by default, every kind observable, per route, repeatable."""

from __future__ import annotations

import time

import httpx
import pytest

from commerce_sdk.sandbox import Fault, Sandbox, SandboxConfig

from ._helpers import jtl_headers

ITEMS = "GET /erp/items"


def _items(sb: Sandbox, client: httpx.Client | None = None) -> httpx.Response:
    if client is not None:
        return client.get(f"{sb.urls.jtl_erp}/items", headers=jtl_headers(sb))
    return httpx.get(f"{sb.urls.jtl_erp}/items", headers=jtl_headers(sb))


def test_faults_are_off_by_default(sb: Sandbox) -> None:
    assert SandboxConfig().faults == ()
    with httpx.Client() as client:
        statuses = [_items(sb, client).status_code for _ in range(30)]
    assert statuses == [200] * 30
    assert sb.fault_counts == {}
    assert all(r.fault is None for r in sb.requests)


def test_latency_on_one_route_only(sb: Sandbox) -> None:
    sb.set_faults([Fault("latency", route=ITEMS, latency=0.4)])
    started = time.perf_counter()
    assert _items(sb).status_code == 200
    assert time.perf_counter() - started >= 0.4
    started = time.perf_counter()
    assert httpx.get(f"{sb.urls.jtl_erp}/items/1", headers=jtl_headers(sb)).status_code == 200
    assert time.perf_counter() - started < 0.3
    assert sb.fault_counts == {"latency": 1}
    assert sb.requests[0].fault == "latency:0.4s"


def test_error_statuses_in_turn_with_provider_body(sb: Sandbox) -> None:
    sb.set_faults([Fault("error", route="GET /erp/items*", statuses=(500, 502, 503))])
    responses = [_items(sb) for _ in range(4)]
    assert [r.status_code for r in responses] == [500, 502, 503, 500]
    assert responses[0].json()["ErrorCode"] == "injected_fault"
    assert sb.fault_counts["error"] == 4 and sb.fault_counts["error:500"] == 2


def test_rate_limit_with_retry_after(sb: Sandbox) -> None:
    sb.set_faults([Fault("rate_limit", retry_after=3)])
    response = _items(sb)
    assert response.status_code == 429
    assert response.headers["retry-after"] == "3"


def test_connection_drop(sb: Sandbox) -> None:
    sb.set_faults([Fault("drop", route=ITEMS)])
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        _items(sb)
    assert [r.status for r in sb.requests] == [0]
    sb.set_faults([])
    assert _items(sb).status_code == 200


def test_truncated_body_short_of_content_length(sb: Sandbox) -> None:
    sb.set_faults([Fault("truncate", route=ITEMS)])
    with pytest.raises(httpx.RemoteProtocolError, match=r"complete message body"):
        _items(sb)


def test_truncated_json(sb: Sandbox) -> None:
    sb.set_faults([Fault("truncate", route=ITEMS, truncate="json")])
    response = _items(sb)
    assert response.status_code == 200
    assert int(response.headers["content-length"]) == len(response.content)
    with pytest.raises(ValueError):
        response.json()


def test_html_error_page_with_200(sb: Sandbox) -> None:
    sb.set_faults([Fault("html")])
    response = _items(sb)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert b"Bad Gateway" in response.content


def test_rate_and_times_are_repeatable() -> None:
    fault = Fault("error", route=ITEMS, rate=0.5, statuses=(503,))

    def pattern(config: SandboxConfig) -> list[int]:
        with Sandbox(config) as sb, httpx.Client() as client:
            return [_items(sb, client).status_code for _ in range(40)]

    first = pattern(SandboxConfig(faults=(fault,)))
    assert first == pattern(SandboxConfig(faults=(fault,)))
    assert 5 < first.count(503) < 35
    assert first != pattern(SandboxConfig(faults=(fault,), fault_seed=99))
    limited = pattern(SandboxConfig(faults=(Fault("error", route=ITEMS, times=2, statuses=(500,)),)))
    assert limited[:3] == [500, 500, 200] and limited.count(500) == 2


def test_faults_change_at_runtime_and_counts_reset(sb: Sandbox) -> None:
    sb.set_faults([Fault("error", statuses=(502,)), Fault("latency", latency=0.05)])
    assert _items(sb).status_code == 502
    assert sb.fault_counts == {"error": 1, "error:502": 1, "latency": 1}
    sb.set_faults([])
    assert _items(sb).status_code == 200
    sb.reset_log()
    assert sb.fault_counts == {} and sb.requests == []


def test_fault_rules_are_checked() -> None:
    with pytest.raises(ValueError):
        Fault("explode")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Fault("error", rate=2)
    with pytest.raises(ValueError):
        Fault("error", statuses=())
    assert Fault("error", statuses=[500, 503]).statuses == (500, 503)  # type: ignore[arg-type]
