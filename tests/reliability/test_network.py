"""Network settings (issue 12.4): proxies from the environment or `proxy=`, TLS trust via `verify=`
or SSL_CERT_FILE, on both built-in transports, against loopback servers the test starts."""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from commerce_sdk_clients.jtl_erp.api.item import get_item
from facade.helpers import ITEM, TENANT, jtl_client

from commerce_sdk import ConfigurationError, TLSVerificationError

from ._netservers import ForwardProxy, Origin
from ._support import figure

TRANSPORTS = ["aiohttp", "httpx"]


@pytest.fixture(autouse=True)
def _no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def origin() -> Iterator[Origin]:
    with Origin(ITEM) as server:
        yield server


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    with ForwardProxy() as server:
        yield server


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_origin(ca: trustme.CA) -> Iterator[Origin]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    with Origin(ITEM, tls=context) as server:
        yield server


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


async def _get(base: str, **options: object) -> str:
    async with jtl_client(None, base_url=base + "/erp", **options) as jtl:
        item = await jtl.tenant(TENANT).call(get_item, item_id=1)
    return str(item.sku)


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_http_proxy_from_the_environment(
    origin: Origin, proxy: ForwardProxy, transport: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    assert await _get(origin.url, transport=transport) == ITEM["SKU"]
    assert proxy.seen == [f"GET {origin.url}/erp/items/1 HTTP/1.1"]  # absolute-form: it went via the proxy
    assert len(origin.requests) == 1


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_no_proxy_is_honoured(
    origin: Origin, proxy: ForwardProxy, transport: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    assert await _get(origin.url, transport=transport) == ITEM["SKU"]
    assert proxy.seen == []
    assert len(origin.requests) == 1


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_trust_env_false_ignores_the_environment(
    origin: Origin, proxy: ForwardProxy, transport: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    assert await _get(origin.url, transport=transport, trust_env=False) == ITEM["SKU"]
    assert proxy.seen == []


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_explicit_proxy(origin: Origin, proxy: ForwardProxy, transport: str) -> None:
    assert await _get(origin.url, transport=transport, proxy=proxy.url) == ITEM["SKU"]
    assert proxy.seen == [f"GET {origin.url}/erp/items/1 HTTP/1.1"]


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_https_through_the_proxy_is_tunnelled(
    tls_origin: Origin, proxy: ForwardProxy, ca_file: str, transport: str
) -> None:
    assert await _get(tls_origin.url, transport=transport, proxy=proxy.url, verify=ca_file) == ITEM["SKU"]
    assert proxy.seen == [f"CONNECT 127.0.0.1:{tls_origin.port} HTTP/1.1"]


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_an_untrusted_certificate_fails_once_typed(tls_origin: Origin, transport: str) -> None:
    """A certificate failure is deterministic: one connection, a TLSVerificationError, no retry."""
    started = time.perf_counter()
    with pytest.raises(TLSVerificationError) as info:
        await _get(tls_origin.url, transport=transport, max_retries=3)
    figure("network", f"{transport}: untrusted certificate: connections tried", tls_origin.connections)
    assert tls_origin.connections == 1
    assert time.perf_counter() - started < 2
    assert "CERTIFICATE_VERIFY_FAILED" in str(info.value) or "certificate" in str(info.value).lower()


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("how", ["ca-file", "context", "SSL_CERT_FILE", "insecure"])
async def test_verify_settings(
    tls_origin: Origin,
    ca: trustme.CA,
    ca_file: str,
    transport: str,
    how: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    options: dict[str, object] = {"transport": transport}
    if how == "ca-file":
        options["verify"] = ca_file
    elif how == "context":
        context = ssl.create_default_context()
        ca.configure_trust(context)
        options["verify"] = context
    elif how == "SSL_CERT_FILE":
        monkeypatch.setenv("SSL_CERT_FILE", ca_file)
    else:
        options["verify"] = False
    assert await _get(tls_origin.url, **options) == ITEM["SKU"]


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"verify": 1}, "verify must be"),
        ({"verify": "/no/such/ca.pem"}, "no such CA file"),
        ({"proxy": "socks9://x"}, "proxy must be"),
        ({"max_response_size": 0}, "max_response_size"),
        ({"limits": 10}, "limits must be"),
    ],
)
def test_bad_network_settings_are_configuration_errors(options: dict[str, object], match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        jtl_client(None, base_url="http://127.0.0.1:9/erp", **options)
