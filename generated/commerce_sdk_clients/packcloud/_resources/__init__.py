"""Every tag of `commerce_sdk_clients.packcloud` as a typed attribute of a scope (written by ./codegen.sh).

A tag's module is imported the first time the tag is touched.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

from commerce_sdk._base_client import Scope

if TYPE_CHECKING:
    from ..client import AuthenticatedClient
    from .integrations import IntegrationsApi


class ApiScope(Scope):
    """A scope of `commerce_sdk_clients.packcloud` with one attribute per tag: `scope.<tag>.<operation>(...)`."""

    @property
    def client(self) -> AuthenticatedClient:
        """The generated client over this scope's pipeline (error statuses raise typed errors).

        Typed as `AuthenticatedClient` so that every generated function accepts it; it is the
        package's `Client`, and the pipeline adds the credentials.
        """
        return cast("AuthenticatedClient", super().client)

    @cached_property
    def integrations(self) -> IntegrationsApi:
        from .integrations import IntegrationsApi

        return IntegrationsApi(self)
