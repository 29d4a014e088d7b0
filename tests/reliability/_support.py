"""Shared helpers for the reliability suite: figures, open sockets, log capture.

Every test reports what it measured through `figure(...)`: the line is printed at once
(visible with `-s`) and kept for the session summary that `conftest.py` writes at the
end of every run, so `pytest -q tests/reliability` shows the figures too.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

FIGURES: list[tuple[str, str, str]] = []  # (test, name, value)
_LOCK = threading.Lock()


def figure(test: str, name: str, value: object) -> None:
    """Record one measured figure (also printed right away)."""
    text = f"{value:.3f}" if isinstance(value, float) else str(value)
    with _LOCK:
        FIGURES.append((test, name, text))
    print(f"[reliability] {test}: {name} = {text}")


# --------------------------------------------------------------------------- sockets


def _socket_inodes() -> dict[int, int]:
    """inode -> fd for every socket this process holds open."""
    out: dict[int, int] = {}
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # closed while we looked
            continue
        if target.startswith("socket:["):
            out[int(target[8:-1])] = int(fd)
    return out


def client_sockets(server_port: int) -> int:
    """Open TCP sockets of this process whose *remote* end is 127.0.0.1:server_port.

    The servers run in threads of this very process, so counting all fds would mix in
    the server's side of each connection; only the client side is counted here.
    """
    inodes = _socket_inodes()
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            parts = line.split()
            remote, state, inode = parts[2], parts[3], int(parts[9])
            if inode in inodes and int(remote.rsplit(":", 1)[1], 16) == server_port and state != "0A":
                count += 1
    return count


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


# --------------------------------------------------------------------------- logs


class Capture(logging.Handler):
    """Collects every record of every logger (installed on the root logger at DEBUG)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def lines(self) -> list[str]:
        """Each record formatted as a log file would show it (exception tracebacks included)."""
        return [self.format(record) for record in self.records]
