"""Network settings every built-in transport honours: proxies, TLS trust, pool limits, body cap.

Why: like httpx and curl, proxies come from `HTTP_PROXY`/`HTTPS_PROXY`/`ALL_PROXY`/`NO_PROXY`
by default and CA files from `SSL_CERT_FILE`/`SSL_CERT_DIR`; a caller can pin `proxy=` and
`verify=` instead.  Both transports read the same `Network`, so switching transports changes
nothing about where requests go or whom they trust.
"""

from __future__ import annotations

import functools
import os
import ssl
import urllib.request
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._exceptions import ConfigurationError

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=30.0)
# The largest legitimate page: JTL/Chift list pages of 1,000 rich items stay well under it;
# a compression bomb does not get past it.
DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024

Verify = bool | str | ssl.SSLContext


@dataclass(frozen=True)
class Network:
    proxy: str | None = None  # explicit proxy URL for every request; None: from the environment
    verify: Verify = True  # True (system/certifi CAs, SSL_CERT_FILE/DIR), False, a CA file/dir, a context
    limits: httpx.Limits = field(default_factory=lambda: DEFAULT_LIMITS)
    trust_env: bool = True  # read proxies and CA locations from the environment
    max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE

    def __post_init__(self) -> None:
        proxy = self.proxy
        bad_proxy = not isinstance(proxy, str) or urlsplit(proxy).scheme not in ("http", "https")
        if proxy is not None and bad_proxy:
            raise ConfigurationError(f"proxy must be an http:// or https:// URL, got {proxy!r}")
        if not isinstance(self.verify, bool | str | ssl.SSLContext):
            raise ConfigurationError(
                f"verify must be True, False, a CA file or directory path, or an ssl.SSLContext; "
                f"got {type(self.verify).__name__}"
            )
        if isinstance(self.verify, str) and not os.path.exists(self.verify):
            raise ConfigurationError(f"verify={self.verify!r}: no such CA file or directory")
        if not isinstance(self.limits, httpx.Limits):
            raise ConfigurationError(f"limits must be an httpx.Limits, got {type(self.limits).__name__}")
        size = self.max_response_size
        if not isinstance(size, int) or isinstance(size, bool) or size < 1:
            raise ConfigurationError(f"max_response_size must be an int >= 1 (bytes), got {size!r}")

    @property
    def max_connections(self) -> int | None:
        return self.limits.max_connections

    def ssl_context(self) -> ssl.SSLContext:
        verify = self.verify
        if isinstance(verify, ssl.SSLContext):
            return verify
        if isinstance(verify, str):
            return _context(False, verify, None)
        if verify is False:
            return _context(True, None, None)
        env_file = os.environ.get("SSL_CERT_FILE") if self.trust_env else None
        env_dir = os.environ.get("SSL_CERT_DIR") if self.trust_env else None
        return _context(False, env_file or None, None if env_file else env_dir or None)

    def env_proxies(self) -> dict[str, str]:
        """scheme -> proxy URL from the environment (empty when `trust_env=False` or `proxy=` is set)."""
        if self.proxy is not None or not self.trust_env:
            return {}
        found = urllib.request.getproxies_environment()
        proxies = {scheme: found[scheme] for scheme in ("http", "https") if found.get(scheme)}
        if found.get("all"):
            for scheme in ("http", "https"):
                proxies.setdefault(scheme, found["all"])
        return proxies

    def proxy_for(self, url: str, env: dict[str, str]) -> str | None:
        """The proxy one request goes through: `proxy=`, else the environment's unless NO_PROXY says no."""
        if self.proxy is not None:
            return self.proxy
        if not env:
            return None
        parts = urlsplit(url)
        chosen = env.get(parts.scheme)
        if chosen is None:
            return None
        host = parts.hostname or ""
        bypass: Any = getattr(urllib.request, "proxy_bypass_environment")  # noqa: B009 - untyped in typeshed
        if bypass(host if parts.port is None else f"{host}:{parts.port}"):
            return None
        return chosen


@functools.lru_cache(maxsize=32)
def _context(insecure: bool, cafile: str | None, capath: str | None) -> ssl.SSLContext:
    """One context per trust setting, made once per process: loading a CA bundle costs ~50 ms,
    too much to pay for every client (an SSLContext may be shared)."""
    if insecure:
        return httpx.create_ssl_context(verify=False)
    if cafile is not None or capath is not None:
        if cafile is not None and os.path.isdir(cafile):
            cafile, capath = None, cafile
        try:
            return ssl.create_default_context(cafile=cafile, capath=capath)
        except (OSError, ssl.SSLError) as exc:
            where = cafile or capath
            raise ConfigurationError(f"cannot load CA certificates from {where!r}: {exc}") from None
    return httpx.create_ssl_context(verify=True, trust_env=False)  # certifi's bundle
