"""DEBUG logging (one line per request/response/retry) and secrets in no log, repr, message or traceback."""

from __future__ import annotations

import logging
import traceback
from typing import Any

import pytest
from commerce_sdk_clients.chift.api.consumers import consumers_get_consumer
from commerce_sdk_clients.jtl_erp.api.item import get_item
from commerce_sdk_clients.packcloud.api.integrations import get_integration

from commerce_sdk import (
    APIConnectionError,
    CommerceError,
    DecodeError,
    PermissionDeniedError,
    RequestOptions,
    Secret,
    TenantMismatchError,
    TokenRequestError,
    UnauthorizedError,
)

from .helpers import (
    API_KEY,
    CHIFT_SECRET,
    CHIFT_TOKEN_PREFIX,
    ITEM,
    JTL_CLIENT_ID,
    JTL_CLIENT_SECRET,
    JTL_TOKEN,
    OTHER_TENANT,
    PACK_TOKEN,
    TENANT,
    chift_client,
    jtl_client,
    pack_client,
)
from .server import LoopbackServer, Reply, Seen, free_port

CALLABLE_TOKEN = "pack-callable-token-Qm41zz"


def sdk_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "commerce_sdk"]


async def test_one_debug_line_per_request_response_and_retry(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="commerce_sdk")
    server.on("GET", "/erp/items/{itemId}", [Reply(503), Reply(json=ITEM)])
    async with jtl_client(server, transport="httpx") as jtl:
        await jtl.tenant(TENANT).call(get_item, item_id=1)
    url = f"{server.url}/erp/items/1"
    lines = sdk_lines(caplog)
    assert len(lines) == 5, lines
    assert lines[0] == f"request GET {url} op=item.get_item attempt=1"
    assert lines[1].startswith(f"response GET {url} -> 503 in ")
    assert lines[2].startswith(f"retry GET {url} #1/2 in ") and lines[2].endswith(": status 503")
    assert lines[3] == f"request GET {url} op=item.get_item attempt=2"
    assert lines[4].startswith(f"response GET {url} -> 200 in ")
    assert all(r.levelno == logging.DEBUG for r in caplog.records if r.name == "commerce_sdk")

    caplog.clear()
    server.on("GET", "/erp/items/{itemId}", [Reply(drop=True), Reply(json=ITEM)])
    async with jtl_client(server, transport="httpx") as jtl:
        await jtl.tenant(TENANT).call(get_item, item_id=1)
    kinds = [line.split(" ", 1)[0] for line in sdk_lines(caplog)]
    assert kinds == ["request", "failure", "retry", "request", "response"]


def _echo(r: Seen) -> str:
    """An error body that repeats everything the client sent: the worst case for leaks."""
    return f"you sent headers {dict(r.headers)!r} and body {r.body.decode(errors='replace')!r}"


async def test_secrets_appear_in_no_log_repr_message_or_traceback(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: the SDK, httpx, httpcore, aiohttp
    errors: list[BaseException] = []
    reprs: list[str] = []

    # JTL: api key + OAuth; the server echoes the request into 401 and 403 bodies
    server.on(
        "POST",
        "/oauth2/token",
        Reply(json={"access_token": JTL_TOKEN, "token_type": "Bearer", "expires_in": 3600}),
    )
    server.on(
        "GET",
        "/erp/items/{itemId}",
        lambda r: (
            Reply(401, json={"ErrorMessage": _echo(r)})
            if r.params["itemId"] == "1"
            else Reply(200, body=f"<html>{_echo(r)}</html>", content_type="text/html")
            if r.params["itemId"] == "2"
            else Reply(503, json={"ErrorMessage": _echo(r)})
        ),
    )
    # Chift: the token endpoint first refuses (echoing the client secret), then works;
    # the API refuses the token (echoing it)
    token_answers = iter([Reply(400, body="placeholder")])

    def token(r: Seen) -> Reply:
        first = next(token_answers, None)
        if first is not None:
            return Reply(400, json={"detail": _echo(r)})
        return Reply(json={"access_token": f"{CHIFT_TOKEN_PREFIX}x1", "expires_on": 4102444800})

    server.on("POST", "/chift/token", token)
    server.on("GET", "/chift/consumers/{consumer_id}", lambda r: Reply(401, json={"message": _echo(r)}))
    # Pack.cloud: static token and callable token, both echoed into a 403
    server.on(
        "GET",
        "/pack/organizations/{organizationId}/integrations/{integrationId}",
        lambda r: Reply(403, json={"message": _echo(r)}),
    )

    async def pack_token() -> str:
        return CALLABLE_TOKEN

    async with (
        jtl_client(
            server,
            client_id=JTL_CLIENT_ID,
            client_secret=JTL_CLIENT_SECRET,
            token_url=server.url + "/oauth2/token",
        ) as jtl,
        chift_client(server) as chift,
        pack_client(server) as pack,
        pack_client(server, token=pack_token) as pack2,
    ):
        shop = jtl.tenant(TENANT, session_id="sess-1")
        acme = chift.consumer("acme")
        org, org2 = pack.organization("o"), pack2.organization("o")

        async def expect(cls: type[BaseException], coro: Any) -> None:
            with pytest.raises(cls) as info:
                await coro
            errors.append(info.value)

        await expect(UnauthorizedError, shop.call(get_item, item_id=1))
        await expect(DecodeError, shop.call(get_item, item_id=2))
        await expect(Exception, shop.call(get_item, item_id=3, options=RequestOptions(max_retries=1)))
        await expect(TokenRequestError, acme.call(consumers_get_consumer))
        await expect(UnauthorizedError, acme.call(consumers_get_consumer))
        await expect(PermissionDeniedError, org.call(get_integration, integration_id="i"))
        await expect(PermissionDeniedError, org2.call(get_integration, integration_id="i"))
        await expect(
            TenantMismatchError,
            shop.call(get_item, item_id=1, options=RequestOptions(headers={"tenant-id": OTHER_TENANT})),
        )
        # a generated function with the scope's client raises the same typed error (scrubbed too)
        await expect(UnauthorizedError, get_item.asyncio_detailed(item_id=1, client=shop.client))
        async with jtl_client(None, base_url=f"http://127.0.0.1:{free_port()}/erp", max_retries=0) as dead:
            await expect(APIConnectionError, dead.tenant(TENANT).call(get_item, item_id=1))

        reprs += [repr(x) for x in (jtl, chift, pack, pack2, shop, acme, org, org2)]
        reprs += [repr(x.pipeline) for x in (jtl, chift, pack, pack2)]
        reprs += [repr(s._pipeline) for s in (shop, acme, org, org2)]
        reprs += [repr(s.client) for s in (shop, acme, org, org2)]
        reprs += [repr(jtl.pipeline.auth), repr(chift.token_auth), str(chift.token_auth)]
        reprs += [repr(Secret(API_KEY)), str(Secret(API_KEY)), f"{Secret(CHIFT_SECRET)}"]

    # the errors happened and carry the echoed text, scrubbed
    assert len(errors) == 10
    assert any("you sent headers" in getattr(e, "body", "") for e in errors)
    pack_error = errors[5]
    assert isinstance(pack_error, PermissionDeniedError)
    assert pack_error.parsed is not None and "Bearer ***" in pack_error.parsed.message  # parsed, scrubbed
    secrets = [API_KEY, JTL_CLIENT_SECRET, JTL_TOKEN, CHIFT_SECRET, f"{CHIFT_TOKEN_PREFIX}x1", PACK_TOKEN]
    secrets.append(CALLABLE_TOKEN)

    texts: dict[str, list[str]] = {
        "log line": [r.getMessage() for r in caplog.records] + [caplog.text],
        "repr": reprs,
        "exception str": [str(e) for e in errors],
        "exception repr": [repr(e) for e in errors],
        "exception attribute": [
            str(getattr(e, a, "")) for e in errors for a in ("message", "body", "url", "args", "parsed")
        ],
        "traceback": ["".join(traceback.format_exception(e)) for e in errors],
    }
    leaks = [
        (kind, secret, text[:200])
        for kind, items in texts.items()
        for text in items
        for secret in secrets
        if secret in text
    ]
    assert not leaks, leaks
    assert len(sdk_lines(caplog)) >= 10  # the SDK did log, at DEBUG
    assert all(isinstance(e, CommerceError) for e in errors)
