"""Contract tests: coverage lines are repeated in pytest's summary (visible even with -q)."""

from __future__ import annotations

from typing import Any

_LINES: list[str] = []


def report(line: str) -> None:
    """Show `line` in the terminal summary of this run."""
    _LINES.append(line)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for line in _LINES:
        terminalreporter.write_line(line)
