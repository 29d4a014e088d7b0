"""Per-provider behaviour; a contract without a module here gets the spec-only base."""

from __future__ import annotations

from .base import Provider, Runtime
from .chift import ChiftProvider
from .jtl import JtlProvider
from .packcloud import PackcloudProvider

BEHAVIOURS: dict[str, type[Provider]] = {
    JtlProvider.key: JtlProvider,
    ChiftProvider.key: ChiftProvider,
    PackcloudProvider.key: PackcloudProvider,
}

__all__ = ["BEHAVIOURS", "ChiftProvider", "JtlProvider", "PackcloudProvider", "Provider", "Runtime"]
