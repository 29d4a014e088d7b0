"""Every operation of every installed contract is routed and answers on-contract.

The list of operations comes from the contracts themselves, so an operation added to a
spec (and regenerated) is covered here without touching this file.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from commerce_sdk.sandbox import Sandbox
from commerce_sdk.sandbox.contracts import KNOWN_PROVIDERS, Operation, load_contracts

from ._helpers import ContractChecker, bearer, chift_token, jtl_headers, packcloud_headers

CONTRACTS = load_contracts()


def test_all_known_contracts_are_installed() -> None:
    keys = {c.key for c in CONTRACTS}
    assert {p.key for p in KNOWN_PROVIDERS} <= keys, f"missing generated packages for {keys}"


def test_every_operation_is_routed(sb: Sandbox) -> None:
    served = set(sb.routes)
    for contract in CONTRACTS:
        for op in contract.operations:
            assert op.route in served
            found, params, _ = contract.match(op.method, _fill_path(op.path))
            assert found is op, f"{op.route} routed to {found.route if found else None}"
            assert set(params) == {p.name for p in op.parameters if p.location == "path"}


def _fill_path(path: str) -> str:
    import re

    return re.sub(r"\{[^}]+\}", "x1", path)


class World:
    """Real ids from the running sandbox, so every operation can reach its success path."""

    def __init__(self, sb: Sandbox) -> None:
        self.sb = sb
        self.chift_token = chift_token(sb)
        creds = sb.credentials
        self.consumer = creds.chift.consumers[0]
        chift = httpx.Client(base_url=sb.urls.chift, headers=bearer(self.chift_token))
        syncs = chift.get("/syncs").json()
        self.sync_id = syncs[0]["syncid"]
        self.flow_id = syncs[0]["flows"][0]["id"]
        self.connection = chift.get(f"/consumers/{self.consumer}/connections").json()[0]["connectionid"]
        self.chift = chift
        self.urls_made = 0
        self.webhook = self._throwaway_webhook()
        self.org = creds.packcloud.organizations[0]
        pc = httpx.Client(base_url=sb.urls.packcloud, headers=packcloud_headers(sb))
        rows = pc.get(f"/organizations/{self.org}/integrations", params={"per_page": 100}).json()["data"]
        self.shop = next(r["id"] for r in rows if r["category"] == "shop")
        self.shipping = next(r["id"] for r in rows if r["category"] == "shipping")
        self.packcloud = pc

    def close(self) -> None:
        self.chift.close()
        self.packcloud.close()

    def path_value(self, op: Operation, name: str) -> Any:
        jtl = {"itemId": 1, "childItemId": 2, "syncId": 1}
        chift = {
            "consumer_id": self.consumer,
            "syncid": self.sync_id,
            "flowid": self.flow_id,
            "connectionid": self.connection,
            "connection_id": self.connection,
            "webhookid": self.webhook,
        }
        if op.provider == "packcloud":
            if name == "organizationId":
                return self.org
            if name == "integrationId":
                if op.method == "DELETE":
                    return self._throwaway_integration()
                return self.shipping if "shipping-services" in op.path else self.shop
            if name == "actionId":
                return "test_connection"
        if op.provider == "chift" and name in chift:
            if op.method == "DELETE" and name == "connectionid":
                return self._throwaway_connection()
            if op.method == "DELETE" and name == "webhookid":
                return self._throwaway_webhook()
            return chift[name]
        if op.provider == "jtl_erp":
            if name == "registrationId":
                return self._registration(accepted=op.method == "POST")
            if name in jtl:
                return jtl[name]
        return None  # made up from the parameter schema

    def _throwaway_integration(self) -> str:
        body = {"name": "to delete", "connector_id": "shopify"}
        made = self.packcloud.post(f"/organizations/{self.org}/integrations", json=body)
        return str(made.json()["id"])

    def unreachable_url(self) -> str:
        """A distinct webhook URL (Chift refuses a second one per event) on a port that refuses."""
        self.urls_made += 1
        return f"http://127.0.0.1:9/coverage/{self.urls_made}"

    def _throwaway_webhook(self) -> str:
        body = {"event": "account.connection.created", "url": self.unreachable_url()}
        return str(self.chift.post("/webhooks", json=body).json()["webhookid"])

    def _throwaway_connection(self) -> str:
        self.chift.post(f"/consumers/{self.consumer}/connections", json={"name": "to delete"})
        conns = self.chift.get(f"/consumers/{self.consumer}/connections").json()
        return str(conns[-1]["connectionid"])

    def _registration(self, *, accepted: bool) -> str:
        headers = {"tenant-id": self.sb.credentials.jtl_erp.tenants[0], "x-challengecode": "coverage"}
        body = _registration_body(f"coverage-{accepted}")
        made = httpx.post(f"{self.sb.urls.jtl_erp}/authentication", json=body, headers=headers)
        rid = str(made.json()["RegistrationRequestId"])
        if accepted:
            self.sb.approve_registration(rid)
        return rid

    def headers(self, op: Operation) -> dict[str, str]:
        if op.provider == "jtl_erp":
            headers = jtl_headers(self.sb, tenant_header=op.tenant_header or "tenant-id")
            if op.param("header", "x-challengecode") is not None:
                headers["x-challengecode"] = "coverage"
            return headers
        if op.provider == "chift":
            return bearer(self.chift_token)
        if op.provider == "packcloud":
            return packcloud_headers(self.sb)
        return {}

    def body(self, op: Operation, synth_value: Any) -> Any:
        creds = self.sb.credentials
        overrides: dict[tuple[str, str], Any] = {
            ("POST", "/token"): {
                "clientId": creds.chift.client_id,
                "clientSecret": creds.chift.client_secret,
                "accountId": creds.chift.account_id,
            },
            ("POST", "/consumers/{consumer_id}/syncs"): {"syncid": self.sync_id},
            ("POST", "/consumers/{consumer_id}/connections"): {"integrationid": 1001, "name": "Shop"},
            ("POST", "/organizations/{organizationId}/integrations"): {
                "name": "Shop",
                "connector_id": "shopify",
            },
            ("POST", "/workers/{syncId}"): {"Interval": "00:10:00"},
            ("POST", "/webhooks"): {"event": "account.connection.created", "url": self.unreachable_url()},
            ("PATCH", "/webhooks/{webhookid}"): {"url": self.unreachable_url()},
            ("POST", "/authentication"): _registration_body("coverage-new"),
        }
        return overrides.get((op.method, op.path), synth_value)


def _registration_body(app_id: str) -> dict[str, Any]:
    return {
        "AppId": app_id,
        "DisplayName": "Coverage",
        "Description": "Contract coverage test",
        "Version": "1.0.0",
        "ProviderName": "Tests",
        "ProviderWebsite": "https://example.com",
        "MandatoryApiScopes": ["all.read"],
        "AppIcon": "aWNvbg==",
    }


def _request(world: World, op: Operation) -> httpx.Request:
    sb = world.sb
    provider = sb.app.providers[op.provider]
    path = op.path
    for param in op.parameters:
        if param.location != "path":
            continue
        value = world.path_value(op, param.name)
        if value is None and param.schema_pointer is not None:
            value = provider.synth.value(param.schema_pointer, write=True)
        path = path.replace("{" + param.name + "}", str(value))
    params = {}
    for param in op.parameters:
        if param.location == "query" and param.required and param.schema_pointer is not None:
            params[param.name] = str(provider.synth.value(param.schema_pointer, write=True))
    body = None
    if op.request_body is not None:
        media = op.request_body.json_media()
        if media is not None and media.schema_pointer is not None:
            body = world.body(op, provider.synth.value(media.schema_pointer, write=True))
    return httpx.Request(
        op.method,
        f"{sb.base_url}{op.mount}{path}",
        params=params,
        headers=world.headers(op),
        json=body,
    )


def test_every_operation_answers_on_contract(sb: Sandbox) -> None:
    world = World(sb)
    checkers = {c.key: ContractChecker(c) for c in CONTRACTS}
    failures = []
    with httpx.Client() as client:
        for contract in CONTRACTS:
            # DELETEs last (collections are stateful: a deleted record reads as 404 afterwards),
            # nested ones before their parents (deleting the consumer ends its sub-resources).
            for op in sorted(contract.operations, key=lambda o: (o.method == "DELETE", -o.path.count("{"))):
                response = client.send(_request(world, op))
                if not 200 <= response.status_code < 300:
                    failures.append(f"{op.route}: {response.status_code} {response.text[:300]}")
                    continue
                errors = checkers[contract.key].errors(op, response.status_code, response)
                if errors:
                    failures.append(f"{op.route}: off-contract {errors[:3]}")
    world.close()
    assert not failures, "\n".join(failures)
    assert sb.violations == []
    assert sb.app.internal_errors == []
    counted = sb.route_counts
    missing = [op.route for c in CONTRACTS for op in c.operations if counted.get(op.route, 0) == 0]
    assert missing == []


@pytest.mark.parametrize("contract", CONTRACTS, ids=lambda c: c.key)
def test_error_answers_are_on_contract_too(sb: Sandbox, contract: Any) -> None:
    """Unknown ids give the provider's documented status and error body."""
    checker = ContractChecker(contract)
    world = World(sb)
    paths = {
        "jtl_erp": ("GET", "/items/{itemId}", {"itemId": "999999"}),
        "chift": ("GET", "/consumers/{consumer_id}", {"consumer_id": "00000000-0000-4000-8000-000000000000"}),
        "packcloud": (
            "GET",
            "/organizations/{organizationId}/integrations/{integrationId}",
            {"organizationId": world.org, "integrationId": "int_missing"},
        ),
    }
    if contract.key not in paths:
        pytest.skip("no known unknown-id operation")
    method, template, values = paths[contract.key]
    op = contract.operation(method, template)
    assert op is not None
    path = template
    for name, value in values.items():
        path = path.replace("{" + name + "}", value)
    response = httpx.request(method, f"{sb.base_url}{op.mount}{path}", headers=world.headers(op))
    world.close()
    assert response.status_code == 404
    assert checker.errors(op, 404, response) == []
