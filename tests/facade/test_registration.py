"""`commerce_sdk.register_app`: JTL's app registration flow against a loopback server."""

from __future__ import annotations

import logging
import time
from typing import Any

import pytest
from commerce_sdk_clients.jtl_erp.models import CreateAppRegistrationRequest

from commerce_sdk import RegisteredApp, RegistrationError, Secret, register_app

from .helpers import TENANT
from .server import LoopbackServer, Reply, Seen

ISSUED_KEY = "b7e2c9d4-1f3a-4e5b-8c6d-0a9b8c7d6e5f"
REG_ID = "reg-0001"
CHALLENGE = "ch-4711"


def registration() -> CreateAppRegistrationRequest:
    return CreateAppRegistrationRequest.from_dict(
        {
            "AppId": "facade-tests/1",
            "DisplayName": "Facade tests",
            "Description": "registers itself",
            "Version": "1.0.0",
            "ProviderName": "ACME",
            "ProviderWebsite": "https://acme.example",
            "MandatoryApiScopes": ["all.read"],
            "AppIcon": "aWNvbg==",
        }
    )


def status_info(status: int) -> dict[str, Any]:
    return {"AppId": "facade-tests/1", "RegistrationRequestId": REG_ID, "Status": status}


def registration_server(server: LoopbackServer, statuses: list[int]) -> None:
    """POST /authentication, then GET /authentication/{id} answers `statuses` in turn
    (0 pending, 1 rejected, 2 accepted with the key); after the key was handed out: 410."""
    state = {"polls": 0, "delivered": False}

    def status(r: Seen) -> Reply:
        if state["delivered"]:
            return Reply(410, json={"ErrorCode": "Gone", "ErrorMessage": "key already delivered"})
        code = statuses[min(state["polls"], len(statuses) - 1)]
        state["polls"] += 1
        body: dict[str, Any] = {"RequestStatusInfo": status_info(code)}
        if code == 2:
            state["delivered"] = True
            body["Token"] = {"ApiKey": ISSUED_KEY}
            body["GrantedScopes"] = ["all.read"]
        return Reply(json=body)

    server.on("POST", "/erp/authentication", Reply(201, json=status_info(0)))
    server.on("GET", "/erp/authentication/{registrationId}", status)


async def test_register_app_waits_while_pending_and_returns_the_key_once(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, the SDK's included
    registration_server(server, [0, 0, 2])
    messages: list[str] = []
    app = await register_app(
        registration(),
        tenant_id=TENANT,
        challenge_code=CHALLENGE,
        poll_interval=0.05,
        wait_timeout=10,
        on_pending=messages.append,
        base_url=server.url + "/erp",
    )
    assert isinstance(app, RegisteredApp)
    assert isinstance(app.api_key, Secret)
    assert app.api_key.reveal() == ISSUED_KEY
    assert (app.app_id, app.registration_id, app.granted_scopes) == ("facade-tests/1", REG_ID, ["all.read"])
    assert ISSUED_KEY not in repr(app) and ISSUED_KEY not in str(app.api_key)

    # two pending polls, each told to the caller clearly
    assert len(messages) == 2
    for m in messages:
        assert "pending" in m and REG_ID in m
        assert "approve it in JTL-Wawi" in m

    # the flow on the wire: register, then poll, with tenant and challenge headers, no api key yet
    seen = server.requests()
    assert [(r.method, r.path) for r in seen] == [("POST", "/erp/authentication")] + [
        ("GET", f"/erp/authentication/{REG_ID}")
    ] * 3
    for r in seen:
        assert r.headers["tenant-id"] == TENANT
        assert r.headers["x-challengecode"] == CHALLENGE
        assert "x-api-key" not in r.headers
    assert seen[0].json["AppId"] == "facade-tests/1"

    # the key is never logged
    assert caplog.records, "expected DEBUG lines from the SDK"
    assert not [rec for rec in caplog.records if ISSUED_KEY in rec.getMessage()]
    assert ISSUED_KEY not in caplog.text

    # JTL shows the key only once: a second run for the same registration gets 410
    with pytest.raises(RegistrationError, match="already completed"):
        await register_app(
            registration(),
            tenant_id=TENANT,
            challenge_code=CHALLENGE,
            poll_interval=0.05,
            wait_timeout=10,
            on_pending=messages.append,
            base_url=server.url + "/erp",
        )


async def test_register_app_default_pending_message_goes_to_the_log(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    registration_server(server, [0, 2])
    app = await register_app(
        registration(),
        tenant_id=TENANT,
        challenge_code=CHALLENGE,
        poll_interval=0.05,
        wait_timeout=10,
        base_url=server.url + "/erp",
    )
    assert app.api_key.reveal() == ISSUED_KEY
    pending = [r for r in caplog.records if r.name == "commerce_sdk" and "pending" in r.getMessage()]
    assert len(pending) == 1 and pending[0].levelno == logging.INFO
    assert ISSUED_KEY not in caplog.text


async def test_register_app_bounded_wait(server: LoopbackServer) -> None:
    registration_server(server, [0])  # never approved
    messages: list[str] = []
    started = time.monotonic()
    with pytest.raises(RegistrationError, match="still pending") as info:
        await register_app(
            registration(),
            tenant_id=TENANT,
            challenge_code=CHALLENGE,
            poll_interval=0.05,
            wait_timeout=0.4,
            on_pending=messages.append,
            base_url=server.url + "/erp",
        )
    elapsed = time.monotonic() - started
    assert 0.4 <= elapsed < 3.0
    assert "approve it in JTL-Wawi" in str(info.value)
    assert len(messages) >= 3


async def test_register_app_rejected(server: LoopbackServer) -> None:
    registration_server(server, [0, 1])
    with pytest.raises(RegistrationError, match="rejected"):
        await register_app(
            registration(),
            tenant_id=TENANT,
            challenge_code=CHALLENGE,
            poll_interval=0.05,
            wait_timeout=10,
            on_pending=lambda m: None,
            base_url=server.url + "/erp",
        )


async def test_register_app_validates_challenge_code_before_sending(server: LoopbackServer) -> None:
    from commerce_sdk import ConfigurationError

    with pytest.raises(ConfigurationError, match="challenge_code"):
        await register_app(
            registration(), tenant_id=TENANT, challenge_code="x" * 31, base_url=server.url + "/erp"
        )
    assert server.count() == 0
