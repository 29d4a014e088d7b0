"""Fault injection: which requests get which failure, repeatably.

Each rule has its own generator seeded from the fault seed and its position, and draws
only for requests it matches, so a test sees the same pattern on every run as long as
it sends the same requests in the same order.  Rules can be swapped at runtime; the
counters say what was injected.
"""

from __future__ import annotations

import fnmatch
import random
import threading
from collections import Counter
from dataclasses import dataclass, field

from .config import Fault

TERMINAL = ("error", "rate_limit", "drop", "html")


@dataclass
class Decision:
    """What to do with one request: wait, then maybe replace or damage the answer."""

    delay: float = 0.0
    terminal: Fault | None = None
    status: int | None = None  # for "error"
    truncate: Fault | None = None
    labels: list[str] = field(default_factory=list)

    @property
    def label(self) -> str | None:
        return ",".join(self.labels) or None


@dataclass
class _Rule:
    fault: Fault
    rng: random.Random
    method: str | None
    pattern: str | None
    injected: int = 0
    next_status: int = 0


def _split_route(route: str | None) -> tuple[str | None, str | None]:
    if route is None or route.strip() in ("", "*"):
        return None, None
    head, _, tail = route.strip().partition(" ")
    if tail and (head.isalpha() or head == "*"):
        return (None if head == "*" else head.upper()), tail.strip()
    return None, route.strip()


class FaultInjector:
    """Holds the active rules and the counts; safe to change from another thread."""

    def __init__(self, faults: tuple[Fault, ...] | list[Fault], seed: int) -> None:
        self._seed = seed
        self._lock = threading.Lock()
        self._rules: list[_Rule] = []
        self.counts: Counter[str] = Counter()
        self.set(faults)

    def set(self, faults: tuple[Fault, ...] | list[Fault]) -> None:
        rules = []
        for i, fault in enumerate(faults):
            if not isinstance(fault, Fault):
                raise TypeError(f"expected Fault, got {type(fault).__name__}")
            method, pattern = _split_route(fault.route)
            rules.append(_Rule(fault, random.Random(f"{self._seed}:fault:{i}"), method, pattern))
        with self._lock:
            self._rules = rules

    @property
    def active(self) -> bool:
        return bool(self._rules)

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            return dict(self.counts)

    def reset_counts(self) -> None:
        with self._lock:
            self.counts.clear()

    def decide(self, method: str, path: str, template: str | None) -> Decision:
        decision = Decision()
        if not self._rules:
            return decision
        with self._lock:
            for rule in self._rules:
                fault = rule.fault
                if not self._matches(rule, method, path, template):
                    continue
                if fault.times is not None and rule.injected >= fault.times:
                    continue
                if fault.kind in TERMINAL and decision.terminal is not None:
                    continue
                if fault.kind == "truncate" and decision.truncate is not None:
                    continue
                if fault.rate < 1.0 and rule.rng.random() >= fault.rate:
                    continue
                rule.injected += 1
                self.counts[fault.kind] += 1
                if fault.kind == "latency":
                    decision.delay += fault.latency
                    decision.labels.append(f"latency:{fault.latency:g}s")
                elif fault.kind == "truncate":
                    decision.truncate = fault
                    decision.labels.append(f"truncate:{fault.truncate}")
                else:
                    decision.terminal = fault
                    if fault.kind == "error":
                        decision.status = fault.statuses[rule.next_status % len(fault.statuses)]
                        rule.next_status += 1
                        self.counts[f"error:{decision.status}"] += 1
                        decision.labels.append(f"error:{decision.status}")
                    else:
                        decision.labels.append(fault.kind)
        return decision

    @staticmethod
    def _matches(rule: _Rule, method: str, path: str, template: str | None) -> bool:
        if rule.method is not None and rule.method != method.upper():
            return False
        if rule.pattern is None:
            return True
        if template is not None and (template == rule.pattern or fnmatch.fnmatchcase(template, rule.pattern)):
            return True
        return fnmatch.fnmatchcase(path, rule.pattern)
