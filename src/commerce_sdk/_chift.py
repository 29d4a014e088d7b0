"""Chift: client-credentials token from POST /token, consumer id in the path."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Unpack

from commerce_sdk_clients.chift._resources import ApiScope as ChiftScope

from ._auth import AuthStrategy, RawSend, StaticBearer, Token, TokenAuth, request_token
from ._base_client import BaseClient, env, require
from ._common import ClientOptions
from ._exceptions import ConfigurationError
from ._pagination import PageShape
from ._ratelimit import RateLimit
from ._secrets import Secret
from ._wire import make


class Chift(BaseClient[ChiftScope]):
    """Chift unified API.  `consumer(id)` gives a scope that fills `consumer_id` path parameters."""

    provider = "chift"
    package = "commerce_sdk_clients.chift"
    scope_class = ChiftScope
    tenant_hint = "chift.consumer(id)"
    default_base_url = "https://api.chift.eu"
    page_shape = PageShape(
        page_param="page", size_param="size", items=("items",), total=("total",), page_size=("size",)
    )
    tenant_path_param = "consumer_id"

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        account_id: str | None = None,
        *,
        marketplace_id: str | None = None,
        token: str | Callable[[], Awaitable[str]] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        base_url = (options.get("base_url") or env("CHIFT_BASE_URL", None) or self.default_base_url).rstrip(
            "/"
        )
        options["base_url"] = base_url
        if token is not None:
            # Your own token source (a secret store, a token service): no client credentials here.
            if client_id or client_secret:
                raise ConfigurationError("pass either token= or client_id/client_secret, not both")
            self.token_auth: AuthStrategy = StaticBearer(Secret(token) if isinstance(token, str) else token)
            super().__init__(auth=self.token_auth, **options)
            return
        cid = require(env("CHIFT_CLIENT_ID", client_id), "client_id", "CHIFT_CLIENT_ID")
        secret = Secret(
            require(env("CHIFT_CLIENT_SECRET", client_secret), "client_secret", "CHIFT_CLIENT_SECRET")
        )
        account = require(env("CHIFT_ACCOUNT_ID", account_id), "account_id", "CHIFT_ACCOUNT_ID")
        marketplace = env("CHIFT_MARKETPLACE_ID", marketplace_id)

        async def fetch(send: RawSend) -> Token:
            body: dict[str, Any] = {"clientId": cid, "clientSecret": secret.reveal(), "accountId": account}
            if marketplace:
                body["marketplaceId"] = marketplace
            request = make("POST", f"{base_url}/token", json=body)

            def parse(data: Any) -> Token:
                return Token(str(data["access_token"]), float(data["expires_on"]))

            return await request_token(send, request, parse=parse, what="Chift")

        self.token_auth = TokenAuth(
            fetch, identity=("chift", base_url, cid, account, marketplace or ""), secret=secret
        )
        super().__init__(auth=self.token_auth, **options)

    @classmethod
    def from_env(cls, **options: Unpack[ClientOptions]) -> Chift:
        """Credentials from CHIFT_CLIENT_ID, CHIFT_CLIENT_SECRET, CHIFT_ACCOUNT_ID (+ MARKETPLACE_ID)."""
        return cls(**options)

    def consumer(self, consumer_id: str, *, rate_limit: RateLimit | None = None) -> ChiftScope:
        """A scope for one Chift consumer (`rate_limit`: the caller's own limit for it)."""
        return self._scope(str(consumer_id), rate_limit=rate_limit)
