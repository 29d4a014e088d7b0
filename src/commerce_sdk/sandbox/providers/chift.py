"""Chift behaviour: client-credential tokens with a lifetime, consumers as tenants.

Every consumer (the account's own customers) has its own connections, sync set-ups and
paged data lists; any operation whose answer is a `{items, total, page, size}` page is
served from seeded rows per consumer, so new list endpoints in the spec page at once.
"""

from __future__ import annotations

import copy
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .. import seed
from ..config import SandboxConfig
from ..contracts import Contract, Operation, follow_refs, resolve_pointer
from ..state import LazyTable, Row
from ..validation import Problem
from .base import ApiError, Call, Provider, Reply, Runtime, query_int
from .chift_webhooks import (
    CONNECTION_CREATED,
    CONNECTION_DELETED,
    CONNECTION_UPDATED,
    FLOW_EXECUTION_FINISHED,
    ChiftWebhooks,
)

_INTEGRATIONS = (
    (1001, "Shopify", "eCommerce"),
    (1002, "WooCommerce", "eCommerce"),
    (2001, "Odoo", "Accounting"),
    (2002, "Exact Online", "Accounting"),
    (3001, "Lightspeed", "Point of Sale"),
    (4001, "Stripe", "Payment"),
    (5001, "Ponto", "Banking"),
)


@dataclass
class ChiftCredentials:
    """What a client needs to get a Chift token from the sandbox."""

    client_id: str
    client_secret: str
    account_id: str
    consumers: list[str]


def chift_credentials(config: SandboxConfig) -> ChiftCredentials:
    """Seeded, so the same seed always gives the same account and consumers."""
    r = seed.rng(config.seed, "chift", "credentials")
    return ChiftCredentials(
        client_id="chift-sandbox-client",
        client_secret=seed.hex_token(r, 40),
        account_id=seed.uuid_from(r),
        consumers=[
            seed.uuid_from(seed.rng(config.seed, "chift", "consumer", i)) for i in range(config.tenants)
        ],
    )


@dataclass
class Consumer:
    item: Row
    connections: dict[str, Row] = field(default_factory=dict)
    syncs: dict[str, Row] = field(default_factory=dict)  # syncid -> SyncConsumerItem
    lists: dict[tuple[str, ...], LazyTable] = field(default_factory=dict)


def _now_iso(ts: float) -> str:
    return seed.iso(datetime.fromtimestamp(ts, UTC))


class ChiftProvider(Provider):
    key = "chift"
    validation_statuses = (422, 400)
    validation_code = "ERROR_VALIDATION"
    error_schema = "ChiftError"

    def __init__(self, contract: Contract, runtime: Runtime) -> None:
        super().__init__(contract, runtime)
        self.credentials = chift_credentials(self.config)
        consumer_ids = self.credentials.consumers
        self.tokens: dict[str, float] = {}  # access token -> expires_on (epoch seconds)
        self.syncs: dict[str, Row] = {}
        self.consumers: dict[str, Consumer] = {}
        self._counter = 0
        self._account_lists: dict[tuple[str, ...], LazyTable] = {}  # pages not owned by a consumer
        for n in range(2):
            self._seed_sync(n)
        for i, cid in enumerate(consumer_ids):
            self._seed_consumer(i, cid)
        handlers = {
            ("POST", "/token"): self.token,
            ("GET", "/consumers"): self.list_consumers,
            ("POST", "/consumers"): self.create_consumer,
            ("GET", "/consumers/{consumer_id}"): self.get_consumer,
            ("PATCH", "/consumers/{consumer_id}"): self.update_consumer,
            ("DELETE", "/consumers/{consumer_id}"): self.delete_consumer,
            ("GET", "/consumers/{consumer_id}/connections"): self.list_connections,
            ("POST", "/consumers/{consumer_id}/connections"): self.create_connection,
            ("GET", "/consumers/{consumer_id}/connections/{connectionid}"): self.get_connection,
            ("PATCH", "/consumers/{consumer_id}/connections/{connectionid}"): self.update_connection,
            ("DELETE", "/consumers/{consumer_id}/connections/{connectionid}"): self.delete_connection,
            ("GET", "/syncs"): self.list_syncs,
            ("POST", "/syncs"): self.create_sync,
            ("GET", "/syncs/{syncid}"): self.get_sync,
            ("POST", "/consumers/{consumer_id}/syncs"): self.link_sync,
            ("GET", "/consumers/{consumer_id}/syncs/{syncid}"): self.get_consumer_sync,
            ("PATCH", "/consumers/{consumer_id}/syncs/{syncid}"): self.update_consumer_sync,
            ("POST", "/consumers/{consumer_id}/syncs/{syncid}/flows/{flowid}/enable"): self.enable_flow,
            ("POST", "/consumers/{consumer_id}/syncs/{syncid}/flows/{flowid}/disable"): self.disable_flow,
            ("PATCH", "/consumers/{consumer_id}/syncs/{syncid}/flows/{flowid}"): self.update_flow,
            ("POST", "/syncs/{syncid}/flows/{flowid}/execute"): self.execute_flow,
        }
        for (method, path), handler in handlers.items():
            self.on(method, path, handler)
        self.webhooks = ChiftWebhooks(self)  # binds the /webhooks operations
        # Every other operation answering a Chift page gets seeded, paged rows.
        self._page_items: dict[tuple[str, str], str] = {}
        for op in contract.operations:
            pointer = self._page_item_pointer(op)
            if pointer is not None and self.handler_for(op) is None and self.collections.role(op) is None:
                self._page_items[(op.method, op.path)] = pointer
                self.on(op.method, op.path, self.paged_list)

    @property
    def collection_seed_rows(self) -> int:
        return self.config.chift_rows_per_list

    # -- seeding ------------------------------------------------------------------------
    def next_uuid(self, kind: str) -> str:
        self._counter += 1
        return seed.uuid_from(seed.rng(self.config.seed, "chift", kind, self._counter))

    def _seed_sync(self, n: int) -> None:
        r = seed.rng(self.config.seed, "chift", "sync", n)
        sync_id = seed.uuid_from(r)
        names = (("Shop orders to accounting", ("Send invoices", "Send payments")),
                 ("POS closures to accounting", ("Send closures",)))  # fmt: skip
        name, flows = names[n % len(names)]
        self.syncs[sync_id] = {
            "name": name,
            "connections": [
                {"one_api": 1, "connection_type": 1, "display_order": 0, "display_hidden": False},
                {"one_api": 2, "connection_type": 1, "display_order": 1, "display_hidden": False},
            ],
            "mappings": [],
            "syncid": sync_id,
            "consumers": [],
            "flows": [
                {
                    "name": flow,
                    "id": seed.uuid_from(r),
                    "execution": {"type": "module", "data": {"name": flow.lower().replace(" ", "_")}},
                    "config": {"datastores": []},
                    "triggers": [{"id": "trigger-1", "type": "timer", "cronschedules": ["0 * * * *"]}],
                }
                for flow in flows
            ],
        }

    def _seed_consumer(self, i: int, cid: str) -> None:
        r = seed.rng(self.config.seed, "chift", "consumer-data", i)
        company = seed.COMPANIES[i % len(seed.COMPANIES)]
        consumer = Consumer(
            item={
                "consumerid": cid,
                "name": f"{company} ({i + 1})",
                "email": f"admin{i + 1}@example.com",
                "created_on": seed.iso(seed.moment(r)),
                "internal_reference": f"CUST-{i + 1:04d}",
                "redirect_url": "https://example.com/after-setup",
            }
        )
        for integration in (_INTEGRATIONS[i % 2], _INTEGRATIONS[2 + i % 2]):
            conn = self._connection(seed.uuid_from(r), integration, None)
            consumer.connections[conn["connectionid"]] = conn
        sync_id, sync = next(iter(self.syncs.items()))
        flow = sync["flows"][0]
        consumer.syncs[sync_id] = {
            "syncid": sync_id,
            "sync_name": sync["name"],
            "status": "active",
            "enabled": True,
            "link_createdon": seed.iso(seed.moment(r)),
            "link_mappings": [],
            "enabled_flows": [self._enabled_flow(flow, "trigger-1", {}, seed.iso(seed.moment(r)))],
        }
        self.consumers[cid] = consumer

    @staticmethod
    def _connection(conn_id: str, integration: tuple[int, str, str], name: str | None) -> Row:
        iid, iname, api = integration
        return {
            "connectionid": conn_id,
            "name": name or f"{iname} connection",
            "integration": iname,
            "integrationid": iid,
            "api": api,
            "data": {},
            "status": "active",
        }

    @staticmethod
    def _enabled_flow(flow: Row, trigger: str | None, values: Any, when: str) -> Row:
        return {
            "name": flow["name"],
            "id": flow["id"],
            "values": values if isinstance(values, dict) else {},
            "enabled_on": when,
            "trigger": {"id": trigger or "trigger-1", "type": "timer", "cronschedule": "0 * * * *"},
        }

    # -- auth and scoping ---------------------------------------------------------------
    def authenticate(self, call: Call) -> None:
        op = call.op
        assert op is not None
        if op.security == [] or any(not req for req in op.security):
            return  # POST /token
        header = call.header("authorization") or ""
        scheme, _, token = header.partition(" ")
        if not header:
            message = "Not authenticated: send Authorization: Bearer <token>."
            raise ApiError(401, message, code="ERROR_TOKEN_MISSING", undeclared_ok=True)
        expiry = self.tokens.get(token.strip()) if scheme.lower() == "bearer" else None
        if expiry is None:
            raise ApiError(401, "Invalid token.", code="ERROR_TOKEN_INVALID", undeclared_ok=True)
        if expiry <= self.now:
            raise ApiError(401, "The token has expired.", code="ERROR_TOKEN_EXPIRED", undeclared_ok=True)

    def scope(self, call: Call) -> None:
        params = call.path_params
        cid = params.get("consumer_id")
        if cid is not None:
            if str(cid).lower() not in self.consumers:
                # The documented status: the paged data lists declare no 404, only 400/422.
                status = self.pick_status(call.op, (404, 400), 404)
                raise ApiError(
                    status,
                    f"Consumer {cid} not found.",
                    code="ERROR_CONSUMER_NOT_FOUND",
                    undeclared_ok=call.op is None or not call.op.declares(status),
                )
            call.tenant = str(cid).lower()
        sync_id = params.get("syncid")
        if sync_id is not None and str(sync_id).lower() not in self.syncs:
            raise ApiError(404, f"Sync {sync_id} not found.", code="ERROR_SYNC_NOT_FOUND")
        conn_id = params.get("connectionid", params.get("connection_id"))
        known = self.consumers[str(cid).lower()].connections if cid is not None else None
        if conn_id is not None and known is not None and str(conn_id).lower() not in known:
            raise ApiError(404, f"Connection {conn_id} not found.", code="ERROR_CONNECTION_NOT_FOUND")

    def error_body(
        self, op: Operation | None, status: int, message: str, code: str | None, problems: list[Problem]
    ) -> dict[str, Any]:
        declared = self.declared_error_schema(op, status)
        detail_schema = (
            (declared or {}).get("properties", {}).get("detail", {}) if isinstance(declared, dict) else {}
        )
        if problems and isinstance(detail_schema, dict) and detail_schema.get("type") == "array":
            # FastAPI's request-validation shape (HTTPValidationError).
            return {
                "message": "Validation error",
                "status": "error",
                "detail": [
                    {
                        "loc": [p.location, *[part for part in p.name.split("/") if part]],
                        "msg": p.message,
                        "type": "value_error",
                    }
                    for p in problems
                ],
            }
        return {
            "message": message,
            "status": "error",
            "detail": "; ".join(p.text() for p in problems),
            "error_code": code,
        }

    def consumer(self, call: Call) -> Consumer:
        return self.consumers[str(call.path_params["consumer_id"]).lower()]

    # -- token --------------------------------------------------------------------------
    def token(self, call: Call) -> Reply:
        body = call.body or {}
        creds = self.credentials
        if (
            body.get("clientId") != creds.client_id
            or body.get("clientSecret") != creds.client_secret
            or str(body.get("accountId", "")).lower() != creds.account_id
        ):
            raise ApiError(401, "Invalid credentials.", code="ERROR_INVALID_CREDENTIALS", undeclared_ok=True)
        lifetime = self.config.chift_token_lifetime
        token = secrets.token_urlsafe(32)
        expires_on = self.now + lifetime
        with self.runtime.lock:
            self.tokens[token] = expires_on
        return Reply(
            200,
            {
                "access_token": token,
                "token_type": "bearer",
                "expires_in": int(lifetime),
                "expires_on": int(expires_on),
            },
        )

    # -- consumers ----------------------------------------------------------------------
    def _present(self, consumer: Consumer, call: Call) -> Row:
        item = dict(consumer.item)
        if call.query.get("include_account") == "true":
            item["account"] = {"name": "Sandbox account", "email": "owner@example.com"}
        return item

    def list_consumers(self, call: Call) -> Reply:
        search = call.query.get("search")
        reference = call.query.get("internal_reference")
        found = []
        for consumer in self.consumers.values():
            item = consumer.item
            if search and str(search).lower() not in item["name"].lower():
                continue
            if reference and item.get("internal_reference") != reference:
                continue
            found.append(self._present(consumer, call))
        return Reply(200, found)

    def create_consumer(self, call: Call) -> Reply:
        body = call.body
        cid = self.next_uuid("new-consumer")
        item = {
            "consumerid": cid,
            "name": body["name"],
            "email": body.get("email"),
            "created_on": _now_iso(self.now),
            "internal_reference": body.get("internal_reference"),
            "redirect_url": body.get("redirect_url"),
        }
        self.consumers[cid] = Consumer(item=item)
        return Reply(200, dict(item))

    def get_consumer(self, call: Call) -> Reply:
        return Reply(200, self._present(self.consumer(call), call))

    def update_consumer(self, call: Call) -> Reply:
        consumer = self.consumer(call)
        body = call.body if isinstance(call.body, dict) else {}
        for name in ("name", "email", "internal_reference", "redirect_url"):
            if name in body:
                consumer.item[name] = body[name]
        return self.collections.answer(call, self._present(consumer, call))

    def delete_consumer(self, call: Call) -> Reply:
        consumer = self.consumer(call)
        del self.consumers[consumer.item["consumerid"]]
        return self.collections.answer(call, None)

    # -- connections --------------------------------------------------------------------
    def list_connections(self, call: Call) -> Reply:
        return Reply(200, list(self.consumer(call).connections.values()))

    def _link(self, kind: str, ident: str) -> Row:
        return {"url": f"https://connect.chift.eu/sandbox/{kind}/{ident}"}

    def create_connection(self, call: Call) -> Reply:
        consumer = self.consumer(call)
        body = call.body if isinstance(call.body, dict) else {}
        wanted = body.get("integrationid")
        integration = next((i for i in _INTEGRATIONS if i[0] == wanted), None)
        if wanted is not None and integration is None:
            raise ApiError(400, f"Integration {wanted} does not exist.", code="ERROR_INTEGRATION_NOT_FOUND")
        conn = self._connection(
            self.next_uuid("connection"), integration or _INTEGRATIONS[0], body.get("name")
        )
        consumer.connections[conn["connectionid"]] = conn
        self._connection_event(CONNECTION_CREATED, consumer, conn)
        return Reply(200, self._link("connection", conn["connectionid"]))

    def _conn(self, call: Call) -> Row:
        return self.consumer(call).connections[str(call.path_params["connectionid"]).lower()]

    def get_connection(self, call: Call) -> Reply:
        return Reply(200, self._conn(call))

    def update_connection(self, call: Call) -> Reply:
        conn = self._conn(call)
        body = call.body if isinstance(call.body, dict) else {}
        if body.get("name"):
            conn["name"] = body["name"]
        self._connection_event(CONNECTION_UPDATED, self.consumer(call), conn)
        return Reply(200, self._link("connection", conn["connectionid"]))

    def delete_connection(self, call: Call) -> Reply:
        consumer = self.consumer(call)
        conn = consumer.connections.pop(str(call.path_params["connectionid"]).lower())
        self._connection_event(CONNECTION_DELETED, consumer, conn)
        return Reply(204)

    def _connection_event(self, event: str, consumer: Consumer, conn: Row) -> None:
        data = {key: conn[key] for key in ("connectionid", "name", "integrationid", "integration", "status")}
        self.webhooks.emit(event, consumer.item["consumerid"], data, integration_id=conn.get("integrationid"))

    # -- syncs --------------------------------------------------------------------------
    def _sync_view(self, sync: Row, status: str) -> Row:
        view = copy.deepcopy(sync)
        linked = [cid for cid, c in self.consumers.items() if sync["syncid"] in c.syncs]
        enabled = [cid for cid in linked if self.consumers[cid].syncs[sync["syncid"]].get("enabled")]
        view["consumers"] = {"all": linked, "enabled": enabled}.get(
            status, [cid for cid in linked if cid not in enabled]
        )
        return view

    def list_syncs(self, call: Call) -> Reply:
        status = str(call.query.get("consumers_status", "all"))
        return Reply(200, [self._sync_view(s, status) for s in self.syncs.values()])

    def get_sync(self, call: Call) -> Reply:
        sync = self.syncs[str(call.path_params["syncid"]).lower()]
        return Reply(200, self._sync_view(sync, str(call.query.get("consumers_status", "all"))))

    def create_sync(self, call: Call) -> Reply:
        body = call.body
        sync_id = self.next_uuid("sync")
        if "module" in body and "name" not in body:
            name, flows = f"Agentic sync ({body['module']})", []
        else:
            name = body["name"]
            flows = [dict(copy.deepcopy(f), id=self.next_uuid("flow")) for f in body.get("flows") or []]
        sync = {
            "name": name,
            "connections": copy.deepcopy(body.get("connections") or []),
            "mappings": [],
            "syncid": sync_id,
            "consumers": [],
            "flows": flows,
        }
        if "module" in body:
            sync["module"] = body["module"]
        self.syncs[sync_id] = self.complete(sync, "ReadSyncItem")
        return Reply(200, self._sync_view(self.syncs[sync_id], "all"))

    def _consumer_sync(self, call: Call) -> Row:
        consumer = self.consumer(call)
        sync_id = str(call.path_params["syncid"]).lower()
        link = consumer.syncs.get(sync_id)
        if link is None:
            raise ApiError(
                404, "This consumer has not activated the sync.", code="ERROR_SYNC_CONSUMER_NOT_FOUND"
            )
        return link

    def _flow(self, call: Call) -> Row:
        sync = self.syncs[str(call.path_params["syncid"]).lower()]
        flow_id = str(call.path_params["flowid"]).lower()
        for flow in sync["flows"]:
            if str(flow["id"]).lower() == flow_id:
                found: Row = flow
                return found
        raise ApiError(404, f"Flow {flow_id} not found in this sync.", code="ERROR_FLOW_NOT_FOUND")

    def link_sync(self, call: Call) -> Reply:
        consumer = self.consumer(call)
        sync_id = str(call.body["syncid"]).lower()
        sync = self.syncs.get(sync_id)
        if sync is None:
            raise ApiError(404, f"Sync {sync_id} not found.", code="ERROR_SYNC_NOT_FOUND")
        consumer.syncs.setdefault(
            sync_id,
            {
                "syncid": sync_id,
                "sync_name": sync["name"],
                "status": "active",
                "enabled": True,
                "link_createdon": _now_iso(self.now),
                "link_mappings": [],
                "link_metadata": call.body.get("link_metadata"),
                "enabled_flows": [],
            },
        )
        return Reply(200, self._link("sync", f"{consumer.item['consumerid']}/{sync_id}"))

    def get_consumer_sync(self, call: Call) -> Reply:
        return Reply(200, self._consumer_sync(call))

    def update_consumer_sync(self, call: Call) -> Reply:
        self._consumer_sync(call)["link_mappings"] = copy.deepcopy(call.body)
        return Reply(204)

    def enable_flow(self, call: Call) -> Reply:
        link = self._consumer_sync(call)
        flow = self._flow(call)
        body = call.body if isinstance(call.body, dict) else {}
        flows = [f for f in link.get("enabled_flows") or [] if f["id"] != flow["id"]]
        flows.append(
            self._enabled_flow(flow, body.get("triggerid"), body.get("data") or {}, _now_iso(self.now))
        )
        link["enabled_flows"] = flows
        return Reply(200, {})

    def disable_flow(self, call: Call) -> Reply:
        link = self._consumer_sync(call)
        flow = self._flow(call)
        link["enabled_flows"] = [f for f in link.get("enabled_flows") or [] if f["id"] != flow["id"]]
        return Reply(204)

    def execute_flow(self, call: Call) -> Reply:
        """Runs at once and "finishes" a moment later: then FLOW_EXECUTION_FINISHED is delivered."""
        sync_id = str(call.path_params["syncid"]).lower()
        flow = self._flow(call)
        body = call.body if isinstance(call.body, dict) else {}
        wanted = [str(c).lower() for c in body.get("consumers") or []]
        linked = [cid for cid, c in self.consumers.items() if sync_id in c.syncs]
        execution_id = self.next_uuid("execution")
        results = []
        for cid in wanted or linked:
            if cid not in linked:  # per consumer, as Chift reports it; the call itself succeeds
                status = "not_activated" if cid in self.consumers else "not_found"
                results.append({"consumerid": cid, "status": status})
                continue
            results.append({"consumerid": cid, "status": "started"})
            data = {"syncid": sync_id, "flowid": flow["id"], "executionid": execution_id, "status": "success"}
            self.webhooks.emit(FLOW_EXECUTION_FINISHED, cid, data, after=0.05)
        settings = {"write_mode": "normal", "import_mode": "normal", "verbose_logs": False, "extra": {}}
        if isinstance(body.get("settings"), dict):
            settings.update(body["settings"])
        return Reply(
            200,
            {
                "resolved_settings": settings,
                "chainexecutionid": execution_id,
                "consumers": results,
                "preview_executionid": None,
                "warnings": [],
                "blocked": False,
            },
        )

    def update_flow(self, call: Call) -> Reply:
        link = self._consumer_sync(call)
        flow = self._flow(call)
        body = call.body if isinstance(call.body, dict) else {}
        for enabled in link.get("enabled_flows") or []:
            if enabled["id"] == flow["id"]:
                if isinstance(body.get("data"), dict):
                    enabled["values"] = body["data"]
                if body.get("triggerid"):
                    enabled["trigger"]["id"] = body["triggerid"]
                return Reply(204)
        raise ApiError(404, "The flow is not enabled for this consumer.", code="ERROR_FLOW_NOT_ENABLED")

    # -- generic pages ------------------------------------------------------------------
    def _page_item_pointer(self, op: Operation) -> str | None:
        """Pointer to the row schema when the operation answers a Chift page."""
        spec = op.response_for(op.success_status())
        media = spec.json_media() if spec is not None else None
        if media is None or media.schema_pointer is None:
            return None
        doc = self.contract.document
        schema, pointer = follow_refs(doc, resolve_pointer(doc, media.schema_pointer), media.schema_pointer)
        props = schema.get("properties") if isinstance(schema, dict) else None
        if not isinstance(props, dict) or not {"items", "total", "page", "size"} <= set(
            schema.get("required", [])
        ):
            return None
        if not isinstance(props["items"], dict) or "items" not in props["items"]:
            return None
        return f"{pointer}/properties/items/items"

    def paged_list(self, call: Call) -> Reply:
        op = call.op
        assert op is not None
        pointer = self._page_items[(op.method, op.path)]
        key = (op.path, *(f"{k}={v}" for k, v in sorted(call.path_params.items()) if k != "consumer_id"))
        owner = self.consumers.get(call.tenant or "") if call.tenant else None
        tables = owner.lists if owner is not None else self._account_lists
        table = tables.get(key)
        if table is None:
            salt = ("chift", call.tenant or "account", *key)
            table = LazyTable(self.config.chift_rows_per_list, lambda i: self._row(pointer, salt, i))
            tables[key] = table
        page = max(1, query_int(call, "page", 1))
        size = max(1, query_int(call, "size", 50))
        rows, total = table.page(page, size)
        return Reply(200, {"items": rows, "total": total, "page": page, "size": size})

    def _row(self, pointer: str, salt: tuple[str, ...], index: int) -> Any:
        r = seed.rng(self.config.seed, *salt, index)
        row = self.synth.varied(pointer, r)
        if isinstance(row, dict) and "id" in row:
            # Ids must not repeat across a list; keep the made-up one if a uuid does not fit.
            previous, row["id"] = row["id"], seed.uuid_from(r)
            if self.schemas.errors(pointer, row, write=False, limit=1):
                row["id"] = previous
        return row
