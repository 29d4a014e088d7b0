"""Credentials from environment variables, and a clear error naming what is missing."""

from __future__ import annotations

import pytest
from commerce_sdk_clients.chift.api.consumers import consumers_get_consumer
from commerce_sdk_clients.jtl_erp.api.item import get_item
from commerce_sdk_clients.packcloud.api.integrations import get_integration

from commerce_sdk import Chift, ConfigurationError, JtlErp, PackCloud

from .helpers import (
    API_KEY,
    APP_ID,
    APP_VERSION,
    CHIFT_ACCOUNT,
    CHIFT_CLIENT_ID,
    CHIFT_SECRET,
    PACK_TOKEN,
    TENANT,
    chift_consumers,
    chift_token,
    jtl_items,
    pack_get,
)
from .server import LoopbackServer

JTL_ENV = {"JTL_API_KEY": API_KEY, "JTL_APP_ID": APP_ID, "JTL_APP_VERSION": APP_VERSION}
CHIFT_ENV = {
    "CHIFT_CLIENT_ID": CHIFT_CLIENT_ID,
    "CHIFT_CLIENT_SECRET": CHIFT_SECRET,
    "CHIFT_ACCOUNT_ID": CHIFT_ACCOUNT,
}


async def test_jtl_from_env(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    jtl_items(server)
    for k, v in JTL_ENV.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("JTL_BASE_URL", server.url + "/erp")
    async with JtlErp.from_env() as jtl:
        assert jtl.base_url == server.url + "/erp"
        await jtl.tenant(TENANT).call(get_item, item_id=1)
    (r,) = server.requests()
    assert (r.headers["x-api-key"], r.headers["x-appid"], r.headers["x-appversion"]) == (
        API_KEY,
        APP_ID,
        APP_VERSION,
    )


async def test_arguments_win_over_env(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    jtl_items(server)
    for k, v in JTL_ENV.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("JTL_BASE_URL", "http://127.0.0.1:9/never")
    async with JtlErp(app_id="explicit/2", base_url=server.url + "/erp") as jtl:
        await jtl.tenant(TENANT).call(get_item, item_id=1)
    assert server.requests()[0].headers["x-appid"] == "explicit/2"


@pytest.mark.parametrize("missing", sorted(JTL_ENV))
def test_jtl_missing_variable_is_named(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    for k, v in JTL_ENV.items():
        if k != missing:
            monkeypatch.setenv(k, v)
    with pytest.raises(ConfigurationError) as info:
        JtlErp.from_env()
    assert missing in str(info.value)
    assert API_KEY not in str(info.value)


def test_jtl_oauth_needs_both_halves(monkeypatch: pytest.MonkeyPatch) -> None:
    for k, v in JTL_ENV.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("JTL_CLIENT_ID", "cid")
    with pytest.raises(ConfigurationError, match="JTL_CLIENT_ID/SECRET"):
        JtlErp.from_env()


async def test_chift_from_env(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    chift_token(server)
    chift_consumers(server)
    for k, v in CHIFT_ENV.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("CHIFT_BASE_URL", server.url + "/chift")
    async with Chift.from_env() as chift:
        await chift.consumer("c-1").call(consumers_get_consumer)
    assert server.requests("POST", "/chift/token")[0].json == {
        "clientId": CHIFT_CLIENT_ID,
        "clientSecret": CHIFT_SECRET,
        "accountId": CHIFT_ACCOUNT,
    }


@pytest.mark.parametrize("missing", sorted(CHIFT_ENV))
def test_chift_missing_variable_is_named(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    for k, v in CHIFT_ENV.items():
        if k != missing:
            monkeypatch.setenv(k, v)
    with pytest.raises(ConfigurationError) as info:
        Chift.from_env()
    assert missing in str(info.value)
    assert CHIFT_SECRET not in str(info.value)


async def test_packcloud_from_env(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    pack_get(server)
    monkeypatch.setenv("PACKCLOUD_TOKEN", PACK_TOKEN)
    monkeypatch.setenv("PACKCLOUD_BASE_URL", server.url + "/pack")
    async with PackCloud.from_env() as pack:
        await pack.organization("org-1").call(get_integration, integration_id="i")
    assert server.requests()[0].headers["Authorization"] == f"Bearer {PACK_TOKEN}"


def test_packcloud_missing_token_is_named() -> None:
    with pytest.raises(ConfigurationError, match="PACKCLOUD_TOKEN"):
        PackCloud.from_env()


def test_bad_base_url_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACKCLOUD_TOKEN", PACK_TOKEN)
    monkeypatch.setenv("PACKCLOUD_BASE_URL", "ftp://example.com")
    with pytest.raises(ConfigurationError, match="base_url must be an http"):
        PackCloud.from_env()
