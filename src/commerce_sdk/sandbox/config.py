"""Sandbox settings and fault rules, as plain frozen dataclasses.

Everything has a default that gives a quiet, fault-free sandbox; the seed decides all
generated data and credentials, so two sandboxes with the same settings are identical.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

FaultKind = Literal["latency", "error", "rate_limit", "drop", "truncate", "html"]
FAULT_KINDS: tuple[str, ...] = ("latency", "error", "rate_limit", "drop", "truncate", "html")


@dataclass(frozen=True, slots=True)
class Fault:
    """One fault rule.

    kind:        latency | error | rate_limit | drop | truncate | html
    route:       None for every request, else "[METHOD ]PATTERN": PATTERN is a glob matched
                 against the route template ("/erp/items/{itemId}") and the concrete path
                 ("/erp/items/5"); METHOD may be "*" or left out.
    rate:        chance per matching request (decided by a generator seeded from the
                 sandbox seed, so a run is repeatable).
    latency:     seconds to wait (kind "latency").
    statuses:    statuses to pick from, in turn (kind "error").
    retry_after: value of the Retry-After header in seconds (kind "rate_limit").
    truncate:    "length" sends a Content-Length larger than the bytes sent, then closes;
                 "json" sends a complete response whose JSON is cut in half.
    times:       stop after injecting this many times (None: no limit).
    """

    kind: FaultKind
    route: str | None = None
    rate: float = 1.0
    latency: float = 0.0
    statuses: tuple[int, ...] = (500, 502, 503)
    retry_after: int = 1
    truncate: Literal["length", "json"] = "length"
    times: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "statuses", tuple(self.statuses))  # a list is fine too
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {', '.join(FAULT_KINDS)}")
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError(f"fault rate must be within 0..1, got {self.rate}")
        if self.kind == "error" and not self.statuses:
            raise ValueError("an error fault needs at least one status")
        if self.latency < 0 or self.retry_after < 0:
            raise ValueError("latency and retry_after must not be negative")
        if self.truncate not in ("length", "json"):
            raise ValueError("truncate must be 'length' or 'json'")


@dataclass(frozen=True, slots=True)
class SandboxConfig:
    """How the sandbox behaves; every field has a quiet default."""

    seed: int = 7
    host: str = "127.0.0.1"
    port: int = 0  # 0 picks a free port
    tenants: int = 3  # per provider: JTL tenants, Chift consumers, Pack.cloud organizations
    items_per_tenant: int = 2500  # JTL items
    jtl_orders_per_tenant: int = 400
    jtl_customers_per_tenant: int = 300
    jtl_warehouses_per_tenant: int = 4
    jtl_workers_per_tenant: int = 5
    chift_rows_per_list: int = 300  # rows in each Chift paged list, per consumer
    rows_per_collection: int = 3  # seeded records in every other collection, per tenant
    packcloud_integrations_per_org: int = 60
    chift_token_lifetime: float = 1800.0  # seconds
    jtl_token_lifetime: float = 3600.0  # seconds, for the optional OAuth2 endpoint
    registration_approve_after: int | None = 2  # polls answered "pending"; None: approve by hand
    validate_requests: bool = True
    validate_responses: bool = True
    faults: tuple[Fault, ...] = field(default_factory=tuple)
    fault_seed: int | None = None  # None: derived from `seed`
    log_limit: int = 100_000
    webhook_bad_signature: bool = False  # Chift webhook deliveries signed with the wrong key
    providers: tuple[str, ...] | None = None  # provider keys to serve; None: all installed
    # Serve an application's generated package for a provider instead of the shipped one,
    # e.g. {"chift": "acme_chift"} (made by `commerce-sdk codegen update ... --package`).
    packages: tuple[tuple[str, str], ...] = ()
    startup_timeout: float = 10.0
    shutdown_timeout: float = 5.0

    def __post_init__(self) -> None:
        if self.tenants < 1:
            raise ValueError("tenants must be at least 1")
        if min(self.items_per_tenant, self.chift_rows_per_list, self.packcloud_integrations_per_org) < 0:
            raise ValueError("data sizes must not be negative")
        if self.chift_token_lifetime <= 0 or self.jtl_token_lifetime <= 0:
            raise ValueError("token lifetimes must be positive")
        packages = self.packages.items() if isinstance(self.packages, dict) else self.packages
        object.__setattr__(self, "packages", tuple(sorted((str(k), str(v)) for k, v in packages)))
        # Accept a list for convenience; store a tuple so the config stays hashable.
        object.__setattr__(self, "faults", tuple(self.faults))
