"""Auth for every provider, checked on the server side of a real loopback connection."""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import itertools
import time
import traceback

import pytest
from commerce_sdk_clients.chift.api.consumers import consumers_get_consumer
from commerce_sdk_clients.jtl_erp.api.item import get_item, query_items
from commerce_sdk_clients.jtl_erp.api.worker import configure_sync
from commerce_sdk_clients.packcloud.api.integrations import get_integration

from commerce_sdk import (
    Chift,
    RequestOptions,
    TokenRequestError,
    UnauthorizedError,
)

from .helpers import (
    API_KEY,
    APP_ID,
    APP_VERSION,
    CHIFT_ACCOUNT,
    CHIFT_CLIENT_ID,
    CHIFT_SECRET,
    CHIFT_TOKEN_PREFIX,
    FAST_RETRY,
    ITEM,
    JTL_CLIENT_ID,
    JTL_CLIENT_SECRET,
    JTL_TOKEN,
    PACK_TOKEN,
    TENANT,
    WORKER_SYNC,
    chift_client,
    chift_consumers,
    chift_token,
    jtl_client,
    jtl_items,
    jtl_list,
    pack_client,
    pack_get,
    pack_integration,
)
from .server import LoopbackServer, Reply, Seen, free_port

# --------------------------------------------------------------------------- JTL


async def test_jtl_sends_app_headers_and_the_manifests_tenant_header(server: LoopbackServer) -> None:
    jtl_items(server)
    jtl_list(server, total=3)
    server.on("POST", "/erp/workers/{syncId}", Reply(json=WORKER_SYNC))
    async with jtl_client(server) as jtl:
        shop = jtl.tenant(TENANT)
        await shop.call(get_item, item_id=1)
        await shop.call(query_items, page_size=10)
        await shop.call(configure_sync, sync_id=7)

    seen = server.requests()
    assert [r.path for r in seen] == ["/erp/items/1", "/erp/items", "/erp/workers/7"]
    for r in seen:  # every request carries the key and the app identity
        assert r.headers["x-api-key"] == API_KEY
        assert r.headers["x-appid"] == APP_ID
        assert r.headers["x-appversion"] == APP_VERSION
    # the tenant header's *name* comes from each operation's manifest entry
    for r in seen[:2]:
        assert r.headers["tenant-id"] == TENANT
        assert "x-tenant-id" not in r.headers
    assert seen[2].headers["x-tenant-id"] == TENANT
    assert "tenant-id" not in seen[2].headers


async def test_jtl_optional_headers_per_scope_and_per_call(server: LoopbackServer) -> None:
    jtl_items(server)
    server.on("POST", "/erp/workers/{syncId}", Reply(json=WORKER_SYNC))
    async with jtl_client(server) as jtl:
        plain = jtl.tenant(TENANT)
        scoped = jtl.tenant(TENANT, api_version="1.1", run_as="42", session_id="sess-abc")
        await plain.call(get_item, item_id=1)
        await scoped.call(get_item, item_id=2)
        # per call, through RequestOptions: overrides the scope's value
        await scoped.call(get_item, item_id=3, options=RequestOptions(headers={"api-version": "2.0"}))
        await plain.call(
            get_item, item_id=4, options=RequestOptions(headers={"x-runas": "7", "X-SessionId": "s-2"})
        )
        # per call, through the generated function's own keyword arguments
        await plain.call(configure_sync, sync_id=1, api_version="3.0", x_runas="9", x_session_id="s-3")

    r1, r2, r3, r4, r5 = server.requests()
    assert not {"api-version", "x-runas", "x-sessionid"} & {k.lower() for k in r1.headers}
    assert (r2.headers["api-version"], r2.headers["x-runas"], r2.headers["X-SessionId"]) == (
        "1.1",
        "42",
        "sess-abc",
    )
    assert (r3.headers["api-version"], r3.headers["x-runas"]) == ("2.0", "42")
    assert (r4.headers["x-runas"], r4.headers["X-SessionId"]) == ("7", "s-2")
    assert "api-version" not in r4.headers
    assert (r5.headers["api-version"], r5.headers["x-runas"], r5.headers["X-SessionId"]) == (
        "3.0",
        "9",
        "s-3",
    )
    assert r5.headers["x-tenant-id"] == TENANT


def _jtl_oauth_routes(server: LoopbackServer) -> None:
    def token(r: Seen) -> Reply:
        scheme, _, creds = r.headers.get("Authorization", "").partition(" ")
        ok = scheme == "Basic" and base64.b64decode(creds).decode() == f"{JTL_CLIENT_ID}:{JTL_CLIENT_SECRET}"
        if not ok or r.body != b"grant_type=client_credentials":
            return Reply(401, json={"error": "invalid_client"})
        return Reply(json={"access_token": JTL_TOKEN, "token_type": "Bearer", "expires_in": 3600})

    server.on("POST", "/oauth2/token", token)


async def test_jtl_oauth_client_credentials_bearer_is_cached_and_sent_with_the_api_key(
    server: LoopbackServer,
) -> None:
    jtl_items(server)
    _jtl_oauth_routes(server)
    async with jtl_client(
        server,
        client_id=JTL_CLIENT_ID,
        client_secret=JTL_CLIENT_SECRET,
        token_url=server.url + "/oauth2/token",
    ) as jtl:
        shop = jtl.tenant(TENANT)
        await asyncio.gather(*(shop.call(get_item, item_id=i) for i in range(20)))
        await shop.call(get_item, item_id=99)

    assert server.count("POST", "/oauth2/token") == 1
    calls = server.requests("GET", "/erp/items/{itemId}")
    assert len(calls) == 21
    for r in calls:
        assert r.headers["Authorization"] == f"Bearer {JTL_TOKEN}"
        assert r.headers["x-api-key"] == API_KEY


async def test_jtl_oauth_refreshes_once_on_401(server: LoopbackServer) -> None:
    issued = itertools.count(1)

    def token(r: Seen) -> Reply:
        return Reply(json={"access_token": f"{JTL_TOKEN}-{next(issued)}", "expires_in": 3600})

    server.on("POST", "/oauth2/token", token)
    server.on(
        "GET",
        "/erp/items/{itemId}",
        lambda r: Reply(401) if r.headers["Authorization"] == f"Bearer {JTL_TOKEN}-1" else Reply(json=ITEM),
    )
    async with jtl_client(
        server,
        client_id=JTL_CLIENT_ID,
        client_secret=JTL_CLIENT_SECRET,
        token_url=server.url + "/oauth2/token",
    ) as jtl:
        await jtl.tenant(TENANT).call(get_item, item_id=1)
    assert server.count("POST", "/oauth2/token") == 2
    assert [r.headers["Authorization"] for r in server.requests("GET")] == [
        f"Bearer {JTL_TOKEN}-1",
        f"Bearer {JTL_TOKEN}-2",
    ]


async def test_jtl_oauth_token_endpoint_unreachable_names_the_cause(server: LoopbackServer) -> None:
    jtl_items(server)
    async with jtl_client(
        server,
        client_id=JTL_CLIENT_ID,
        client_secret=JTL_CLIENT_SECRET,
        token_url=f"http://127.0.0.1:{free_port()}/oauth2/token",
    ) as jtl:
        with pytest.raises(TokenRequestError) as info:
            await jtl.tenant(TENANT).call(get_item, item_id=1)
    assert "unreachable" in str(info.value) and "ConnectError" in str(info.value)
    assert info.value.status is None
    assert server.count() == 0


# --------------------------------------------------------------------------- Chift


async def test_chift_token_request_body_and_bearer(server: LoopbackServer) -> None:
    chift_token(server)
    chift_consumers(server)
    async with chift_client(server) as chift:
        await chift.consumer("c-1").call(consumers_get_consumer)
    (tok,) = server.requests("POST", "/chift/token")
    assert tok.json == {"clientId": CHIFT_CLIENT_ID, "clientSecret": CHIFT_SECRET, "accountId": CHIFT_ACCOUNT}
    assert "Authorization" not in tok.headers  # the token request itself is unauthenticated
    (call,) = server.requests("GET")
    assert call.headers["Authorization"] == f"Bearer {CHIFT_TOKEN_PREFIX}1"


async def test_chift_marketplace_id_is_sent_when_given(server: LoopbackServer) -> None:
    chift_token(server)
    chift_consumers(server)
    async with Chift(
        client_id=CHIFT_CLIENT_ID,
        client_secret=CHIFT_SECRET,
        account_id=CHIFT_ACCOUNT,
        marketplace_id="mkt-9",
        base_url=server.url + "/chift",
    ) as chift:
        await chift.consumer("c-1").call(consumers_get_consumer)
    assert server.requests("POST", "/chift/token")[0].json["marketplaceId"] == "mkt-9"


async def test_chift_token_cached_until_shortly_before_expiry(server: LoopbackServer) -> None:
    chift_consumers(server)
    chift_token(server, lifetime=3600)
    async with chift_client(server) as chift:
        acme = chift.consumer("acme")
        for _ in range(5):
            await acme.call(consumers_get_consumer)
    assert server.count("POST", "/chift/token") == 1

    # valid for 61 s, and the SDK refreshes 60 s before expiry: good for about one second
    server.clear()
    chift_token(server, lifetime=61.0)
    async with chift_client(server) as chift:
        acme = chift.consumer("acme")
        await acme.call(consumers_get_consumer)
        await acme.call(consumers_get_consumer)
        assert server.count("POST", "/chift/token") == 1
        await asyncio.sleep(1.2)
        await acme.call(consumers_get_consumer)
        assert server.count("POST", "/chift/token") == 2
    tokens = [r.headers["Authorization"] for r in server.requests("GET")]
    assert tokens == [f"Bearer {CHIFT_TOKEN_PREFIX}1"] * 2 + [f"Bearer {CHIFT_TOKEN_PREFIX}2"]

    # a token already inside the refresh window is never reused
    server.clear()
    chift_token(server, lifetime=30.0)
    async with chift_client(server) as chift:
        for _ in range(3):
            await chift.consumer("acme").call(consumers_get_consumer)
    assert server.count("POST", "/chift/token") == 3


async def test_chift_single_flight_1000_concurrent_calls_one_token_request(server: LoopbackServer) -> None:
    chift_token(server, delay=0.2)
    chift_consumers(server)
    async with chift_client(server) as chift:
        scopes = [chift.consumer(f"c-{i}") for i in range(10)]
        results = await asyncio.gather(*(scopes[i % 10].call(consumers_get_consumer) for i in range(1000)))
    assert len(results) == 1000
    assert server.count("POST", "/chift/token") == 1
    assert server.count("GET") == 1000
    assert {r.headers["Authorization"] for r in server.requests("GET")} == {f"Bearer {CHIFT_TOKEN_PREFIX}1"}


async def test_chift_single_flight_after_expiry(server: LoopbackServer) -> None:
    """An expired cached token: 1000 concurrent callers still cause exactly one refresh."""
    chift_token(server, lifetime=61.0, delay=0.2)
    chift_consumers(server)
    async with chift_client(server) as chift:
        acme = chift.consumer("acme")
        await acme.call(consumers_get_consumer)
        await asyncio.sleep(1.2)  # now inside the refresh window
        server.clear()
        await asyncio.gather(*(acme.call(consumers_get_consumer) for _ in range(1000)))
    assert server.count("POST", "/chift/token") == 1
    assert {r.headers["Authorization"] for r in server.requests("GET")} == {f"Bearer {CHIFT_TOKEN_PREFIX}2"}


async def test_chift_401_refreshes_once_and_retries_once(server: LoopbackServer) -> None:
    chift_token(server)
    server.on(
        "GET",
        "/chift/consumers/{consumer_id}",
        lambda r: (
            Reply(401, json={"message": "token revoked"})
            if r.headers["Authorization"].endswith("-1")
            else Reply(json={"consumerid": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "name": "ok"})
        ),
    )
    async with chift_client(server) as chift:
        consumer = await chift.consumer("acme").call(consumers_get_consumer)
    assert consumer.name == "ok"
    assert server.count("POST", "/chift/token") == 2
    assert [r.headers["Authorization"] for r in server.requests("GET")] == [
        f"Bearer {CHIFT_TOKEN_PREFIX}1",
        f"Bearer {CHIFT_TOKEN_PREFIX}2",
    ]


async def test_chift_second_401_raises_unauthorized(server: LoopbackServer) -> None:
    chift_token(server)
    server.on("GET", "/chift/consumers/{consumer_id}", Reply(401, json={"message": "nope"}))
    async with chift_client(server) as chift:
        with pytest.raises(UnauthorizedError) as info:
            await chift.consumer("acme").call(consumers_get_consumer)
    assert info.value.status_code == 401
    assert server.count("POST", "/chift/token") == 2  # the first token and exactly one refresh
    assert server.count("GET") == 2  # the call and exactly one retry


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (Reply(500, json={"detail": "token service down"}), "refused the credentials with 500"),
        (Reply(403, json={"detail": "bad client"}), "refused the credentials with 403"),
        (Reply(200, json={"token_type": "bearer", "expires_on": 1}), "200 without a usable token"),
        (Reply(200, body="<html>login</html>", content_type="text/html"), "200 without a usable token"),
    ],
    ids=["500", "403", "200-no-access_token", "200-html"],
)
async def test_chift_failing_token_endpoint_one_error_for_all_waiters_then_retry(
    server: LoopbackServer, reply: Reply, expected: str
) -> None:
    server.on("POST", "/chift/token", dataclasses.replace(reply, delay=0.3))  # slow: everyone waits
    chift_consumers(server)
    async with chift_client(server) as chift:
        acme = chift.consumer("acme")
        errors = await asyncio.gather(
            *(acme.call(consumers_get_consumer) for _ in range(200)), return_exceptions=True
        )
        assert all(isinstance(e, TokenRequestError) for e in errors), {type(e) for e in errors}
        assert len({id(e) for e in errors}) == 1  # every waiter got the very same error
        # ...whose traceback did not grow with every waiter that re-raised it
        assert len(traceback.format_exception(errors[0])) < 50
        assert expected in str(errors[0])
        assert "Chift" in str(errors[0])
        assert server.count("POST", "/chift/token") == 1
        assert server.count("GET") == 0

        # the failure is not cached: the next call asks again (and now succeeds)
        chift_token(server)
        await acme.call(consumers_get_consumer)
    assert server.count("POST", "/chift/token") == 2


async def test_chift_token_endpoint_connection_refused_then_back() -> None:
    port = free_port()
    async with chift_client(None, base_url=f"http://127.0.0.1:{port}/chift") as chift:
        acme = chift.consumer("acme")
        with pytest.raises(TokenRequestError) as info:
            await acme.call(consumers_get_consumer)
        message = str(info.value)
        assert "unreachable" in message and "ConnectError" in message, message
        assert info.value.status is None
        # the refusal is not cached: once the endpoint listens, the next call gets a token
        with LoopbackServer(port=port) as server:
            chift_token(server)
            chift_consumers(server)
            await acme.call(consumers_get_consumer)
            assert server.count("POST", "/chift/token") == 1


async def test_chift_token_connection_dropped_one_error_for_all_waiters(server: LoopbackServer) -> None:
    server.on("POST", "/chift/token", Reply(drop=True, delay=0.3))
    chift_consumers(server)
    async with chift_client(server) as chift:
        acme = chift.consumer("acme")
        errors = await asyncio.gather(
            *(acme.call(consumers_get_consumer) for _ in range(200)), return_exceptions=True
        )
        assert all(isinstance(e, TokenRequestError) for e in errors), {type(e) for e in errors}
        assert len({id(e) for e in errors}) == 1
        assert "unreachable" in str(errors[0])
        assert server.count("POST", "/chift/token") == 1
        chift_token(server)
        await acme.call(consumers_get_consumer)
    assert server.count("POST", "/chift/token") == 2


# --------------------------------------------------------------------------- Pack.cloud


async def test_packcloud_static_bearer(server: LoopbackServer) -> None:
    pack_get(server)
    async with pack_client(server) as pack:
        org = pack.organization("org-1")
        await org.call(get_integration, integration_id="i-1")
        await org.call(get_integration, integration_id="i-2")
    assert [r.headers["Authorization"] for r in server.requests()] == [f"Bearer {PACK_TOKEN}"] * 2


async def test_packcloud_async_callable_token(server: LoopbackServer) -> None:
    pack_get(server)
    issued: list[str] = []

    async def token() -> str:
        await asyncio.sleep(0)
        issued.append(f"rotating-token-{len(issued) + 1}")
        return issued[-1]

    async with pack_client(server, token=token) as pack:
        org = pack.organization("org-1")
        await org.call(get_integration, integration_id="i-1")
        await org.call(get_integration, integration_id="i-2")
    assert [r.headers["Authorization"] for r in server.requests()] == [
        "Bearer rotating-token-1",
        "Bearer rotating-token-2",
    ]


async def test_packcloud_callable_token_refreshed_once_on_401(server: LoopbackServer) -> None:
    server.on(
        "GET",
        "/pack/organizations/{organizationId}/integrations/{integrationId}",
        lambda r: (
            Reply(401, json={"message": "expired"})
            if r.headers["Authorization"] == "Bearer old"
            else Reply(json=pack_integration("i"))
        ),
    )
    tokens = iter(["old", "new"])

    async def token() -> str:
        return next(tokens)

    async with pack_client(server, token=token) as pack:
        got = await pack.organization("o").call(get_integration, integration_id="i")
    assert got.id == "i"
    assert [r.headers["Authorization"] for r in server.requests()] == ["Bearer old", "Bearer new"]


async def test_packcloud_callable_returning_nothing(server: LoopbackServer) -> None:
    pack_get(server)

    async def token() -> str:
        return ""

    async with pack_client(server, token=token) as pack:
        with pytest.raises(TokenRequestError, match="returned no token"):
            await pack.organization("o").call(get_integration, integration_id="i")
    assert server.count() == 0


async def test_chift_expiry_is_read_from_expires_on(server: LoopbackServer) -> None:
    """Sanity: Chift token expiry is read from `expires_on` (epoch seconds), not `expires_in`."""
    server.on(
        "POST",
        "/chift/token",
        lambda r: Reply(
            json={
                "access_token": "t-x",
                "token_type": "bearer",
                "expires_in": 1,
                "expires_on": time.time() + 900,
            }
        ),
    )
    chift_consumers(server)
    async with chift_client(server, retry=FAST_RETRY) as chift:
        for _ in range(3):
            await chift.consumer("a").call(consumers_get_consumer)
    assert server.count("POST", "/chift/token") == 1
