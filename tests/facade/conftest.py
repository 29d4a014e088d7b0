"""Fixtures for the facade tests: a fresh loopback server per test, no leftover env credentials."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import LoopbackServer

PROVIDER_ENV = (
    "JTL_API_KEY",
    "JTL_APP_ID",
    "JTL_APP_VERSION",
    "JTL_BASE_URL",
    "JTL_CLIENT_ID",
    "JTL_CLIENT_SECRET",
    "JTL_TOKEN_URL",
    "CHIFT_CLIENT_ID",
    "CHIFT_CLIENT_SECRET",
    "CHIFT_ACCOUNT_ID",
    "CHIFT_MARKETPLACE_ID",
    "CHIFT_BASE_URL",
    "PACKCLOUD_TOKEN",
    "PACKCLOUD_BASE_URL",
)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Credentials in the developer's shell must not leak into (or satisfy) a test."""
    for name in PROVIDER_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    """A real HTTP server on 127.0.0.1 in its own thread and event loop (works under asyncio and trio)."""
    with LoopbackServer() as srv:
        yield srv
    assert not srv.handler_errors, f"loopback route handlers raised: {srv.handler_errors!r}"
