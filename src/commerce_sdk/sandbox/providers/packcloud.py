"""Pack.cloud behaviour: one bearer token, organizations as tenants, integrations CRUD.

Errors follow the Laravel shape the contract documents (`message`, `code`, `errors`).
Sync requests are accepted as queued jobs (202) when the integration's category can do
that kind of sync, else refused with 422.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .. import seed
from ..config import SandboxConfig
from ..contracts import Contract, Operation
from ..state import Row
from ..validation import Problem
from .base import ApiError, Call, Provider, Reply, Runtime, page_count, query_int

_ACTIONS = {
    "shop": (("register_webhooks", "Register webhooks"), ("import_products", "Import products"),
             ("test_connection", "Test connection")),
    "shipping": (("test_connection", "Test connection"), ("refresh_services", "Refresh shipping services")),
    "payment": (("test_connection", "Test connection"),),
}  # fmt: skip
# Which sync endpoints make sense for which integration category.
_SYNC_CATEGORIES = {
    "orders": ("shop",),
    "products": ("shop",),
    "product_stocks": ("shop",),
    "shipping_services": ("shipping",),
}


@dataclass
class PackcloudCredentials:
    """What a client needs to call the sandbox's Pack.cloud API."""

    token: str
    organizations: list[str]


def packcloud_credentials(config: SandboxConfig) -> PackcloudCredentials:
    """Seeded, so the same seed always gives the same token and organizations."""
    r = seed.rng(config.seed, "packcloud", "credentials")
    return PackcloudCredentials(
        token=f"pc_sandbox_{seed.hex_token(r, 32)}",
        organizations=[
            f"org_{seed.hex_token(seed.rng(config.seed, 'packcloud', 'org', i), 8)}"
            for i in range(config.tenants)
        ],
    )


@dataclass
class Organization:
    id: str
    integrations: dict[str, Row] = field(default_factory=dict)
    settings: dict[str, Row] = field(default_factory=dict)
    connectors: dict[str, str] = field(default_factory=dict)
    jobs: list[Row] = field(default_factory=list)


class PackcloudProvider(Provider):
    key = "packcloud"
    validation_statuses = (400, 422)
    error_schema = "Error"

    def __init__(self, contract: Contract, runtime: Runtime) -> None:
        super().__init__(contract, runtime)
        self.credentials = packcloud_credentials(self.config)
        self.orgs: dict[str, Organization] = {}
        for i, org_id in enumerate(self.credentials.organizations):
            self.orgs[org_id] = self._seed_org(i, org_id)
        self._counter = 0
        base = "/organizations/{organizationId}/integrations"
        for method, path, handler in (
            ("GET", base, self.list_integrations),
            ("POST", base, self.create_integration),
            ("GET", base + "/{integrationId}", self.get_integration),
            ("PUT", base + "/{integrationId}", self.update_integration),
            ("DELETE", base + "/{integrationId}", self.delete_integration),
            ("GET", base + "/{integrationId}/actions", self.list_actions),
            ("POST", base + "/{integrationId}/actions/{actionId}", self.execute_action),
            ("GET", base + "/{integrationId}/settings", self.get_settings),
        ):
            self.on(method, path, handler)
        for kind in _SYNC_CATEGORIES:
            self.on("POST", f"{base}/{{integrationId}}/sync/{kind.replace('_', '-')}", self.start_sync)

    def _seed_org(self, index: int, org_id: str) -> Organization:
        org = Organization(id=org_id)
        for n in range(1, self.config.packcloud_integrations_per_org + 1):
            r = seed.rng(self.config.seed, "packcloud", index, "integration", n)
            category, vendor, connector = r.choice(seed.SHOP_CONNECTORS)
            created = seed.moment(r)
            updated = created + (seed.moment(r, days=30) - seed.EPOCH)
            shop = category == "shop"
            integration: Row = {
                "id": f"int_{seed.hex_token(r, 6)}{n:03d}",
                "category": category,
                "name": f"{vendor} {n}",
                "order_sync_enabled": shop and r.random() < 0.8,
                "order_sync_updated_at": seed.iso(updated) if shop else None,
                "product_sync_enabled": shop and r.random() < 0.6,
                "product_sync_updated_at": seed.iso(updated) if shop and r.random() < 0.5 else None,
                "stock_sync_enabled": shop and r.random() < 0.5,
                "created_at": seed.iso(created),
                "updated_at": seed.iso(updated),
            }
            org.integrations[integration["id"]] = integration
            org.connectors[integration["id"]] = connector
            org.settings[integration["id"]] = (
                {
                    "shop_domain": f"store-{index + 1}-{n}.example.com",
                    "import_paid_orders_only": r.random() < 0.5,
                }
                if shop
                else {"account_number": f"{r.randrange(10**9):09d}"}
            )
        return org

    # -- auth and scoping ---------------------------------------------------------------
    def authenticate(self, call: Call) -> None:
        header = call.header("authorization") or ""
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or token.strip() != self.credentials.token:
            raise ApiError(401, "Unauthenticated.", code="unauthenticated", undeclared_ok=True)

    def scope(self, call: Call) -> None:
        org_id = call.path_params.get("organizationId")
        if org_id is None:
            return
        if org_id not in self.orgs:
            raise ApiError(404, f"Organization {org_id} not found.", code="not_found")
        call.tenant = str(org_id)
        integration_id = call.path_params.get("integrationId")
        if integration_id is not None and integration_id not in self.orgs[org_id].integrations:
            raise ApiError(404, f"Integration {integration_id} not found.", code="not_found")

    def error_body(
        self, op: Operation | None, status: int, message: str, code: str | None, problems: list[Problem]
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"message": message}
        if code:
            body["code"] = code
        if problems:
            errors: dict[str, list[str]] = {}
            for p in problems:
                errors.setdefault(p.name or p.location, []).append(p.message)
            body["errors"] = errors
            body["message"] = "The given data was invalid."
        return body

    def org(self, call: Call) -> Organization:
        return self.orgs[str(call.path_params["organizationId"])]

    def _now(self) -> str:
        return seed.iso(datetime.fromtimestamp(self.now, UTC))

    # -- integrations -------------------------------------------------------------------
    def list_integrations(self, call: Call) -> Reply:
        org = self.org(call)
        page = max(1, query_int(call, "page", 1))
        per_page = max(1, query_int(call, "per_page", 25))
        rows = list(org.integrations.values())
        chosen = rows[(page - 1) * per_page : page * per_page]
        meta = {
            "current_page": page,
            "per_page": per_page,
            "total": len(rows),
            "last_page": page_count(len(rows), per_page),
        }
        return Reply(200, {"data": chosen, "meta": meta})

    def create_integration(self, call: Call) -> Reply:
        org = self.org(call)
        body = call.body
        connector = str(body["connector_id"]).lower()
        known = {c[2]: c for c in seed.SHOP_CONNECTORS}
        if connector not in known:
            raise ApiError(
                422,
                "The given data was invalid.",
                code="validation_failed",
                problems=[
                    Problem("body", "connector_id", f"The selected connector id {connector!r} is invalid.")
                ],
            )
        self._counter += 1
        r = seed.rng(self.config.seed, "packcloud", org.id, "new-integration", self._counter)
        now = self._now()
        shop = known[connector][0] == "shop"
        integration = {
            "id": f"int_{seed.hex_token(r, 6)}n{self._counter}",
            "category": known[connector][0],
            "name": body["name"],
            "order_sync_enabled": shop,
            "order_sync_updated_at": now if shop else None,
            "product_sync_enabled": False,
            "product_sync_updated_at": None,
            "stock_sync_enabled": False,
            "created_at": now,
            "updated_at": now,
        }
        org.integrations[integration["id"]] = integration
        org.connectors[integration["id"]] = connector
        org.settings[integration["id"]] = copy.deepcopy(body.get("settings") or {})
        return Reply(201, integration)

    def _integration(self, call: Call) -> Row:
        return self.org(call).integrations[str(call.path_params["integrationId"])]

    def get_integration(self, call: Call) -> Reply:
        return Reply(200, self._integration(call))

    def update_integration(self, call: Call) -> Reply:
        org = self.org(call)
        integration = self._integration(call)
        body = call.body if isinstance(call.body, dict) else {}
        now = self._now()
        if "name" in body:
            integration["name"] = body["name"]
        for flag, stamp in (
            ("order_sync_enabled", "order_sync_updated_at"),
            ("product_sync_enabled", "product_sync_updated_at"),
            ("stock_sync_enabled", None),
        ):
            if flag in body and body[flag] != integration.get(flag):
                integration[flag] = body[flag]
                if stamp:
                    integration[stamp] = now
        if isinstance(body.get("settings"), dict):
            org.settings[integration["id"]].update(copy.deepcopy(body["settings"]))
        integration["updated_at"] = now
        return Reply(200, integration)

    def delete_integration(self, call: Call) -> Reply:
        org = self.org(call)
        integration_id = str(call.path_params["integrationId"])
        del org.integrations[integration_id]
        org.settings.pop(integration_id, None)
        return Reply(204)

    def list_actions(self, call: Call) -> Reply:
        integration = self._integration(call)
        return Reply(200, [{"id": i, "name": n} for i, n in _ACTIONS.get(integration["category"], ())])

    def execute_action(self, call: Call) -> Reply:
        integration = self._integration(call)
        action_id = str(call.path_params["actionId"])
        names = dict(_ACTIONS.get(integration["category"], ()))
        if action_id not in names:
            raise ApiError(
                404, f"Action {action_id} is not available for this integration.", code="not_found"
            )
        return Reply(200, {"status": "completed", "message": f"{names[action_id]}: done."})

    def start_sync(self, call: Call) -> Reply:
        op = call.op
        assert op is not None
        kind = op.path.rsplit("/", 1)[-1].replace("-", "_")
        integration = self._integration(call)
        if integration["category"] not in _SYNC_CATEGORIES.get(kind, ()):
            raise ApiError(
                422,
                f"A {integration['category']} integration cannot sync {kind.replace('_', ' ')}.",
                code="sync_not_supported",
            )
        org = self.org(call)
        job_rng = seed.rng(self.config.seed, "packcloud", "job", len(org.jobs), org.id)
        job = {
            "id": f"sync_{seed.hex_token(job_rng, 6)}",
            "integration_id": integration["id"],
            "type": kind,
            "status": "queued",
            "created_at": self._now(),
        }
        org.jobs.append(job)
        return Reply(202, job)

    def get_settings(self, call: Call) -> Reply:
        integration = self._integration(call)
        return Reply(200, copy.deepcopy(self.org(call).settings.get(integration["id"], {})))
