"""Embedded sandbox of the JTL-Wawi, Chift and Pack.cloud APIs, for trying and testing the SDK.

    from commerce_sdk.sandbox import Sandbox, SandboxConfig, Fault

    async with Sandbox(SandboxConfig(seed=7)) as sb:   # or a plain `with`
        sb.urls.jtl_erp, sb.credentials.jtl_erp.api_key, sb.requests, ...

Every operation of every installed provider contract is served and checked against the
contract both ways; core resources keep state per tenant; faults are opt-in.  Needs the
`sandbox` extra (starlette, uvicorn, openapi-schema-validator).
"""

from __future__ import annotations

from .config import Fault, FaultKind, SandboxConfig
from .log import RequestRecord
from .providers.chift import ChiftCredentials
from .providers.jtl import JtlCredentials
from .providers.packcloud import PackcloudCredentials
from .server import Sandbox, SandboxCredentials, SandboxUrls

__all__ = [
    "ChiftCredentials",
    "Fault",
    "FaultKind",
    "JtlCredentials",
    "PackcloudCredentials",
    "RequestRecord",
    "Sandbox",
    "SandboxConfig",
    "SandboxCredentials",
    "SandboxUrls",
]
