"""Fixtures for the sandbox tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from commerce_sdk.sandbox import Sandbox

# The plugin's fixtures, imported the way a user's conftest could (pytest_plugins is
# only allowed in the rootdir conftest, which this package does not own).
from commerce_sdk.sandbox.pytest_plugin import (  # noqa: F401
    commerce_sandbox,
    commerce_sandbox_config,
    commerce_sandbox_session,
)

from ._helpers import SMALL


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    """A fresh sandbox with default sizes."""
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def small() -> Iterator[Sandbox]:
    """A fresh sandbox with smaller seeded lists, for tests that page through everything."""
    with Sandbox(SMALL) as sandbox:
        yield sandbox
