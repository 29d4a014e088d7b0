"""Paths, headers and secrets that cannot be misread (issue 12.6), on both transports and
through `scope.client`; every case is checked against a loopback server that counts what
actually arrived."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from commerce_sdk_clients.jtl_erp.api.item import get_item
from commerce_sdk_clients.packcloud.api.integrations import delete_integration
from facade.helpers import API_KEY, APP_ID, APP_VERSION, ITEM, PACK_TOKEN, TENANT, jtl_client, pack_client
from facade.server import LoopbackServer, Reply, Seen

from commerce_sdk import APIStatusError, ConfigurationError, JtlErp, RequestOptions, Secret

from ._support import Capture, figure

TRANSPORTS = ["aiohttp", "httpx"]
DOTS = [".", "..", "%2e%2e", "%2E", ".%2e"]


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("value", DOTS)
@pytest.mark.parametrize("via", ["call", "scope.client"])
async def test_dot_segment_ids_are_refused(
    server: LoopbackServer, transport: str, value: str, via: str
) -> None:
    server.on("*", "/pack/{rest*}", Reply(204))
    async with pack_client(server, transport=transport) as pack:
        org = pack.organization("org")
        with pytest.raises(ConfigurationError, match="relative path segment"):
            if via == "call":
                await org.call(delete_integration, integration_id=value)
            else:
                await delete_integration.asyncio(
                    organization_id="org", integration_id=value, client=org.client
                )
    assert server.count() == 0


@pytest.mark.parametrize("value", DOTS)
async def test_dot_segment_tenants_are_refused(server: LoopbackServer, value: str) -> None:
    server.on("*", "/pack/{rest*}", Reply(204))
    async with pack_client(server) as pack:
        with pytest.raises(ConfigurationError, match="not a usable id"):
            pack.organization(value)
    assert server.count() == 0


async def test_dots_inside_an_id_are_fine(server: LoopbackServer) -> None:
    server.on("DELETE", "/pack/organizations/{organizationId}/integrations/{integrationId}", Reply(204))
    async with pack_client(server) as pack:
        await pack.organization("org.eu").call(delete_integration, integration_id="a..b")
    (seen,) = server.requests()
    assert seen.params == {"organizationId": "org.eu", "integrationId": "a..b"}


BAD_VALUES = {"crlf": "a\r\nX-Injected: 1", "lf": "a\nb", "nul": "a\x00b", "surrogate": "a\udc80b"}


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("kind", sorted(BAD_VALUES))
@pytest.mark.parametrize("via", ["options", "scope", "scope.client"])
async def test_bad_header_values_are_refused_before_sending(
    server: LoopbackServer, transport: str, kind: str, via: str
) -> None:
    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM))
    value = BAD_VALUES[kind]
    async with jtl_client(server, transport=transport) as jtl:
        with pytest.raises(ConfigurationError, match="header x-runas") as info:
            if via == "options":
                options = RequestOptions(headers={"x-runas": value})
                await jtl.tenant(TENANT).call(get_item, item_id=1, options=options)
            elif via == "scope":
                await jtl.tenant(TENANT, run_as=value).call(get_item, item_id=1)
            else:
                await get_item.asyncio(item_id=1, client=jtl.tenant(TENANT, run_as=value).client)
        assert value not in str(info.value)
    assert server.count() == 0


async def test_bad_header_names_are_refused(server: LoopbackServer) -> None:
    with pytest.raises(ConfigurationError, match="field name"):
        jtl_client(None, base_url="http://127.0.0.1:9/erp", headers={"x bad": "1"})
    async with jtl_client(server) as jtl:
        with pytest.raises(ConfigurationError, match="field name"):
            options = RequestOptions(headers={"x-a\r\nb": "1"})
            await jtl.tenant(TENANT).call(get_item, item_id=1, options=options)
    assert server.count() == 0


def _echo(seen: Seen) -> Reply:
    """Echo every header back, plain, URL-encoded and JSON-escaped, in a 401 body."""
    from urllib.parse import quote

    key = seen.headers.get("x-api-key", "")
    body = {"got": dict(seen.headers), "quoted": quote(key, safe=""), "raw": key}
    return Reply(401, json=body, headers={"X-Echo": key})


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("suffix", ["\n", "\r\n", "  ", "\t"])
async def test_a_secret_with_surrounding_whitespace_is_stripped_and_scrubbed(
    server: LoopbackServer, transport: str, suffix: str, all_logs: Capture
) -> None:
    key = "k3y-with-newline-" + transport + str(len(suffix))
    server.on("GET", "/erp/items/{itemId}", _echo)
    async with JtlErp(
        key + suffix, APP_ID, APP_VERSION, base_url=f"{server.url}/erp", transport=transport
    ) as jtl:
        with pytest.raises(APIStatusError) as info:
            await jtl.tenant(TENANT).call(get_item, item_id=1)
    (seen,) = server.requests()
    assert seen.headers["x-api-key"] == key  # sent stripped
    exc: Any = info.value
    texts = [str(exc), repr(exc), exc.body, repr(exc.headers), *all_logs.lines()]
    leaked = [t for t in texts if key in t or key.replace("-", "%2D") in t]
    figure("secrets", f"{transport}: key{suffix!r}: texts checked, leaks", f"{len(texts)}, {len(leaked)}")
    assert not leaked


@pytest.mark.parametrize("value", ["k3y\ninside-secret", "k3y\x00nul-secret", "\n", "   "])
def test_a_secret_with_control_characters_inside_is_refused(value: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        Secret(value)
    assert value.strip() not in str(info.value) or not value.strip()


def test_the_default_key_is_untouched() -> None:
    assert Secret(API_KEY).reveal() == API_KEY
    assert Secret(PACK_TOKEN + "\n").reveal() == PACK_TOKEN


async def test_httpx_debug_log_never_shows_the_raw_key(server: LoopbackServer, all_logs: Capture) -> None:
    """The issue's case: a key read with a trailing newline, DEBUG on, httpx transport."""
    logging.getLogger("httpx").setLevel(logging.DEBUG)
    server.on("GET", "/erp/items/{itemId}", _echo)
    raw = API_KEY + "\n"
    async with jtl_client(server, api_key=raw, transport="httpx") as jtl:
        with pytest.raises(APIStatusError):
            await jtl.tenant(TENANT).call(get_item, item_id=1)
    assert not [line for line in all_logs.lines() if API_KEY in line]
