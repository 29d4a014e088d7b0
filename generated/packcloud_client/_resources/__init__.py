"""Every tag of `packcloud_client` as a typed attribute of a scope (written by ./codegen.sh).

A tag's module is imported the first time the tag is touched.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

from commerce_sdk._base_client import Scope

if TYPE_CHECKING:
    from ..client import Client
    from .integrations import IntegrationsApi


class ApiScope(Scope):
    """A scope of `packcloud_client` with one attribute per tag: `scope.<tag>.<operation>(...)`."""

    @property
    def client(self) -> Client:
        """Generated `Client` over the scope's pipeline; error statuses raise typed errors."""
        return cast("Client", super().client)

    @cached_property
    def integrations(self) -> IntegrationsApi:
        from .integrations import IntegrationsApi

        return IntegrationsApi(self)
