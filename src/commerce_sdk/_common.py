"""Keyword options every provider client accepts."""

from __future__ import annotations

from typing import TypedDict

import httpx

from ._options import RetryPolicy, Timeouts
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
