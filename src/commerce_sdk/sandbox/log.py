"""What the sandbox received, kept so tests can assert on the server side.

The log is bounded (oldest entries drop out) and read through snapshots, so a test
thread never sees it change under its feet while the server thread appends.
"""

from __future__ import annotations

import threading
from collections import Counter, deque
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """One request and the status it got (0 when the connection was dropped)."""

    time: float
    method: str
    path: str
    query: str
    headers: dict[str, str]  # lower-case names; repeated headers joined with ", "
    body_size: int
    status: int
    provider: str | None
    route: str | None  # "GET /erp/items/{itemId}"; None when no operation matched
    operation_id: str | None
    tenant: str | None
    fault: str | None
    duration: float  # seconds spent in the sandbox

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


class RequestLog:
    def __init__(self, limit: int) -> None:
        self._lock = threading.Lock()
        self._records: deque[RequestRecord] = deque(maxlen=max(1, limit))
        self._routes: Counter[str] = Counter()

    def add(self, record: RequestRecord) -> None:
        with self._lock:
            self._records.append(record)
            self._routes[record.route or f"{record.method} {record.path} (unrouted)"] += 1

    def records(self) -> list[RequestRecord]:
        with self._lock:
            return list(self._records)

    def route_counts(self) -> dict[str, int]:
        with self._lock:
            return dict(self._routes)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()
            self._routes.clear()
