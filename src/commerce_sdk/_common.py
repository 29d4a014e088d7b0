"""Keyword options every provider client accepts."""

from __future__ import annotations

from types import ModuleType
from typing import TypedDict

import httpx

from ._network import Verify
from ._options import RetryPolicy, Timeouts
from ._ratelimit import RateLimit
from ._store import SharedStore
from ._tracing import Tracing
from ._transport import Transport


class ClientOptions(TypedDict, total=False):
    base_url: str
    headers: dict[str, str]
    timeout: Timeouts | float
    max_retries: int
    retry: RetryPolicy
    # "auto" | "httpx" | "aiohttp" | any httpx transport | an object with send(WireRequest)/aclose()
    transport: str | httpx.AsyncBaseTransport | Transport
    strict: bool  # True: a 2xx body that deviates from the spec is a DecodeError (default: tolerant)
    http_client: httpx.AsyncClient  # bring your own client (its pool, proxies and hooks are used)
    # An application's generated package for this provider (`commerce-sdk codegen update ...
    # --package NAME`): its manifest, operations and Client are used instead of the shipped one.
    client_package: str | ModuleType
    # Where worker processes share tokens and rate budgets (`RedisStore`); default: in-process.
    store: SharedStore
    # OpenTelemetry spans per call (default: on when a tracer provider is set; False: off).
    tracing: Tracing | bool
    proxy: str  # every request through this proxy; default: HTTP(S)_PROXY/ALL_PROXY/NO_PROXY
    verify: Verify  # True (default CAs, SSL_CERT_FILE/DIR), False, a CA file/dir path, an ssl.SSLContext
    trust_env: bool  # read proxies and CA locations from the environment (default True)
    limits: httpx.Limits  # connection pool: max_connections (also the concurrency cap), keep-alive
    max_response_size: int  # bytes of a decoded response body (default 64 MiB)
    rate_limit: RateLimit  # the caller's own limit, per scope or per client
