"""The rate limiter on its own (a fake clock, no network): header parsing, slot spacing, the
store interface a shared store will implement.  The behaviour on the wire is in
tests/reliability/test_rate_limits.py."""

from __future__ import annotations

import pytest

from commerce_sdk import APITimeoutError, Budget
from commerce_sdk._ratelimit import MARGIN, MemoryBudgetStore, RateLimiter, announced

JTL = {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "3", "X-RateLimit-Interval-Length-Seconds": "2"}


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class RecordingStore:
    """Any object with get/update plugs in (what a Redis store will be)."""

    def __init__(self) -> None:
        self.data: dict[str, Budget] = {}
        self.calls: list[tuple[str, str]] = []

    def get(self, key: str) -> Budget | None:
        self.calls.append(("get", key))
        return self.data.get(key)

    def update(self, key: str, budget: Budget) -> None:
        self.calls.append(("update", key))
        self.data[key] = budget


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (JTL, (10, 2.0, 3)),
        ({"X-RateLimit-Limit": "5"}, (5, 1.0, None)),
        ({"x-ratelimit-limit": "nan"}, None),
        ({"X-RateLimit-Limit": "-1"}, None),
        ({"X-RateLimit-Limit": "abc"}, None),
        ({}, None),
    ],
)
def test_announced_budget(headers: dict[str, str], expected: object) -> None:
    assert announced(headers) == expected


async def test_slots_are_spaced_by_the_budget_and_the_store_is_pluggable() -> None:
    clock, store = Clock(), RecordingStore()
    limiter = RateLimiter(store, clock=clock)
    await limiter.acquire("t|op", "t", None, None)  # the probe: goes at once
    limiter.observe("t|op", JTL, sent_at=clock.now)
    spacing = 2.0 / 10 * MARGIN
    assert store.data["t|op"].next_slot == pytest.approx(clock.now + spacing)
    # Three more calls reserve consecutive slots (the fake clock does not move, so waits add up).
    waits = [limiter._reserve("t|op", store.data["t|op"], None, "x") for _ in range(3)]
    assert waits == pytest.approx([spacing, 2 * spacing, 3 * spacing])
    assert ("update", "t|op") in store.calls


def test_a_slot_beyond_the_deadline_fails_without_reserving() -> None:
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    limiter.store.update("k", Budget(1, 10.0, 0, clock.now + 5))
    with pytest.raises(APITimeoutError, match="after this call's total timeout"):
        limiter._reserve("k", limiter.store.get("k"), clock.now + 1, "server's rate limit")  # type: ignore[arg-type]
    assert limiter.store.get("k").next_slot == clock.now + 5  # type: ignore[union-attr]


def test_retry_delay_after_a_429() -> None:
    limiter = RateLimiter()
    zero = {**JTL, "X-RateLimit-Remaining": "0"}
    assert limiter.retry_delay(zero, cap=60) == 2.0  # the whole window
    assert limiter.retry_delay(JTL, cap=60) == pytest.approx(0.2)  # budget left: one spacing
    assert limiter.retry_delay({**zero, "X-RateLimit-Interval-Length-Seconds": "600"}, cap=60) == 60
    assert limiter.retry_delay({}, cap=60) is None


def test_the_memory_store_is_bounded() -> None:
    store = MemoryBudgetStore(max_keys=3)
    for i in range(10):
        store.update(f"k{i}", Budget(None, 0.0, None, 0.0))
    assert len(store) == 3 and store.get("k9") is not None and store.get("k0") is None


async def test_a_slow_probe_holds_the_others_back_only_briefly(monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio
    import time

    from commerce_sdk import _ratelimit

    monkeypatch.setattr(_ratelimit, "PROBE_WAIT", 0.05)
    limiter = RateLimiter()
    await limiter.acquire("k", "t", None, None)  # the probe, never answered here
    started = time.perf_counter()
    await asyncio.gather(*(limiter.acquire("k", "t", None, None) for _ in range(10)))
    assert 0.04 <= time.perf_counter() - started < 0.5


async def test_a_server_without_budgets_is_not_probed_again() -> None:
    limiter = RateLimiter()
    await limiter.acquire("a", "t", None, None)
    limiter.observe("a", {"Content-Type": "application/json"}, 0.0)
    assert limiter.announcing is False and limiter.free("a")
    await limiter.acquire("b", "t", None, None)  # a new key: no probe registered
    assert "b" not in limiter._probes
