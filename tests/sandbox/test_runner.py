"""The runner: works from asyncio, trio and sync code; seeds; request log; CLI; plugin."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import httpx
import trio

from commerce_sdk.sandbox import Fault, Sandbox, SandboxConfig

from ._helpers import chift_token, jtl_headers, packcloud_headers


async def test_async_context_manager_under_asyncio() -> None:
    async with Sandbox(SandboxConfig(items_per_tenant=50)) as sb, httpx.AsyncClient() as client:
        response = await client.get(f"{sb.urls.jtl_erp}/items/1", headers=jtl_headers(sb))
        assert response.status_code == 200
    assert not sb.running


def test_async_context_manager_under_trio() -> None:
    async def main() -> int:
        async with Sandbox(SandboxConfig(items_per_tenant=50)) as sb, httpx.AsyncClient() as client:
            response = await client.get(f"{sb.urls.jtl_erp}/items/1", headers=jtl_headers(sb))
            return response.status_code

    assert trio.run(main) == 200


def test_urls_and_credentials(sb: Sandbox) -> None:
    assert sb.base_url == f"http://127.0.0.1:{sb.port}"
    assert sb.urls.jtl_erp == sb.base_url + "/erp"
    assert sb.urls.chift == sb.base_url + "/chift"
    assert sb.urls.packcloud == sb.base_url + "/packcloud/v1"
    creds = sb.credentials
    assert len(creds.jtl_erp.tenants) == len(creds.chift.consumers) == len(creds.packcloud.organizations) == 3
    assert creds.jtl_erp.token_url == sb.base_url + "/jtl-auth/oauth2/token"


def test_same_seed_same_data_and_credentials() -> None:
    def snapshot(seed: int) -> tuple[object, ...]:
        with Sandbox(SandboxConfig(seed=seed)) as sb:
            items = httpx.get(
                f"{sb.urls.jtl_erp}/items",
                params={"pageNumber": 7, "pageSize": 20},
                headers=jtl_headers(sb, 1),
            ).json()
            org = sb.credentials.packcloud.organizations[2]
            integrations = httpx.get(
                f"{sb.urls.packcloud}/organizations/{org}/integrations", headers=packcloud_headers(sb)
            ).json()
            consumer = sb.credentials.chift.consumers[0]
            orders = httpx.get(
                f"{sb.urls.chift}/consumers/{consumer}/commerce/orders",
                params={"size": 5},
                headers={"Authorization": f"Bearer {chift_token(sb)}"},
            ).json()
            creds = dataclasses.replace(sb.credentials.jtl_erp, token_url=""), sb.credentials.chift
            return creds, sb.credentials.packcloud, items, integrations, orders

    first = snapshot(7)
    assert snapshot(7) == first
    other = snapshot(8)
    assert all(mine != theirs for mine, theirs in zip(first, other, strict=True))


def test_request_log_records_what_was_received(sb: Sandbox) -> None:
    creds = sb.credentials.jtl_erp
    for tenant in (0, 1, 0):
        httpx.get(f"{sb.urls.jtl_erp}/items/1", params={"x": "1"}, headers=jtl_headers(sb, tenant))
    httpx.post(f"{sb.urls.jtl_erp}/items", json={"Name": "n", "Categories": []}, headers=jtl_headers(sb, 2))
    log = sb.requests
    assert [r.header("tenant-id") for r in log] == [
        creds.tenants[0],
        creds.tenants[1],
        creds.tenants[0],
        creds.tenants[2],
    ]
    assert [r.tenant for r in log] == [creds.tenants[0], creds.tenants[1], creds.tenants[0], creds.tenants[2]]
    first = log[0]
    assert (first.method, first.path, first.query, first.status) == ("GET", "/erp/items/1", "x=1", 200)
    assert first.route == "GET /erp/items/{itemId}" and first.operation_id == "ItemHeader_GetItemAsync"
    assert first.provider == "jtl_erp" and first.body_size == 0 and first.duration > 0
    assert log[3].body_size > 0 and log[3].status == 201
    assert sb.route_counts == {"GET /erp/items/{itemId}": 3, "POST /erp/items": 1}
    sb.reset_log()
    assert sb.requests == [] and sb.route_counts == {}


def test_request_log_is_bounded() -> None:
    with Sandbox(SandboxConfig(log_limit=5, items_per_tenant=10)) as sb, httpx.Client() as client:
        for i in range(12):
            client.get(f"{sb.urls.jtl_erp}/items/{i % 10 + 1}", headers=jtl_headers(sb))
        assert len(sb.requests) == 5
        assert sb.requests[-1].path == "/erp/items/2"
        assert sb.route_counts == {"GET /erp/items/{itemId}": 12}


def test_two_sandboxes_side_by_side_and_bounded_shutdown() -> None:
    with Sandbox(SandboxConfig(items_per_tenant=5)) as one, Sandbox(SandboxConfig(items_per_tenant=5)) as two:
        assert one.port != two.port
        client = httpx.Client()  # keeps a keep-alive connection open during shutdown
        assert client.get(f"{one.urls.jtl_erp}/items/1", headers=jtl_headers(one)).status_code == 200
        started = time.perf_counter()
        one.stop()
        assert time.perf_counter() - started < one.config.shutdown_timeout + 1.5
        assert not one.running and two.running
        client.close()


def test_page_of_100_items_is_fast(sb: Sandbox) -> None:
    """Measured with response validation on; printed for the report (-s)."""
    timings = []
    with httpx.Client(base_url=sb.urls.jtl_erp, headers=jtl_headers(sb)) as client:
        for page in (1, 2, 3, 1, 2, 3, 4):
            started = time.perf_counter()
            response = client.get("/items", params={"pageNumber": page, "pageSize": 100})
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200 and len(response.json()["Items"]) == 100
    warm = sorted(timings[3:])
    print(f"\npage of 100 JTL items: first {timings[0]:.1f} ms, warm median {warm[len(warm) // 2]:.1f} ms")
    assert warm[len(warm) // 2] < 60
    assert max(timings) < 500


def _run_cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "commerce_sdk.sandbox", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_cli_prints_credentials_and_serves() -> None:
    with _run_cli("--port", "0", "--seed", "11", "--items", "20", "--json") as proc:
        _check_json_cli(proc)


def _check_json_cli(proc: subprocess.Popen[str]) -> None:
    try:
        assert proc.stdout is not None
        lines = []
        while True:
            line = proc.stdout.readline()
            assert line, proc.stderr.read() if proc.stderr else "no output"
            lines.append(line)
            if line.startswith("}"):
                break
        info = json.loads("".join(lines))
        creds = info["credentials"]["jtl_erp"]
        headers = {
            "x-api-key": creds["api_key"],
            "x-appid": creds["app_id"],
            "x-appversion": creds["app_version"],
            "tenant-id": creds["tenants"][0],
        }
        response = httpx.get(f"{info['urls']['jtl_erp']}/items", headers=headers)
        assert response.json()["TotalItems"] == 20
        with Sandbox(SandboxConfig(seed=11)) as same_seed:
            assert same_seed.credentials.jtl_erp.api_key == creds["api_key"]
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(10) == 0


def test_cli_human_output() -> None:
    with _run_cli("--items", "5") as proc:
        _check_human_cli(proc)


def _check_human_cli(proc: subprocess.Popen[str]) -> None:
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("commerce-sdk sandbox on http://127.0.0.1:")
        assert "JTL-Wawi ERP" in proc.stdout.readline()
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(10) == 0


def test_pytest_plugin_for_users(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["commerce_sdk.sandbox.pytest_plugin"]\n')
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent(
            """
            import httpx, pytest
            from commerce_sdk.sandbox import SandboxConfig

            @pytest.fixture
            def commerce_sandbox_config():
                return SandboxConfig(items_per_tenant=12)

            def test_items(commerce_sandbox):
                creds = commerce_sandbox.credentials.jtl_erp
                headers = {"x-api-key": creds.api_key, "x-appid": creds.app_id,
                           "x-appversion": creds.app_version, "tenant-id": creds.tenants[0]}
                body = httpx.get(commerce_sandbox.urls.jtl_erp + "/items", headers=headers).json()
                assert body["TotalItems"] == 12

            def test_session(commerce_sandbox_session):
                assert commerce_sandbox_session.running
            """
        )
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def test_shutdown_is_quick_with_a_request_stuck_in_latency() -> None:
    sb = Sandbox(SandboxConfig(items_per_tenant=5, faults=(Fault("latency", latency=30),))).start()
    errors: list[BaseException] = []

    def call() -> None:
        try:
            httpx.get(f"{sb.urls.jtl_erp}/items/1", headers=jtl_headers(sb), timeout=60)
        except httpx.HTTPError as exc:
            errors.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    time.sleep(0.3)
    started = time.perf_counter()
    sb.stop()
    assert time.perf_counter() - started < 2
    caller.join(5)
    assert not caller.is_alive()
    assert errors and isinstance(errors[0], httpx.RemoteProtocolError)
