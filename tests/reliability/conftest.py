"""Fixtures for the reliability suite, and the session summary of its figures."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from ._support import FIGURES, Capture

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
def all_logs() -> Iterator[Capture]:
    """DEBUG on the root logger and every logger the SDK or its transports use; all captured."""
    capture = Capture()
    root = logging.getLogger()
    names = ["commerce_sdk", "httpx", "httpcore", "aiohttp", "aiohttp.client", "asyncio", "hpack", "h11"]
    saved = [(root, root.level)] + [(logging.getLogger(n), logging.getLogger(n).level) for n in names]
    for logger, _ in saved:
        logger.setLevel(logging.DEBUG)
    root.addHandler(capture)
    try:
        yield capture
    finally:
        root.removeHandler(capture)
        for logger, level in saved:
            logger.setLevel(level)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not FIGURES:
        return
    terminalreporter.section("reliability figures")
    for test, name, value in FIGURES:
        terminalreporter.write_line(f"{test}: {name} = {value}")
