"""Every collection the three contracts describe keeps state: create, read, update, list, delete.

The collections are the sandbox's own findings from paths and methods (none listed here);
each one is driven over real HTTP with a body made from the contract's request schema:
what was sent reads back, an update changes a later read, the new record is listed, a
delete makes a later read 404.  Per tenant: another tenant does not see the record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from commerce_sdk.sandbox import Sandbox, SandboxConfig
from commerce_sdk.sandbox.collections import CollectionSpec
from commerce_sdk.sandbox.contracts import Operation
from commerce_sdk.sandbox.providers.base import Provider

from ._helpers import bearer, chift_token, jtl_headers, packcloud_headers

PAGE_PARAMS = (("pageNumber", "pageSize"), ("page", "size"), ("page", "per_page"))
# Vendor flows with hand-written behaviour and their own tests, not plain collections.
FLOWS = {
    ("jtl_erp", "/authentication"),  # app registration: tests/sandbox/test_jtl.py
    ("chift", "/consumers/{consumer_id}/connections"),  # needs a real integration: test_chift.py
    ("chift", "/consumers/{consumer_id}/syncs"),  # links an existing sync: test_chift.py
    ("chift", "/consumers/{consumer_id}/syncs/{syncid}/previews"),  # previews of a linked sync
    ("chift", "/webhooks"),  # instances that deliver: tests/webhooks/test_sandbox_deliveries.py
}


@dataclass
class Outcome:
    collection: str
    steps: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class Driver:
    def __init__(self, sb: Sandbox, key: str, tenant: int = 0) -> None:
        self.sb = sb
        self.key = key
        self.provider: Provider = sb.app.providers[key]
        self.base = {"jtl_erp": sb.urls.jtl_erp, "chift": sb.urls.chift, "packcloud": sb.urls.packcloud}[key]
        creds = sb.credentials
        self.tenant = {
            "jtl_erp": creds.jtl_erp.tenants[tenant],
            "chift": creds.chift.consumers[tenant],
            "packcloud": creds.packcloud.organizations[tenant],
        }[key]
        self.auth = {"chift": bearer(chift_token(sb)), "packcloud": packcloud_headers(sb)}.get(key, {})
        self.tenant_index = tenant

    def headers(self, op: Operation) -> dict[str, str]:
        if self.key == "jtl_erp":
            return jtl_headers(self.sb, self.tenant_index, tenant_header=op.tenant_header or "tenant-id")
        return self.auth

    def url(self, op: Operation, values: dict[str, Any]) -> str:
        def fill(m: re.Match[str]) -> str:
            name = m.group(1)
            if name in values:
                return str(values[name])
            if name in ("consumer_id", "organizationId"):
                return str(self.tenant)
            param = op.param("path", name)  # a parent's id: a valid value of its schema
            assert param is not None and param.schema_pointer is not None, name
            return str(self.provider.synth.value(param.schema_pointer))

        return self.base + re.sub(r"\{([^}]+)\}", fill, op.path)

    def body(self, op: Operation) -> Any:
        media = op.request_body.json_media() if op.request_body is not None else None
        if media is None or media.schema_pointer is None:
            return None
        return self.provider.synth.value(media.schema_pointer, write=True)

    def send(self, client: httpx.Client, op: Operation, values: dict[str, Any], **kw: Any) -> httpx.Response:
        return client.request(op.method, self.url(op, values), headers=self.headers(op), **kw)


def _ops(provider: Provider, spec: CollectionSpec) -> dict[str, Operation]:
    found = {}
    for op in provider.contract.operations:
        role = provider.collections.role(op)
        if role is not None and provider.collections._roles[(op.method, op.path)][0] is spec:
            found[role] = op
    return found


def _sent_scalars(body: Any, record: Any) -> dict[str, Any]:
    """Top-level scalar fields the request sent that the record schema also has."""
    if not isinstance(body, dict) or not isinstance(record, dict):
        return {}
    return {k: v for k, v in body.items() if k in record and isinstance(v, str | int | float | bool)}


def _drive(driver: Driver, client: httpx.Client, spec: CollectionSpec) -> Outcome:
    ops = _ops(driver.provider, spec)
    out = Outcome(spec.path)
    create = ops["create"]
    body = driver.body(create)
    made = driver.send(client, create, {}, json=body)
    if not 200 <= made.status_code < 300:
        out.problems.append(f"create answered {made.status_code}: {made.text[:200]}")
        return out
    out.steps.append("create")
    created = made.json() if made.content else None
    if isinstance(created, list):
        created = created[0] if created else None
    if spec.id_field is None or not isinstance(created, dict) or spec.id_field not in created:
        out.steps.append("no id field: nothing to read back")
        return out
    key = {spec.id_param or "": created[spec.id_field]}
    if "read" in ops:
        got = driver.send(client, ops["read"], key)
        if got.status_code != 200:
            out.problems.append(f"read after create answered {got.status_code}")
            return out
        sent = _sent_scalars(body, got.json())
        wrong = {k: (v, got.json()[k]) for k, v in sent.items() if got.json()[k] != v}
        if wrong:
            out.problems.append(f"read back differs from what was sent: {wrong}")
        out.steps.append("read")
    change = ops.get("update") or ops.get("replace")
    if change is not None:
        update = driver.body(change)
        changed = driver.send(client, change, key, json=update)
        if not 200 <= changed.status_code < 300:
            out.problems.append(f"{change.method} answered {changed.status_code}: {changed.text[:200]}")
        elif "read" in ops:
            after = driver.send(client, ops["read"], key).json()
            sent = _sent_scalars(update, after)
            wrong = {k: (v, after[k]) for k, v in sent.items() if after[k] != v}
            if wrong:
                out.problems.append(f"read after {change.method} differs from the change: {wrong}")
            out.steps.append(change.method.lower())
    if "list" in ops:
        lister = ops["list"]
        params: dict[str, Any] = {}
        names = {p.name for p in lister.parameters if p.location == "query"}
        paging = next(((p, s) for p, s in PAGE_PARAMS if p in names and s in names), None)
        ids: list[Any] = []
        for page in range(1, 50):
            if paging:
                params = {paging[0]: page, paging[1]: 100}
            answer = driver.send(client, lister, {}, params=params)
            if answer.status_code != 200:
                out.problems.append(f"list answered {answer.status_code}")
                break
            data = answer.json()
            rows = (
                data
                if isinstance(data, list)
                else next((v for v in data.values() if isinstance(v, list)), [])
            )
            ids += [r.get(spec.id_field) for r in rows if isinstance(r, dict)]
            if not paging or len(rows) < 100:
                break
        if created[spec.id_field] not in ids:
            out.problems.append(f"the created record {created[spec.id_field]!r} is not listed")
        out.steps.append("list")
    if "delete" in ops:
        gone = driver.send(client, ops["delete"], key)
        if not 200 <= gone.status_code < 300:
            out.problems.append(f"delete answered {gone.status_code}")
        elif "read" in ops:
            again = driver.send(client, ops["read"], key)
            if again.status_code != 404:
                out.problems.append(f"read after delete answered {again.status_code}, not 404")
            out.steps.append("delete")
    return out


@pytest.mark.parametrize(("key", "at_least"), [("jtl_erp", 20), ("chift", 15), ("packcloud", 1)])
def test_every_collection_keeps_state(key: str, at_least: int) -> None:
    with Sandbox(SandboxConfig(chift_rows_per_list=20, items_per_tenant=50)) as sb, httpx.Client() as client:
        driver = Driver(sb, key)
        provider = driver.provider
        creatable = [
            s
            for s in provider.collections.specs.values()
            if "create" in _ops(provider, s) and (key, s.path) not in FLOWS
        ]
        outcomes = [_drive(driver, client, spec) for spec in creatable]
        failed = [f"{o.collection}: {'; '.join(o.problems)}" for o in outcomes if o.problems]
        assert not failed, "\n".join(failed)
        full = [o for o in outcomes if {"create", "read", "list"} <= set(o.steps)]
        print(f"{key}: {len(creatable)} creatable collections, {len(full)} with create/read/list checked")
        assert len(creatable) >= at_least, [s.path for s in creatable]
        assert full, "no collection was read back and listed"
        assert sb.violations == [] and sb.app.internal_errors == []


def test_records_are_per_tenant() -> None:
    with Sandbox() as sb, httpx.Client() as client:
        a, b = Driver(sb, "chift", 0), Driver(sb, "chift", 1)
        spec = a.provider.collections.specs["/consumers/{consumer_id}/accounting/clients"]
        ops = _ops(a.provider, spec)
        made = a.send(client, ops["create"], {}, json=a.body(ops["create"])).json()
        key = {spec.id_param or "": made[spec.id_field or "id"]}
        assert a.send(client, ops["read"], key).status_code == 200
        listed = b.send(client, ops["list"], {}, params={"page": 1, "size": 100}).json()["items"]
        assert made["id"] not in [row["id"] for row in listed]


def test_a_created_order_has_only_its_own_line_items() -> None:
    """A nested collection under a record the client created starts empty (no seeded rows)."""
    with Sandbox() as sb, httpx.Client() as client:
        jtl = Driver(sb, "jtl_erp")
        orders = _ops(jtl.provider, jtl.provider.collections.specs["/salesOrders"])
        lines = _ops(jtl.provider, jtl.provider.collections.specs["/salesOrders/{salesOrderId}/lineitems"])
        order = jtl.send(client, orders["create"], {}, json={"CompanyId": 1, "CustomerId": 2}).json()
        sent = [{"Name": "Mug", "Quantity": 2}, {"Name": "Kettle", "Quantity": 1}]
        made = jtl.send(client, lines["create"], {"salesOrderId": order["Id"]}, json=sent)
        assert made.status_code == 201, made.text
        listed = jtl.send(client, lines["list"], {"salesOrderId": order["Id"]}).json()
        assert [(r["Name"], r["Quantity"], r["SalesOrderId"]) for r in listed] == [
            ("Mug", 2, order["Id"]),
            ("Kettle", 1, order["Id"]),
        ]
        seeded = jtl.send(client, lines["list"], {"salesOrderId": 1}).json()
        assert len(seeded) == sb.config.rows_per_collection
