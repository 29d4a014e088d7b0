"""Pytest fixtures for testing code against the sandbox.

Add to a conftest.py:

    pytest_plugins = ["commerce_sdk.sandbox.pytest_plugin"]

then ask for `commerce_sandbox` (fresh state per test) or `commerce_sandbox_session`
(one server for the whole run; reset its log and faults yourself).  Settings come from
the `commerce_sandbox_config` fixture, which a test module may override.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .config import SandboxConfig
from .server import Sandbox


@pytest.fixture
def commerce_sandbox_config() -> SandboxConfig:
    """Override to change sizes, seed, lifetimes or faults for a module's tests."""
    return SandboxConfig()


@pytest.fixture
def commerce_sandbox(commerce_sandbox_config: SandboxConfig) -> Iterator[Sandbox]:
    """A running sandbox with fresh state for one test."""
    with Sandbox(commerce_sandbox_config) as sandbox:
        yield sandbox


@pytest.fixture(scope="session")
def commerce_sandbox_session() -> Iterator[Sandbox]:
    """One running sandbox for the whole session (state carries over between tests)."""
    with Sandbox(SandboxConfig()) as sandbox:
        yield sandbox
