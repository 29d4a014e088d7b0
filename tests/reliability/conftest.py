"""Fixtures for the reliability suite, and the session summary of its figures."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

# The same autouse fixture as the facade suite's: no credentials from the developer's shell.
from facade.conftest import _clean_env, server  # noqa: F401

from ._support import FIGURES, Capture


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
