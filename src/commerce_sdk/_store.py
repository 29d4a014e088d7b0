"""What worker processes share: a store interface, and the guard that keeps calls going without it.

A fleet of workers calling the same vendor accounts should fetch one token per expiry and
spend one rate budget, not one per process.  `store=` on a client names where that shared
state lives (`RedisStore`, or your own object with the same methods).  Without a store,
everything stays in the process, as before.

A store is a helper, never a dependency of a call: every operation runs under a short
timeout, and a store that fails or is slow is skipped (the process falls back to its own
state) with one WARNING per outage and an INFO line when it answers again.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar, runtime_checkable

import anyio

logger = logging.getLogger("commerce_sdk.store")
T = TypeVar("T")


@runtime_checkable
class SharedStore(Protocol):
    """The few atomic operations shared state needs (all keys are already namespaced and hashed)."""

    async def get(self, key: str) -> bytes | None: ...

    async def set(self, key: str, value: bytes, ttl: float) -> None: ...

    async def delete_if(self, key: str, value: bytes) -> bool:
        """Delete `key` only while it still holds `value` (compare-and-delete)."""
        ...

    async def acquire(self, key: str, owner: bytes, ttl: float) -> bool:
        """Take a lock (set if absent, with an expiry); False when someone else holds it."""
        ...

    async def window_hit(self, key: str, limit: int, window: float) -> float:
        """Count one request against `limit` per `window` seconds; 0 if it may go now, else
        the seconds until the window has room (the hit is then not counted)."""
        ...

    async def aclose(self) -> None: ...


def store_key(*parts: str) -> str:
    """A key that names no credential in clear: the parts are hashed."""
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:40]


class StoreGuard:
    """Runs store operations with a deadline; an outage degrades to in-process state.

    After a failure the store is left alone for `cool_down` seconds (so an outage adds no
    latency to every call), then tried again.
    """

    def __init__(self, store: SharedStore, *, op_timeout: float = 2.0, cool_down: float = 1.0) -> None:
        self.store = store
        self.op_timeout = op_timeout
        self.cool_down = cool_down
        self._down_since: float | None = None
        self._retry_at = 0.0
        self.outages = 0

    @property
    def available(self) -> bool:
        return self._down_since is None or time.monotonic() >= self._retry_at

    async def run(self, op: Callable[[], Awaitable[T]], fallback: T, *, timeout: float | None = None) -> T:
        if not self.available:
            return fallback
        try:
            with anyio.fail_after(self.op_timeout if timeout is None else timeout):
                result = await op()
        except Exception as exc:  # a store problem never fails the call
            self._failed(exc)
            return fallback
        if self._down_since is not None:
            down = time.monotonic() - self._down_since
            logger.info("shared store %s is back after %.1fs", type(self.store).__name__, down)
            self._down_since = None
        return result

    def _failed(self, exc: BaseException) -> None:
        now = time.monotonic()
        if self._down_since is None:
            self._down_since = now
            self.outages += 1
            reason = "timed out" if isinstance(exc, TimeoutError) else type(exc).__name__
            logger.warning(
                "shared store %s unavailable (%s); continuing with in-process state",
                type(self.store).__name__,
                reason,
            )
        self._retry_at = now + self.cool_down
