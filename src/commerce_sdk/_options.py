"""Per-client defaults and per-call overrides for timeouts and retries."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Timeouts:
    """connect/read/write/pool go to the transport; `total` bounds a whole call, retries included."""

    connect: float = 5.0
    read: float = 30.0
    write: float = 30.0
    pool: float = 10.0
    total: float | None = 120.0

    def as_extension(self) -> dict[str, float | None]:
        return {"connect": self.connect, "read": self.read, "write": self.write, "pool": self.pool}

    def as_httpx(self) -> httpx.Timeout:
        return httpx.Timeout(connect=self.connect, read=self.read, write=self.write, pool=self.pool)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter; honours Retry-After up to `retry_after_cap`."""

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    retry_after_cap: float = 60.0
    statuses: frozenset[int] = RETRY_STATUSES

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")


@dataclass(frozen=True)
class RequestOptions:
    """What one call may override.  None means "use the client's setting"."""

    timeout: Timeouts | float | None = None
    max_retries: int | None = None
    retry_non_idempotent: bool = False  # POST/PATCH are retried only when the caller says so
    headers: dict[str, str] = field(default_factory=dict)  # e.g. api-version, x-runas, X-SessionId
    strict: bool | None = None  # True: DecodeError for a 2xx body that deviates from the spec

    def merged_timeouts(self, default: Timeouts) -> Timeouts:
        if self.timeout is None:
            return default
        if isinstance(self.timeout, Timeouts):
            return self.timeout
        t = float(self.timeout)
        return replace(default, read=t, write=t, total=t)


OPTIONS_KEY = "commerce_sdk.options"
OPERATION_KEY = "commerce_sdk.operation"


def options_of(extensions: dict[str, Any]) -> RequestOptions | None:
    value = extensions.get(OPTIONS_KEY)
    return value if isinstance(value, RequestOptions) else None
