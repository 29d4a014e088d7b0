"""Rate limits as a policy: the budget a server announces, and the limits a caller sets.

Why: fired all at once, a burst of calls against a per-tenant budget becomes a storm of 429s
and retries (issue 12: 200 calls, 1,043 429s).  The server's budget is learnt per
(tenant, operation) from JTL's `X-RateLimit-*` headers and calls are spaced so a steady load
stays inside it.  Until the first answer for a key says what the budget is, only one call
goes out for that key (the probe; the others wait for its answer, at most `PROBE_WAIT`); a
key whose answers carry no such headers is free from then on, and once a client's server has
answered without them, new keys are not probed at all.

The budget state sits behind `BudgetStore` (get/update per key) so that a shared store
(e.g. Redis, several processes on one budget) can replace the in-memory one.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, Protocol

import anyio

from ._exceptions import APITimeoutError, ConfigurationError
from ._store import StoreGuard, store_key

LIMIT_HEADER = "X-RateLimit-Limit"
REMAINING_HEADER = "X-RateLimit-Remaining"
INTERVAL_HEADER = "X-RateLimit-Interval-Length-Seconds"

# Calls are spaced a little wider than limit/interval: the server counts arrivals, and
# arrivals jitter.  5% keeps a steady load clear of the edge (tests/reliability figure).
MARGIN = 1.05
# How long a key's other calls wait for its probe's answer before going out unpaced: a
# server that is slow to answer must not serialise a burst for longer than this.
PROBE_WAIT = 1.0


@dataclass(frozen=True, slots=True)
class Budget:
    """What is known about one key's budget.  `limit=None`: the server announces none."""

    limit: int | None
    interval: float
    remaining: int | None
    next_slot: float  # clock time the next request of this key may start


class BudgetStore(Protocol):
    """Where budgets live; the limiter reads and writes one key at a time."""

    def get(self, key: str) -> Budget | None: ...

    def update(self, key: str, budget: Budget) -> None: ...


class MemoryBudgetStore:
    """One process's budgets, at most `max_keys` of them (oldest written dropped first):
    a client serving many tenants must not grow without bound."""

    def __init__(self, max_keys: int = 10_000) -> None:
        self.max_keys = max_keys
        self._budgets: dict[str, Budget] = {}

    def __len__(self) -> int:
        return len(self._budgets)

    def get(self, key: str) -> Budget | None:
        return self._budgets.get(key)

    def update(self, key: str, budget: Budget) -> None:
        budgets = self._budgets
        budgets.pop(key, None)
        budgets[key] = budget
        if len(budgets) > self.max_keys:
            del budgets[next(iter(budgets))]


@dataclass(frozen=True)
class RateLimit:
    """A limit the caller sets: at most `requests` per `interval` seconds and/or at most
    `max_concurrent` calls in flight, for each scope (`per="scope"`) or the whole client."""

    requests: int | None = None
    interval: float = 1.0
    max_concurrent: int | None = None
    per: Literal["scope", "client"] = "scope"

    def __post_init__(self) -> None:
        if self.requests is not None and (not isinstance(self.requests, int) or self.requests < 1):
            raise ConfigurationError(f"RateLimit.requests must be an int >= 1, got {self.requests!r}")
        if not isinstance(self.interval, int | float) or not self.interval > 0:
            raise ConfigurationError(f"RateLimit.interval must be > 0 seconds, got {self.interval!r}")
        if self.max_concurrent is not None and (
            not isinstance(self.max_concurrent, int) or self.max_concurrent < 1
        ):
            raise ConfigurationError(
                f"RateLimit.max_concurrent must be an int >= 1, got {self.max_concurrent!r}"
            )
        if self.per not in ("scope", "client"):
            raise ConfigurationError(f"RateLimit.per must be 'scope' or 'client', got {self.per!r}")


def spacing_jitter(limit: int, interval: float) -> float:
    """A fraction of one request's spacing: processes woken together do not retry in step."""
    return interval / limit * 0.25


def _number(headers: Mapping[str, str], name: str) -> float | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if number == number and number >= 0 else None  # NaN and negatives: ignored


def announced(headers: Mapping[str, str]) -> tuple[int, float, int | None] | None:
    """(limit, interval, remaining) from JTL's headers, or None when the answer announces none."""
    limit = _number(headers, LIMIT_HEADER)
    if limit is None or limit < 1:
        return None
    interval = _number(headers, INTERVAL_HEADER)
    remaining = _number(headers, REMAINING_HEADER)
    return int(limit), interval if interval else 1.0, None if remaining is None else int(remaining)


class _Bounded(dict[str, Any]):
    """A dict that forgets its oldest entry beyond `cap` (semaphores, probes)."""

    def __init__(self, cap: int) -> None:
        super().__init__()
        self.cap = cap

    def put(self, key: str, value: Any) -> None:
        self[key] = value
        if len(self) > self.cap:
            del self[next(iter(self))]


class RateLimiter:
    """Shared by a client and all its scopes.  `acquire` waits for budget; `observe` learns it."""

    def __init__(
        self,
        store: BudgetStore | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 10_000,
    ) -> None:
        self.store: BudgetStore = store if store is not None else MemoryBudgetStore(max_keys)
        self._clock = clock
        # key -> anyio.Event while the key's first call runs; never evicted (a waiter would hang),
        # bounded by the calls in flight since every probe ends in `observe`.
        self._probes: dict[str, anyio.Event] = {}
        self._semaphores: _Bounded = _Bounded(max_keys)
        # Whether this client's server announces budgets: None until its first answer.
        self.announcing: bool | None = None
        self.waited = 0.0  # seconds spent waiting for budget, all calls (metrics, tests)
        self._shared: StoreGuard | None = None  # a fleet's budgets (store=), else this process's
        self._namespace = ""

    def attach_store(self, guard: StoreGuard, namespace: str) -> None:
        """Count every request of a budget in the shared store too, so a fleet of processes
        stays inside the vendor's budget as a whole (`namespace`: the API's base URL)."""
        self._shared = guard
        self._namespace = namespace

    async def _fleet_wait(
        self, key: str, limit: int, interval: float, deadline: float | None, what: str
    ) -> None:
        """Wait until the fleet-wide window of `key` has room for one more request."""
        guard = self._shared
        assert guard is not None
        shared_key = store_key("rate", self._namespace, key)
        window = interval * MARGIN
        while True:
            wait = await guard.run(lambda: guard.store.window_hit(shared_key, limit, window), 0.0)
            if wait <= 0:
                return
            if deadline is not None and self._clock() + wait > deadline:
                raise APITimeoutError(
                    f"the {what} budget (shared by the fleet) allows the next request in {wait:.2f}s, "
                    "after this call's total timeout"
                )
            self.waited += wait
            await anyio.sleep(wait + random.uniform(0, spacing_jitter(limit, interval)))

    def free(self, key: str) -> bool:
        """The key is known to announce no budget (the hot path: no await, no wait)."""
        budget = self.store.get(key)
        return budget is not None and budget.limit is None

    def _reserve(self, key: str, budget: Budget, deadline: float | None, what: str) -> float:
        """Take this key's next slot; the seconds to wait for it."""
        assert budget.limit is not None
        now = self._clock()
        slot = max(now, budget.next_slot)
        if deadline is not None and slot > deadline:
            raise APITimeoutError(
                f"the {what} budget of {key.partition('|')[2] or key} allows the next request in "
                f"{slot - now:.2f}s, after this call's total timeout"
            )
        spacing = budget.interval / budget.limit * MARGIN
        self.store.update(key, Budget(budget.limit, budget.interval, budget.remaining, slot + spacing))
        return slot - now

    async def acquire(
        self,
        key: str,
        user_key: str,
        user: RateLimit | None,
        deadline: float | None,
    ) -> anyio.Semaphore | None:
        """Wait until `key` (server budget) and `user_key` (caller's limit) allow a request.

        Returns the semaphore to release after the request when `max_concurrent` is set.
        """
        semaphore: anyio.Semaphore | None = None
        wait = 0.0
        if user is not None:
            if user.requests is not None:
                ukey = "user|" + user_key
                budget = self.store.get(ukey) or Budget(user.requests, user.interval, None, 0.0)
                wait = self._reserve(ukey, budget, deadline, "client-side rate limit")
            if user.max_concurrent is not None:
                semaphore = self._semaphores.get(user_key)
                if semaphore is None:
                    semaphore = anyio.Semaphore(user.max_concurrent)
                    self._semaphores.put(user_key, semaphore)
        probing = False
        while True:
            known = self.store.get(key)
            if known is not None:
                if known.limit is not None:
                    wait = max(wait, self._reserve(key, known, deadline, "server's rate limit"))
                break
            if self.announcing is False:  # a server without budgets: nothing to find out
                break
            probe = self._probes.get(key)
            if probe is None:  # this call finds out what the budget is; the others wait for it
                self._probes[key] = anyio.Event()
                probing = True
                break
            with anyio.move_on_after(PROBE_WAIT) as waiting:
                await probe.wait()
            if waiting.cancelled_caught:  # the probe is slow to answer: go unpaced
                break
        try:
            if wait > 0:
                self.waited += wait
                await anyio.sleep(wait)
            if self._shared is not None:
                if user is not None and user.requests is not None:
                    await self._fleet_wait(
                        "user|" + user_key, user.requests, user.interval, deadline, "client-side rate limit"
                    )
                server = self.store.get(key)
                if server is not None and server.limit is not None:
                    await self._fleet_wait(
                        key, server.limit, server.interval, deadline, "server's rate limit"
                    )
            if semaphore is not None:
                await semaphore.acquire()
        except BaseException:  # cancelled (e.g. the total timeout) before sending: end the probe
            if probing:
                self._end_probe(key)
            raise
        return semaphore

    def _end_probe(self, key: str) -> None:
        probe = self._probes.pop(key, None)
        if probe is not None:
            probe.set()

    def observe(self, key: str, headers: Mapping[str, str] | None, sent_at: float = 0.0) -> None:
        """An answer (headers) or a failure (None) for `key` to a request sent at `sent_at`
        (clock time): learn the budget, end a probe."""
        if headers is not None:
            found = announced(headers)
            if self.announcing is not True:
                self.announcing = found is not None
            budget = self.store.get(key)
            if found is None and budget is not None and budget.limit is None and not self._probes:
                return  # the hot path: a free key, nothing announced, nobody waiting
            if found is None:
                if budget is None:
                    self.store.update(key, Budget(None, 0.0, None, 0.0))
            else:
                limit, interval, remaining = found
                if (
                    budget is None
                    or budget.limit != limit
                    or budget.interval != interval
                    or budget.remaining != remaining
                ):
                    if budget is not None and budget.limit:
                        next_slot = budget.next_slot
                    else:  # the probe's answer: the next request one spacing after the probe
                        next_slot = sent_at + interval / limit * MARGIN
                    self.store.update(key, Budget(limit, interval, remaining, next_slot))
        self._end_probe(key)

    def retry_delay(self, headers: Mapping[str, str], cap: float) -> float | None:
        """A 429 without Retry-After: the window the headers announce (its end is not sent,
        so the whole window), or None when they announce nothing."""
        found = announced(headers)
        if found is None:
            return None
        limit, interval, remaining = found
        if remaining is not None and remaining > 0:
            return min(interval / limit, cap)
        return min(interval, cap)
