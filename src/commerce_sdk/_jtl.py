"""JTL-Wawi ERP: api key + app headers on every request, tenant in a header, optional OAuth2."""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Unpack

import anyio
import httpx
from commerce_sdk_clients.jtl_erp._resources import ApiScope as JtlErpScope

from ._auth import (
    AuthStrategy,
    CombinedAuth,
    HeaderAuth,
    RawSend,
    StaticBearer,
    Token,
    TokenAuth,
    request_token,
)
from ._base_client import BaseClient, Scope, env, require
from ._common import ClientOptions
from ._exceptions import APIStatusError, ConfigurationError, DecodeError, RegistrationError
from ._options import RequestOptions
from ._pagination import PageShape
from ._ratelimit import RateLimit
from ._secrets import REDACTOR, Secret
from ._wire import from_httpx_sync

log = logging.getLogger("commerce_sdk")

DEFAULT_TOKEN_URL = "https://auth.jtl-cloud.com/oauth2/token"
_ISSUED_KEY = re.compile(r'"ApiKey"\s*:\s*"([^"\\]+)"')  # in a registration status body


def _tenant_id(value: str | uuid.UUID) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        raise ConfigurationError(f"a JTL tenant id must be a UUID, got {value!r}") from None


def oauth_client_credentials(client_id: str, client_secret: Secret, token_url: str) -> TokenAuth:
    """OAuth2 client-credentials token, cached and refreshed like Chift's."""

    async def fetch(send: RawSend) -> Token:
        request = httpx.Request(
            "POST",
            token_url,
            data={"grant_type": "client_credentials"},
            headers={"Accept": "application/json"},
        )
        basic = httpx.BasicAuth(client_id, client_secret.reveal())
        request = next(basic.auth_flow(request))
        wire = from_httpx_sync(request)
        # The Basic credentials are the secret in another spelling: scrub them too, in case the
        # token endpoint echoes the Authorization header into an error body.
        REDACTOR.add(request.headers["Authorization"].partition(" ")[2])

        def parse(data: Any) -> Token:
            return Token(str(data["access_token"]), time.time() + float(data.get("expires_in", 300)))

        return await request_token(send, wire, parse=parse, what="JTL OAuth2")

    return TokenAuth(fetch, identity=("jtl-oauth2", token_url, client_id), secret=client_secret)


class JtlErp(BaseClient[JtlErpScope]):
    """JTL-Wawi ERP Cloud API.  `tenant(id)` gives a scope that sends the tenant header."""

    provider = "jtl_erp"
    package = "commerce_sdk_clients.jtl_erp"
    scope_class = JtlErpScope
    default_base_url = "https://api.jtl-cloud.com/erp"
    page_shape = PageShape(
        page_param="pageNumber",
        size_param="pageSize",
        items=("Items",),
        total=("TotalItems",),
        page_size=("PageSize",),
    )
    tenant_path_param = None
    base_url_env = "JTL_BASE_URL"

    def __init__(
        self,
        api_key: str | None = None,
        app_id: str | None = None,
        app_version: str | None = None,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        token_url: str | None = None,
        token: str | Callable[[], Awaitable[str]] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        key = Secret(require(env("JTL_API_KEY", api_key), "api_key", "JTL_API_KEY"))
        app = require(env("JTL_APP_ID", app_id), "app_id", "JTL_APP_ID")
        version = require(env("JTL_APP_VERSION", app_version), "app_version", "JTL_APP_VERSION")
        parts: list[AuthStrategy] = [HeaderAuth({"x-api-key": key})]
        cid, csecret = env("JTL_CLIENT_ID", client_id), env("JTL_CLIENT_SECRET", client_secret)
        if bool(cid) != bool(csecret):
            raise ConfigurationError(
                "JTL OAuth2 needs both client_id and client_secret (JTL_CLIENT_ID/SECRET)"
            )
        if token is not None:
            if cid or csecret:
                raise ConfigurationError("pass either token= or client_id/client_secret, not both")
            # Your own token source (a secret store, another service): called per request.
            parts.append(StaticBearer(Secret(token) if isinstance(token, str) else token))
        elif cid and csecret:
            url = env("JTL_TOKEN_URL", token_url) or DEFAULT_TOKEN_URL
            parts.append(oauth_client_credentials(cid, Secret(csecret), url))
        super().__init__(
            auth=CombinedAuth(*parts) if len(parts) > 1 else parts[0],
            default_headers={"x-appid": app, "x-appversion": version},
            **options,
        )

    @classmethod
    def from_env(cls, **options: Unpack[ClientOptions]) -> JtlErp:
        """Credentials from JTL_API_KEY, JTL_APP_ID, JTL_APP_VERSION (+ JTL_CLIENT_ID/SECRET/BASE_URL)."""
        return cls(**options)

    def tenant(
        self,
        tenant_id: str | uuid.UUID,
        *,
        api_version: str | None = None,
        run_as: str | None = None,
        session_id: str | uuid.UUID | None = None,
        rate_limit: RateLimit | None = None,
    ) -> JtlErpScope:
        """A scope for one JTL-Wawi tenant; optional headers apply to every call in it."""
        headers = {}
        if api_version:
            headers["api-version"] = api_version
        if run_as:
            headers["x-runas"] = run_as
        if session_id:
            headers["X-SessionId"] = str(session_id)
        return self._scope(_tenant_id(tenant_id), headers, rate_limit)


class _RegistrationClient(BaseClient[Scope]):
    """Registration runs before there is an API key: tenant header only."""

    provider = JtlErp.provider
    package = JtlErp.package
    scope_class = Scope
    default_base_url = JtlErp.default_base_url
    page_shape = JtlErp.page_shape
    base_url_env = JtlErp.base_url_env


@dataclass(frozen=True)
class RegisteredApp:
    api_key: Secret
    app_id: str
    registration_id: str
    granted_scopes: list[str]


PENDING, REJECTED, ACCEPTED = 0, 1, 2


async def register_app(
    registration: Any,
    *,
    tenant_id: str | uuid.UUID,
    challenge_code: str,
    poll_interval: float = 5.0,
    wait_timeout: float = 600.0,
    on_pending: Callable[[str], None] | None = None,
    **options: Unpack[ClientOptions],
) -> RegisteredApp:
    """Run JTL's app registration: register, wait for approval in JTL-Wawi, receive the key once.

    `registration` is the generated `CreateAppRegistrationRequest`.  While the request is
    pending, `on_pending` (default: an INFO log line) is told what the user must do.  The
    wait is bounded by `wait_timeout`; the key is returned as a `Secret` and never logged.
    """
    from commerce_sdk_clients.jtl_erp.api.app_registration import fetch_registration_status
    from commerce_sdk_clients.jtl_erp.api.app_registration import register_app as register_op

    if not challenge_code or len(challenge_code) > 30:
        raise ConfigurationError("challenge_code must be 1 to 30 characters")
    tell = on_pending or (lambda message: log.info("%s", message))
    client = _RegistrationClient(auth=None, **options)
    async with client:
        scope = client._scope(_tenant_id(tenant_id))
        # Strict: the flow reads exact fields (and the one-time key); a deviation is an error.
        strict = RequestOptions(strict=True)
        started = await scope.call(
            register_op, body=registration, x_challengecode=challenge_code, options=strict
        )
        reg_id = started.registration_request_id
        deadline = anyio.current_time() + wait_timeout
        while True:
            try:
                info = await scope.call(
                    fetch_registration_status,
                    registration_id=reg_id,
                    x_challengecode=challenge_code,
                    options=strict,
                )
            except APIStatusError as exc:
                if exc.status_code == 410:
                    raise RegistrationError(
                        f"registration {reg_id} was already completed; JTL shows the API key only once"
                    ) from None
                raise
            except DecodeError as exc:
                # The answer may carry the new API key next to a field that does not decode: the
                # key is a secret from here on, and the error (its body included) must not show it.
                issued = _ISSUED_KEY.search(exc.body)
                if issued:
                    REDACTOR.add(issued.group(1))
                raise RegistrationError(
                    f"registration {reg_id}: JTL's status answer does not match the spec: {exc.message}"
                ) from None
            status = int(info.request_status_info.status)
            if status == ACCEPTED:
                token = info.token
                key = getattr(token, "api_key", None)
                if not isinstance(key, str) or not key:
                    raise RegistrationError(f"registration {reg_id} was accepted but no API key came back")
                scopes = info.granted_scopes if isinstance(info.granted_scopes, list) else []
                return RegisteredApp(Secret(key), started.app_id, reg_id, list(scopes))
            if status == REJECTED:
                raise RegistrationError(f"registration {reg_id} was rejected in JTL-Wawi")
            remaining = deadline - anyio.current_time()
            if remaining <= 0:
                raise RegistrationError(
                    f"registration {reg_id} still pending after {wait_timeout:.0f}s; approve it in JTL-Wawi "
                    "(Admin > App registration) and run the registration again"
                )
            tell(
                f"JTL app registration {reg_id} is pending: approve it in JTL-Wawi under "
                f"Admin > App registration (checking every {poll_interval:g}s, {remaining:.0f}s left)"
            )
            await anyio.sleep(min(poll_interval, remaining))
