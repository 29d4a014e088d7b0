"""5. Secrets: api key, client secrets and tokens in 0 log lines, reprs, messages and tracebacks.

DEBUG is on for the root logger and every logger the SDK and its transports use (both
transports are run).  A loopback server provokes every error on purpose and echoes
everything the client sent -- headers, body, query -- into error bodies *and* response
headers: 401, 403, 500, token endpoints refusing, a 2xx that does not decode, a dead port.
The JTL app registration runs too, once cleanly and once with an accepted-but-malformed
status answer that carries the new key.  Besides each secret, its HTTP Basic form
(base64 of "client_id:secret") is searched for.
"""

from __future__ import annotations

import base64
import itertools
import time
import traceback
from collections.abc import Iterator
from typing import Any

import pytest
from commerce_sdk_clients.chift.api.consumers import consumers_get_consumer
from commerce_sdk_clients.jtl_erp.api.item import get_item
from commerce_sdk_clients.jtl_erp.models import CreateAppRegistrationRequest
from commerce_sdk_clients.packcloud.api.integrations import get_integration
from facade.server import LoopbackServer, Reply, Seen, free_port

from commerce_sdk import (
    Chift,
    CommerceError,
    JtlErp,
    PackCloud,
    RegisteredApp,
    RetryPolicy,
    register_app,
)

from ._support import Capture, figure

API_KEY = "rel-jtl-api-key-7Hq2LmXw"
APP_ID = "reliability/1"
JTL_CLIENT_ID = "rel-jtl-client"
JTL_SECRET = "rel-jtl-secret-Vb81sQpz"
JTL_TOKEN = "rel-jtl-bearer-Ua92kkLq"
CHIFT_ID = "rel-chift-client"
CHIFT_SECRET = "rel-chift-secret-Pp40dRt"
CHIFT_TOKEN = "rel-chift-token-"  # + a counter
CHIFT_ACCOUNT = "6f1c3a2e-1b2d-4c5e-8f90-a1b2c3d4e5f6"
PACK_TOKEN = "rel-pack-token-Jx55nnWe"
PACK_CALLABLE = "rel-pack-callable-Tq13vvBn"
ISSUED_KEY = "rel-issued-key-Cc72hhZa"
TENANT = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
FAST = RetryPolicy(max_retries=1, backoff_base=0.01, backoff_max=0.02)


def basic(client_id: str, secret: str) -> str:
    return base64.b64encode(f"{client_id}:{secret}".encode()).decode()


SECRETS = {
    "JTL api key": API_KEY,
    "JTL client secret": JTL_SECRET,
    "JTL client secret (Basic)": basic(JTL_CLIENT_ID, JTL_SECRET),
    "JTL token": JTL_TOKEN,
    "Chift client secret": CHIFT_SECRET,
    "Chift token": CHIFT_TOKEN + "1",
    "Pack.cloud token": PACK_TOKEN,
    "Pack.cloud callable token": PACK_CALLABLE,
    "registered api key": ISSUED_KEY,
}


def echo(status: int, *, html: bool = False) -> Any:
    """Answer `status` repeating everything the client sent, in the body and in headers."""

    def handler(r: Seen) -> Reply:
        sent = {
            "headers": dict(r.headers),
            "body": r.body.decode("utf-8", "replace"),
            "query": r.query,
            "path": r.raw_path,
        }
        headers = {f"x-echo-{k.lower()}": v for k, v in r.headers.items() if k.lower() not in ("host",)}
        message = f"you sent {sent!r}"
        if html:
            return Reply(status, body=f"<html><body>{message}</body></html>", content_type="text/html")
        return Reply(
            status,
            json={"ErrorMessage": message, "message": message, "detail": message, "sent": sent},
            headers=headers,
        )

    return handler


def registration() -> CreateAppRegistrationRequest:
    return CreateAppRegistrationRequest.from_dict(
        {
            "AppId": APP_ID,
            "DisplayName": "Reliability",
            "Description": "registers itself",
            "Version": "1.0.0",
            "ProviderName": "ACME",
            "ProviderWebsite": "https://acme.example",
            "MandatoryApiScopes": ["all.read"],
            "AppIcon": "aWNvbg==",
        }
    )


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv


def program(server: LoopbackServer) -> None:
    chift_tokens = itertools.count(1)
    # JTL: one OAuth endpoint refuses once, then works; another echoes the Basic header and form body.
    server.on(
        "POST",
        "/jtl-auth/token",
        [
            Reply(401, json={"error": "invalid_client", "you_sent": "placeholder"}),
            Reply(json={"access_token": JTL_TOKEN, "token_type": "Bearer", "expires_in": 3600}),
        ],
    )
    server.on("POST", "/jtl-auth/token-echo", echo(401))
    server.on("GET", "/erp/items/1", echo(401))
    server.on("GET", "/erp/items/2", echo(403))
    server.on("GET", "/erp/items/3", echo(500))
    server.on("GET", "/erp/items/4", echo(200, html=True))
    # Chift: a refusing token endpoint (echoing the JSON body with the secret), then tokens.
    server.on("POST", "/chift-bad/token", echo(400))
    server.on(
        "POST",
        "/chift/token",
        lambda r: Reply(
            json={"access_token": f"{CHIFT_TOKEN}{next(chift_tokens)}", "expires_on": time.time() + 3600}
        ),
    )
    server.on("GET", "/chift/consumers/{consumer_id}", echo(500))
    server.on("GET", "/chift2/consumers/{consumer_id}", echo(401))
    server.on(
        "POST",
        "/chift2/token",
        lambda r: Reply(json={"access_token": f"{CHIFT_TOKEN}1", "expires_on": 4102444800}),
    )
    # Pack.cloud: static and callable tokens echoed into 401 and 500.
    server.on("GET", "/pack/organizations/{org}/integrations/{id}", echo(401))
    server.on("GET", "/pack2/organizations/{org}/integrations/{id}", echo(500))
    # Registration: the key comes with a status the spec does not know (the answer does not decode).
    server.on(
        "POST",
        "/reg/erp/authentication",
        Reply(201, json={"AppId": APP_ID, "RegistrationRequestId": "r1", "Status": 0}),
    )
    server.on(
        "GET",
        "/reg/erp/authentication/{registrationId}",
        Reply(
            json={
                "RequestStatusInfo": {"AppId": APP_ID, "RegistrationRequestId": "r1", "Status": 7},
                "Token": {"ApiKey": ISSUED_KEY},
                "GrantedScopes": ["all.read"],
            }
        ),
    )
    server.on(
        "POST",
        "/ok/erp/authentication",
        Reply(201, json={"AppId": APP_ID, "RegistrationRequestId": "r2", "Status": 0}),
    )
    server.on(
        "GET",
        "/ok/erp/authentication/{registrationId}",
        [
            Reply(json={"RequestStatusInfo": {"AppId": APP_ID, "RegistrationRequestId": "r2", "Status": 0}}),
            Reply(
                json={
                    "RequestStatusInfo": {"AppId": APP_ID, "RegistrationRequestId": "r2", "Status": 2},
                    "Token": {"ApiKey": ISSUED_KEY},
                    "GrantedScopes": ["all.read"],
                }
            ),
            Reply(410, json={"ErrorCode": "Gone", "ErrorMessage": "already delivered"}),
        ],
    )


async def provoke(server: LoopbackServer, transport: str) -> tuple[list[BaseException], list[str]]:
    """Every error on purpose; returns the errors raised and the reprs of every SDK object."""
    errors: list[BaseException] = []
    reprs: list[str] = []
    url = server.url
    options: dict[str, Any] = {"transport": transport, "retry": FAST}

    async def expect(coro: Any) -> Any:
        try:
            return await coro
        except Exception as exc:
            errors.append(exc)
            return None

    async def pack_token() -> str:
        return PACK_CALLABLE

    jtl_oauth = JtlErp(
        API_KEY, APP_ID, "1.0.0", client_id=JTL_CLIENT_ID, client_secret=JTL_SECRET,
        token_url=f"{url}/jtl-auth/token", base_url=f"{url}/erp", **options,
    )  # fmt: skip
    jtl_echo_token = JtlErp(
        API_KEY, APP_ID, "1.0.0", client_id=JTL_CLIENT_ID, client_secret=JTL_SECRET,
        token_url=f"{url}/jtl-auth/token-echo", base_url=f"{url}/erp", **options,
    )  # fmt: skip
    chift_bad = Chift(CHIFT_ID, CHIFT_SECRET, CHIFT_ACCOUNT, base_url=f"{url}/chift-bad", **options)
    chift = Chift(CHIFT_ID, CHIFT_SECRET, CHIFT_ACCOUNT, base_url=f"{url}/chift", **options)
    chift2 = Chift(CHIFT_ID, CHIFT_SECRET, CHIFT_ACCOUNT, base_url=f"{url}/chift2", **options)
    pack = PackCloud(token=PACK_TOKEN, base_url=f"{url}/pack", **options)
    pack2 = PackCloud(token=pack_token, base_url=f"{url}/pack2", **options)
    dead = JtlErp(API_KEY, APP_ID, "1.0.0", base_url=f"http://127.0.0.1:{free_port()}/erp", **options)
    clients = [jtl_oauth, jtl_echo_token, chift_bad, chift, chift2, pack, pack2, dead]
    try:
        shop = jtl_oauth.tenant(TENANT)
        await expect(shop.call(get_item, item_id=1))  # token endpoint refuses first
        for item_id in (1, 2, 3, 4):  # 401 (refresh + retry), 403, 500 (retried), HTML 200
            await expect(shop.call(get_item, item_id=item_id))
        await expect(jtl_echo_token.tenant(TENANT).call(get_item, item_id=1))
        await expect(chift_bad.consumer("acme").call(consumers_get_consumer))
        await expect(chift.consumer("acme").call(consumers_get_consumer))
        await expect(chift2.consumer("acme").call(consumers_get_consumer))
        await expect(pack.organization("o").call(get_integration, integration_id="i"))
        await expect(pack2.organization("o").call(get_integration, integration_id="i"))
        await expect(dead.tenant(TENANT).call(get_item, item_id=1))
        await expect(
            register_app(
                registration(), tenant_id=TENANT, challenge_code="c1", poll_interval=0.01,
                wait_timeout=5, on_pending=lambda m: None, base_url=f"{url}/reg/erp", **options,
            )
        )  # fmt: skip
        app = await register_app(
            registration(), tenant_id=TENANT, challenge_code="c2", poll_interval=0.01,
            wait_timeout=5, on_pending=lambda m: None, base_url=f"{url}/ok/erp", **options,
        )  # fmt: skip
        assert isinstance(app, RegisteredApp) and app.api_key.reveal() == ISSUED_KEY
        await expect(
            register_app(
                registration(), tenant_id=TENANT, challenge_code="c2", poll_interval=0.01,
                wait_timeout=5, on_pending=lambda m: None, base_url=f"{url}/ok/erp", **options,
            )
        )  # fmt: skip  # 410: the key is shown only once
        reprs.append(repr(app))
        for client in clients:
            reprs += [repr(client), str(client), repr(client.pipeline), repr(client.pipeline.auth)]
        for scope in (shop, chift.consumer("acme"), pack.organization("o")):
            reprs += [repr(scope), repr(scope.client)]
        for tokens in (chift.token_auth, chift2.token_auth):
            reprs += [repr(tokens), repr(vars(tokens))]
    finally:
        for client in clients:
            await client.aclose()
    return errors, reprs


def exception_texts(exc: BaseException) -> dict[str, str]:
    attributes = {k: v for k, v in vars(exc).items() if not k.startswith("__")}
    return {
        "exception message": str(exc),
        "exception repr": repr(exc),
        "exception attributes": repr(attributes),
        "formatted traceback": "".join(traceback.format_exception(exc)),
    }


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_no_secret_in_logs_reprs_messages_or_tracebacks(
    server: LoopbackServer, all_logs: Capture, transport: str
) -> None:
    program(server)
    errors, reprs = await provoke(server, transport)

    texts: dict[str, list[str]] = {"log line": all_logs.lines(), "repr": reprs}
    for exc in errors:
        for kind, text in exception_texts(exc).items():
            texts.setdefault(kind, []).append(text)
    leaks = [
        (kind, name, text[:300])
        for kind, items in texts.items()
        for text in items
        for name, secret in SECRETS.items()
        if secret in text
    ]
    test = f"secrets[{transport}]"
    figure(test, "errors provoked", len(errors))
    figure(test, "error types", ",".join(sorted({type(e).__name__ for e in errors})))
    figure(test, "log lines/reprs checked", f"{len(texts['log line'])}/{len(reprs)}")
    for kind in (
        "log line",
        "repr",
        "exception message",
        "exception repr",
        "exception attributes",
        "formatted traceback",
    ):
        figure(test, f"secrets in: {kind}", sum(1 for leak in leaks if leak[0] == kind))
    assert all(isinstance(e, CommerceError) for e in errors), [type(e) for e in errors]
    assert len(errors) == 14
    assert len(texts["log line"]) > 50  # DEBUG really was on
    assert any("you sent" in t for t in texts["exception attributes"])  # the echoes did come back
    for leak in leaks:
        print("LEAK", leak[0], "|", leak[1], "|", leak[2][:300])
    assert not leaks, leaks
