"""commerce-sdk: one async SDK over JTL-Wawi ERP, Chift and Pack.cloud.

Names are imported on first use, so `import commerce_sdk` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "JtlErp": "._jtl",
    "register_app": "._jtl",
    "RegisteredApp": "._jtl",
    "Chift": "._chift",
    "ChiftScope": "._chift",
    "JtlErpScope": "._jtl",
    "PackCloudScope": "._packcloud",
    "PackCloud": "._packcloud",
    "Scope": "._base_client",
    "ApiResponse": "._base_client",
    "Page": "._pagination",
    "RequestOptions": "._options",
    "RetryPolicy": "._options",
    "Timeouts": "._options",
    "Secret": "._secrets",
    "CommerceError": "._exceptions",
    "ConfigurationError": "._exceptions",
    "TenantMismatchError": "._exceptions",
    "APIConnectionError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "AuthenticationError": "._exceptions",
    "TokenRequestError": "._exceptions",
    "RegistrationError": "._exceptions",
    "APIStatusError": "._exceptions",
    "BadRequestError": "._exceptions",
    "UnauthorizedError": "._exceptions",
    "PermissionDeniedError": "._exceptions",
    "NotFoundError": "._exceptions",
    "ConflictError": "._exceptions",
    "UnprocessableEntityError": "._exceptions",
    "RateLimitError": "._exceptions",
    "ServerError": "._exceptions",
    "DecodeError": "._exceptions",
    "WebhookSignatureError": "._exceptions",
    "TLSVerificationError": "._exceptions",
    "ResponseTooLargeError": "._exceptions",
    "RedirectError": "._exceptions",
    "PaginationError": "._exceptions",
    "RateLimit": "._ratelimit",
    "BudgetStore": "._ratelimit",
    "Budget": "._ratelimit",
    "Transport": "._transport",
    "Tracing": "._tracing",
    "RedisStore": "._redis",
    "SharedStore": "._store",
    "WireRequest": "._wire",
    "WireResponse": "._wire",
}

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ApiResponse",
    "AuthenticationError",
    "BadRequestError",
    "Budget",
    "BudgetStore",
    "Chift",
    "ChiftScope",
    "CommerceError",
    "ConfigurationError",
    "ConflictError",
    "DecodeError",
    "JtlErp",
    "JtlErpScope",
    "NotFoundError",
    "PackCloud",
    "PackCloudScope",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RedirectError",
    "RedisStore",
    "RegisteredApp",
    "RegistrationError",
    "RequestOptions",
    "ResponseTooLargeError",
    "RetryPolicy",
    "Scope",
    "Secret",
    "ServerError",
    "SharedStore",
    "TLSVerificationError",
    "TenantMismatchError",
    "Timeouts",
    "TokenRequestError",
    "Tracing",
    "Transport",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "WebhookSignatureError",
    "WireRequest",
    "WireResponse",
    "register_app",
]

if TYPE_CHECKING:
    from commerce_sdk_clients.chift._resources import ApiScope as ChiftScope
    from commerce_sdk_clients.jtl_erp._resources import ApiScope as JtlErpScope
    from commerce_sdk_clients.packcloud._resources import ApiScope as PackCloudScope

    from ._base_client import ApiResponse, Scope
    from ._chift import Chift
    from ._exceptions import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        CommerceError,
        ConfigurationError,
        ConflictError,
        DecodeError,
        NotFoundError,
        PaginationError,
        PermissionDeniedError,
        RateLimitError,
        RedirectError,
        RegistrationError,
        ResponseTooLargeError,
        ServerError,
        TenantMismatchError,
        TLSVerificationError,
        TokenRequestError,
        UnauthorizedError,
        UnprocessableEntityError,
        WebhookSignatureError,
    )
    from ._jtl import JtlErp, RegisteredApp, register_app
    from ._options import RequestOptions, RetryPolicy, Timeouts
    from ._packcloud import PackCloud
    from ._pagination import Page
    from ._ratelimit import Budget, BudgetStore, RateLimit
    from ._redis import RedisStore
    from ._secrets import Secret
    from ._store import SharedStore
    from ._tracing import Tracing
    from ._transport import Transport
    from ._wire import WireRequest, WireResponse


_SUBMODULES = frozenset({"webhooks"})  # `commerce_sdk.webhooks` works after a bare `import commerce_sdk`


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return import_module(f".{name}", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'commerce_sdk' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
