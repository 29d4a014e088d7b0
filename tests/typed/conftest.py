"""One sandbox for the typed-surface tests, and clients pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from commerce_sdk import Chift, JtlErp, PackCloud
from commerce_sdk.sandbox import Sandbox, SandboxConfig


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(SandboxConfig(items_per_tenant=250)) as sb:
        yield sb


def jtl(sb: Sandbox) -> JtlErp:
    c = sb.credentials.jtl_erp
    return JtlErp(api_key=c.api_key, app_id=c.app_id, app_version=c.app_version, base_url=sb.urls.jtl_erp)


def chift(sb: Sandbox) -> Chift:
    c = sb.credentials.chift
    return Chift(
        client_id=c.client_id, client_secret=c.client_secret, account_id=c.account_id, base_url=sb.urls.chift
    )


def pack(sb: Sandbox) -> PackCloud:
    return PackCloud(token=sb.credentials.packcloud.token, base_url=sb.urls.packcloud)
