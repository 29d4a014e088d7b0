"""chift_webhook_app over real HTTP: uvicorn on 127.0.0.1, mounted in Starlette and alone."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Mount, Route

from commerce_sdk import ConfigurationError
from commerce_sdk.webhooks import ChiftWebhookEvent, chift_webhook_app

from .receiver import serve_asgi
from .test_verify import SECRET, event_body, python_example_bytes, sign


class Recorder:
    """An async handler that remembers what it was given, and a seen-check over it."""

    def __init__(self, *, delay: float = 0.0, fail: bool = False) -> None:
        self.events: list[ChiftWebhookEvent] = []
        self.handled: set[str] = set()
        self.delay = delay
        self.fail = fail

    async def __call__(self, event: ChiftWebhookEvent) -> None:
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.fail:
            raise RuntimeError(f"database down while storing {SECRET} for {event.event}")
        self.events.append(event)
        self.handled.add(event.delivery_key())  # recorded once the work is done

    def seen_sync(self, event: ChiftWebhookEvent) -> bool:
        return event.delivery_key() in self.handled

    async def seen_async(self, event: ChiftWebhookEvent) -> bool:
        await asyncio.sleep(0)
        return event.delivery_key() in self.handled


@pytest.fixture
def mounted() -> Iterator[tuple[str, Recorder]]:
    """The receiver routed at /hooks/chift of a Starlette app, served by uvicorn."""
    recorder = Recorder()
    receiver = chift_webhook_app(SECRET, recorder, max_body=4096)
    app = Starlette(routes=[Route("/hooks/chift", receiver), Mount("/mounted", app=receiver)])
    with serve_asgi(app) as base:
        yield f"{base}/hooks/chift", recorder


def signed(body: dict[str, Any] | None = None, secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    raw = python_example_bytes(body or event_body())
    return raw, {"content-type": "application/json", "X-Chift-Signature": sign(raw, secret)}


async def test_a_signed_delivery_reaches_the_handler(mounted: tuple[str, Recorder]) -> None:
    url, recorder = mounted
    raw, headers = signed(event_body(name="Café ☕"))
    async with httpx.AsyncClient() as client:
        response = await client.post(url, content=raw, headers=headers)
    assert response.status_code == 200
    assert response.json() == {"received": True, "duplicate": False}
    [event] = recorder.events
    assert event.event == "account.connection.created" and event.payload["name"] == "Café ☕"
    assert event.body == raw
    async with httpx.AsyncClient() as client:  # Starlette's Mount wants the trailing slash
        response = await client.post(url.replace("/hooks/chift", "/mounted/"), content=raw, headers=headers)
    assert response.status_code == 200 and len(recorder.events) == 2


async def test_refusals_over_http(mounted: tuple[str, Recorder]) -> None:
    url, recorder = mounted
    raw, headers = signed()
    async with httpx.AsyncClient() as client:
        wrong = await client.post(url, content=raw, headers={"x-chift-signature": sign(raw, "forger")})
        missing = await client.post(url, content=raw)
        garbage = await client.post(url, content=raw, headers={"x-chift-signature": "x" * 4000})
        tampered = await client.post(url, content=raw.replace(b"created", b"deleted"), headers=headers)
        not_json = await client.post(url, content=b"<html>", headers={"x-chift-signature": sign(b"<html>")})
        no_field = signed({"event": "x"})
        missing_field = await client.post(url, content=no_field[0], headers=no_field[1])
        get = await client.get(url)
        put = await client.put(url, content=raw, headers=headers)
    for response in (wrong, missing, garbage, tampered):
        assert response.status_code == 401
        assert response.json() == {"error": "webhook signature verification failed"}  # no detail for forgers
    assert not_json.status_code == 400 and "not JSON" in not_json.json()["error"]
    assert missing_field.status_code == 400 and "`accountid`" in missing_field.json()["error"]
    assert get.status_code == put.status_code == 405 and get.headers["allow"] == "POST"
    assert recorder.events == []


async def test_oversized_bodies_get_413_declared_or_streamed(mounted: tuple[str, Recorder]) -> None:
    url, recorder = mounted
    raw, headers = signed(event_body(filler="x" * 5000))  # max_body is 4096

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(raw), 1000):
            yield raw[start : start + 1000]

    async with httpx.AsyncClient() as client:
        declared = await client.post(url, content=raw, headers=headers)
        streamed = await client.post(url, content=chunks(), headers=headers)  # chunked, no Content-Length
        small = signed()
        fits = await client.post(url, content=small[0], headers=small[1])
    assert "content-length" not in streamed.request.headers
    assert declared.status_code == streamed.status_code == 413
    assert fits.status_code == 200 and len(recorder.events) == 1


async def test_failing_handler_gives_500_without_detail(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="commerce_sdk")
    recorder = Recorder(fail=True)
    with serve_asgi(chift_webhook_app(SECRET, recorder)) as url:
        raw, headers = signed()
        async with httpx.AsyncClient() as client:
            response = await client.post(url, content=raw, headers=headers)
    assert response.status_code == 500
    assert response.json() == {"error": "the receiver failed to process the event"}
    assert "database" not in response.text
    failures = [r for r in caplog.records if r.name == "commerce_sdk.webhooks" and r.levelname == "ERROR"]
    assert failures and "account.connection.created" in failures[0].getMessage()
    assert "RuntimeError: database down while storing *** for" in failures[0].getMessage()
    assert SECRET not in caplog.text and SECRET not in response.text  # the handler quoted it


@pytest.mark.parametrize("which", ["seen_sync", "seen_async"])
async def test_duplicates_are_answered_200_without_calling_the_handler(which: str) -> None:
    recorder = Recorder()
    app = chift_webhook_app(SECRET, recorder, seen=getattr(recorder, which))
    with serve_asgi(app) as url:
        raw, headers = signed()
        pretty = json.dumps(json.loads(raw), indent=2).encode()  # the same event, serialised otherwise
        other, other_headers = signed(event_body(event="account.connection.updated"))
        async with httpx.AsyncClient() as client:
            first = await client.post(url, content=raw, headers=headers)
            again = await client.post(url, content=raw, headers=headers)
            reformatted = await client.post(url, content=pretty, headers=headers)
            different = await client.post(url, content=other, headers=other_headers)
    assert [r.status_code for r in (first, again, reformatted, different)] == [200] * 4
    assert [r.json()["duplicate"] for r in (first, again, reformatted, different)] == [
        False,
        True,
        True,
        False,
    ]
    assert [e.event for e in recorder.events] == ["account.connection.created", "account.connection.updated"]


async def test_concurrent_duplicates_run_the_handler_once() -> None:
    recorder = Recorder(delay=0.2)
    with serve_asgi(chift_webhook_app(SECRET, recorder, seen=recorder.seen_async)) as url:
        raw, headers = signed()
        async with httpx.AsyncClient() as client:
            started = time.perf_counter()
            answers = await asyncio.gather(
                *(client.post(url, content=raw, headers=headers) for _ in range(8))
            )
            elapsed = time.perf_counter() - started
    assert [a.status_code for a in answers] == [200] * 8
    assert sorted(a.json()["duplicate"] for a in answers) == [False] + [True] * 7
    assert len(recorder.events) == 1
    assert elapsed < 1.5  # the seven waited for the first (0.2 s), not for each other in turn


async def test_a_failed_delivery_is_not_seen_so_the_retry_is_handled() -> None:
    recorder = Recorder(fail=True)
    with serve_asgi(chift_webhook_app(SECRET, recorder, seen=recorder.seen_sync)) as url:
        raw, headers = signed()
        async with httpx.AsyncClient() as client:
            failed = await client.post(url, content=raw, headers=headers)
            recorder.fail = False
            retried = await client.post(url, content=raw, headers=headers)
    assert (failed.status_code, retried.status_code) == (500, 200)
    assert retried.json()["duplicate"] is False and len(recorder.events) == 1


async def test_sync_handler_big_body_tolerance_and_lifespan_served_alone() -> None:
    got: list[ChiftWebhookEvent] = []
    app = chift_webhook_app(SECRET, got.append, tolerance=300)  # a plain function works too
    with serve_asgi(app, lifespan="on") as url:
        big, big_headers = signed(event_body(items=["é" * 100] * 1000))  # > 64 KiB: verified off-loop
        stale, stale_headers = signed(event_body(created=int(time.time()) - 3600))
        async with httpx.AsyncClient() as client:
            ok = await client.post(url, content=big, headers=big_headers)
            old = await client.post(url, content=stale, headers=stale_headers)
    assert len(big) > 64 * 1024
    assert ok.status_code == 200 and len(got) == 1 and len(got[0].payload["items"]) == 1000
    assert old.status_code == 401


def test_bad_arguments_and_repr() -> None:
    app = chift_webhook_app(SECRET, Recorder())
    assert SECRET not in repr(app)
    for kwargs, match in [
        ({"secret": ""}, "signing secret"),
        ({"handler": "not callable"}, "handler"),
        ({"seen": 5}, "seen"),
        ({"max_body": 0}, "max_body"),
        ({"tolerance": -5}, "tolerance"),
    ]:
        args: dict[str, Any] = {"secret": SECRET, "handler": Recorder(), **kwargs}
        with pytest.raises(ConfigurationError, match=match) as info:
            chift_webhook_app(args.pop("secret"), args.pop("handler"), **args)
        assert SECRET not in str(info.value)
