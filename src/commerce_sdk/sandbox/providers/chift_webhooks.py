"""Chift webhooks in the sandbox: instances, real signed deliveries, delivery logs.

Instances are made through the spec's webhook operations.  A sandbox event (a connection
created or updated, a flow execution finishing) becomes one HTTP POST per matching active
instance, sent from the server's event loop after the triggering answer: the body is the
compact JSON Chift's guide hashes, `X-Chift-Signature` is the hex HMAC-SHA256 of exactly
those bytes when the instance has a signing secret.  Each attempt is logged (one try, no
retries: Chift documents none; `httpstatus` 0 means no HTTP answer).  With the
`bad_signature` fault on, deliveries carry a signature made with the wrong key.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from .. import seed
from ..state import Row
from .base import ApiError, Call, Reply

if TYPE_CHECKING:
    from .chift import ChiftProvider

logger = logging.getLogger("commerce_sdk.sandbox")

CONNECTION_CREATED = "account.connection.created"
CONNECTION_UPDATED = "account.connection.updated"
CONNECTION_DELETED = "account.connection.deleted"
# Chift's guide names the two connection events; this one is the sandbox's own name.
FLOW_EXECUTION_FINISHED = "account.sync.flow.execution.finished"
EVENT_TYPES: tuple[tuple[str, str | None], ...] = (
    (CONNECTION_CREATED, None),
    (CONNECTION_UPDATED, None),
    (CONNECTION_DELETED, None),
    (FLOW_EXECUTION_FINISHED, None),
)
DELIVERY_TIMEOUT = 5.0
NOT_FOUND = "The specified webhook could not be found for this account"


@dataclass
class _Instance:
    item: Row  # WebhookInstanceGetItem
    secret: str | None

    def __repr__(self) -> str:  # never the secret
        return f"_Instance({self.item['webhookid']}, {self.item['event']}, {self.item['url']})"


class ChiftWebhooks:
    """The webhook operations of one sandboxed Chift account, and the deliveries they cause."""

    def __init__(self, provider: ChiftProvider) -> None:
        self.provider = provider
        self.instances: dict[str, _Instance] = {}
        self.logs: dict[str, list[Row]] = {}
        self.bad_signature = provider.config.webhook_bad_signature
        self._tasks: set[asyncio.Task[None]] = set()
        self._idle = threading.Condition()
        self._in_flight = 0
        for method, path, handler in (
            ("GET", "/webhooks/list", self.list_types),
            ("POST", "/webhooks", self.create),
            ("GET", "/webhooks", self.list_instances),
            ("GET", "/webhooks/{webhookid}", self.get),
            ("PATCH", "/webhooks/{webhookid}", self.update),
            ("DELETE", "/webhooks/{webhookid}", self.delete),
            ("GET", "/webhooks/{webhookid}/logs", self.list_logs),
        ):
            provider.on(method, path, handler)

    # -- the operations -----------------------------------------------------------------
    def list_types(self, call: Call) -> Reply:
        return Reply(200, [{"event": event, "api": api} for event, api in EVENT_TYPES])

    def create(self, call: Call) -> Reply:
        body = call.body
        event, url = body["event"], body["url"]
        if event not in {e for e, _ in EVENT_TYPES}:
            raise ApiError(400, f"Unknown webhook event {event!r}.", code="ERROR_WEBHOOK_EVENT")
        _check_url(url)
        if any(i.item["event"] == event and i.item["url"] == url for i in self.instances.values()):
            raise ApiError(400, "There is already an existing webhook with the same url and type")
        webhook_id = self.provider.next_uuid("webhook")
        item = {
            "webhookid": webhook_id,
            "accountid": self.provider.credentials.account_id,
            "createdby": None,
            "createdon": _iso(self.provider.now),
            "event": event,
            "url": url,
            "status": "active",
            "integrationid": body.get("integrationid"),
        }
        self.instances[webhook_id] = _Instance(item, body.get("signingsecret") or None)
        self.logs[webhook_id] = []
        return Reply(200, dict(item))

    def list_instances(self, call: Call) -> Reply:
        status = call.query.get("status")
        return Reply(
            200, [dict(i.item) for i in self.instances.values() if status in (None, i.item["status"])]
        )

    def _instance(self, call: Call) -> _Instance:
        found = self.instances.get(str(call.path_params["webhookid"]).lower())
        if found is None:
            raise ApiError(404, NOT_FOUND)
        return found

    def get(self, call: Call) -> Reply:
        return Reply(200, dict(self._instance(call).item))

    def update(self, call: Call) -> Reply:
        instance = self._instance(call)
        body = call.body if isinstance(call.body, dict) else {}
        if body.get("url") is not None:
            _check_url(body["url"])
            instance.item["url"] = body["url"]
        if body.get("status") is not None:
            instance.item["status"] = body["status"]
        if "signingsecret" in body:
            instance.secret = body["signingsecret"] or None
        return Reply(200, dict(instance.item))

    def delete(self, call: Call) -> Reply:
        webhook_id = self._instance(call).item["webhookid"]
        del self.instances[webhook_id]
        self.logs.pop(webhook_id, None)  # "deletes the subscription and its associated logs"
        return Reply(204)

    def list_logs(self, call: Call) -> Reply:
        webhook_id = self._instance(call).item["webhookid"]
        return Reply(200, [dict(log) for log in self.logs.get(webhook_id, [])])

    # -- events -------------------------------------------------------------------------
    def emit(
        self,
        event: str,
        consumer_id: str,
        data: Row,
        *,
        integration_id: int | None = None,
        after: float = 0.0,
    ) -> int:
        """Schedule a delivery to every active instance of `event`; returns how many.

        Runs inside a handler, on the server's event loop; sending waits for `after` seconds
        (a flow "finishing") and never holds the sandbox lock while on the wire."""
        targets = [
            i
            for i in self.instances.values()
            if i.item["event"] == event
            and i.item["status"] == "active"
            and i.item.get("integrationid") in (None, integration_id)
        ]
        if not targets:
            return 0
        loop = asyncio.get_running_loop()
        for instance in targets:
            payload = {
                "accountid": self.provider.credentials.account_id,
                "event": event,
                "consumerid": consumer_id,
                "created": int(self.provider.now),
                "data": data,
            }
            with self._idle:
                self._in_flight += 1
            task = loop.create_task(self._deliver(instance, payload, after))
            self._tasks.add(task)
            task.add_done_callback(self._done)
        return len(targets)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        with self._idle:
            self._in_flight -= 1
            self._idle.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """Block (any thread but the server's) until no delivery is in flight."""
        with self._idle:
            return self._idle.wait_for(lambda: self._in_flight == 0, timeout)

    async def _deliver(self, instance: _Instance, payload: Row, after: float) -> None:
        if after > 0:
            await asyncio.sleep(after)
        body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        headers = {"content-type": "application/json", "user-agent": "chift-sandbox-webhooks"}
        secret = instance.secret
        if secret is not None:
            key = ("not-" + secret) if self.bad_signature else secret
            headers["x-chift-signature"] = hmac.new(key.encode(), body, hashlib.sha256).hexdigest()
        url = instance.item["url"]
        status = 0
        try:
            async with httpx.AsyncClient(timeout=DELIVERY_TIMEOUT, trust_env=False) as client:
                status = (await client.post(url, content=body, headers=headers)).status_code
        except httpx.HTTPError as exc:
            logger.info("webhook delivery to %s failed: %s", url, type(exc).__name__)
        with self.provider.runtime.lock:
            log = self.logs.get(instance.item["webhookid"])
            if log is not None:  # deleted meanwhile: its logs went with it
                log.append(
                    {
                        "webhooklogid": self.provider.next_uuid("webhook-log"),
                        "webhookid": instance.item["webhookid"],
                        "event": payload["event"],
                        "url": url,
                        "accountid": payload["accountid"],
                        "createdon": _iso(time.time()),
                        "httpstatus": status,
                        "integrationid": instance.item.get("integrationid"),
                    }
                )


def _check_url(url: Any) -> None:
    parts = urlsplit(str(url))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ApiError(400, f"The webhook url must be an absolute http(s) URL, not {url!r}.")


def _iso(ts: float) -> str:
    return seed.iso(datetime.fromtimestamp(ts, UTC))
