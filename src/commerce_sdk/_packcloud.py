"""Pack.cloud: bearer token (static or from your async callable), organization id in the path."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Unpack

from commerce_sdk_clients.packcloud._resources import ApiScope as PackCloudScope

from ._auth import StaticBearer
from ._base_client import BaseClient, env
from ._common import ClientOptions
from ._exceptions import ConfigurationError
from ._pagination import PageShape
from ._ratelimit import RateLimit
from ._secrets import Secret


class PackCloud(BaseClient[PackCloudScope]):
    """Pack.cloud fulfilment API.  `organization(id)` fills `organizationId` path parameters."""

    provider = "packcloud"
    package = "commerce_sdk_clients.packcloud"
    scope_class = PackCloudScope
    tenant_hint = "pack.organization(id)"
    default_base_url = "https://api.pack.cloud/v1"
    # Paging as our spec states it (assumed: Pack.cloud does not document it).
    page_shape = PageShape(
        page_param="page",
        size_param="per_page",
        items=("data",),
        total=("meta", "total"),
        last_page=("meta", "last_page"),
        page_size=("meta", "per_page"),
    )
    default_page_size = 100
    tenant_path_param = "organizationId"
    base_url_env = "PACKCLOUD_BASE_URL"

    def __init__(
        self,
        token: str | Callable[[], Awaitable[str]] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        value = token if token is not None else env("PACKCLOUD_TOKEN", None)
        if not value:
            raise ConfigurationError(
                "token is required: pass a string or an async callable, or set PACKCLOUD_TOKEN"
            )
        auth = StaticBearer(Secret(value) if isinstance(value, str) else value)
        super().__init__(auth=auth, **options)

    @classmethod
    def from_env(cls, **options: Unpack[ClientOptions]) -> PackCloud:
        """Token from PACKCLOUD_TOKEN (+ PACKCLOUD_BASE_URL)."""
        return cls(**options)

    def organization(self, organization_id: str, *, rate_limit: RateLimit | None = None) -> PackCloudScope:
        """A scope for one Pack.cloud organization (`rate_limit`: the caller's own limit for it)."""
        return self._scope(str(organization_id), rate_limit=rate_limit)
