"""The committed generated/ packages: every documented seed operation is an async function,
and the headers the facade owns (auth, app identity, tenant) are not in any signature.

These read generated/ (never write it); imports happen in a subprocess with bytecode off.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from typing import Any

import pytest

from commerce_sdk._codegen.generate import package_path

from ._helpers import GENERATED, SPECS, Generated, load_manifest, load_spec, manifest_index

PACKAGES = {
    "jtl-erp": "commerce_sdk_clients.jtl_erp",
    "chift": "commerce_sdk_clients.chift",
    "packcloud": "commerce_sdk_clients.packcloud",
}

INTEGRATIONS = "/organizations/{organizationId}/integrations"
INTEGRATION = INTEGRATIONS + "/{integrationId}"

# (provider, METHOD, path) for every operation issue 3 names.
SEED: list[tuple[str, str, str]] = [
    # JTL-Wawi: items, the worker sync page, app registration, the four lists.
    ("jtl-erp", "GET", "/items"),
    ("jtl-erp", "GET", "/items/{itemId}"),
    ("jtl-erp", "POST", "/items"),
    ("jtl-erp", "PATCH", "/items/{itemId}"),
    ("jtl-erp", "POST", "/items/{itemId}/children/{childItemId}"),
    ("jtl-erp", "POST", "/workers/{syncId}"),
    ("jtl-erp", "POST", "/authentication"),
    ("jtl-erp", "GET", "/authentication/{registrationId}"),
    ("jtl-erp", "POST", "/authentication/{registrationId}"),
    ("jtl-erp", "GET", "/salesOrders"),
    ("jtl-erp", "GET", "/customers"),
    ("jtl-erp", "GET", "/stocks"),
    ("jtl-erp", "GET", "/warehouses"),
    # Chift: token, consumers, connections, one paged list per area, the Syncs section.
    ("chift", "POST", "/token"),
    ("chift", "GET", "/consumers"),
    ("chift", "GET", "/consumers/{consumer_id}"),
    ("chift", "POST", "/consumers"),
    ("chift", "GET", "/consumers/{consumer_id}/connections"),
    ("chift", "GET", "/consumers/{consumer_id}/accounting/invoices/type/{invoice_type}"),
    ("chift", "GET", "/consumers/{consumer_id}/invoicing/invoices"),
    ("chift", "GET", "/consumers/{consumer_id}/pos/orders"),
    ("chift", "GET", "/consumers/{consumer_id}/commerce/orders"),
    ("chift", "GET", "/consumers/{consumer_id}/commerce/products"),
    ("chift", "GET", "/consumers/{consumer_id}/banking/transactions"),
    ("chift", "GET", "/consumers/{consumer_id}/payment/transactions"),
    ("chift", "GET", "/syncs"),
    ("chift", "POST", "/syncs"),  # one the raw generator drops (object default on a nullable)
    ("chift", "GET", "/syncs/{syncid}"),
    ("chift", "GET", "/consumers/{consumer_id}/syncs/{syncid}"),
    ("chift", "PATCH", "/consumers/{consumer_id}/syncs/{syncid}"),  # raw generator drops it
    ("chift", "PATCH", "/consumers/{consumer_id}/syncs/{syncid}/flows/{flowid}"),
    ("chift", "POST", "/consumers/{consumer_id}/syncs/{syncid}/flows/{flowid}/enable"),  # dropped raw
    ("chift", "POST", "/syncs/{syncid}/flows/{flowid}/event"),
    ("chift", "GET", "/syncs/{syncid}/flows/{flowid}/executions/{executionid}"),
    ("chift", "GET", "/consumers/{consumer_id}/syncs/{syncid}/flows/{flowid}/executions"),
    ("chift", "GET", "/consumers/{consumer_id}/datastore/{datastoreid}/data"),
    # Pack.cloud: the 12 integration operations.
    ("packcloud", "GET", INTEGRATIONS),
    ("packcloud", "POST", INTEGRATIONS),
    ("packcloud", "GET", INTEGRATION),
    ("packcloud", "PUT", INTEGRATION),
    ("packcloud", "DELETE", INTEGRATION),
    ("packcloud", "GET", INTEGRATION + "/actions"),
    ("packcloud", "POST", INTEGRATION + "/actions/{actionId}"),
    ("packcloud", "POST", INTEGRATION + "/sync/orders"),
    ("packcloud", "POST", INTEGRATION + "/sync/products"),
    ("packcloud", "POST", INTEGRATION + "/sync/product-stocks"),
    ("packcloud", "POST", INTEGRATION + "/sync/shipping-services"),
    ("packcloud", "GET", INTEGRATION + "/settings"),
]

FACADE_PARAMS = {"x_api_key", "x_appid", "x_appversion", "tenant_id", "x_tenant_id", "authorization"}
ENDPOINT_FUNCTIONS = {"_get_kwargs", "sync_detailed", "sync", "asyncio_detailed", "asyncio"}


def _provider_available(provider: str) -> None:
    spec = SPECS / load_spec(SPECS / "sources.yaml")["providers"][provider]["spec"]
    package_dir = package_path(GENERATED, PACKAGES[provider])
    assert (package_dir / "_manifest.json").exists(), (
        f"{package_dir} is missing although {spec.name} exists: run ./codegen.sh and commit generated/"
    )


@pytest.fixture(scope="module")
def seed_lookup() -> dict[tuple[str, str, str], dict[str, Any]]:
    """Manifest key and import facts per seed row, one subprocess for all rows."""
    found: dict[tuple[str, str, str], dict[str, Any]] = {}
    modules: dict[str, str] = {}
    for provider, method, path in SEED:
        package_dir = package_path(GENERATED, PACKAGES[provider])
        if not (package_dir / "_manifest.json").exists():
            continue
        key = manifest_index(load_manifest(package_dir)).get((method, path))
        found[(provider, method, path)] = {"key": key}
        if key is not None:
            modules[f"{provider} {method} {path}"] = f"{PACKAGES[provider]}.api.{key}"
    script = (
        "import importlib, inspect, json, sys\n"
        "out = {}\n"
        "for label, name in json.loads(sys.argv[1]).items():\n"
        "    try:\n"
        "        mod = importlib.import_module(name)\n"
        "        fn = getattr(mod, 'asyncio_detailed', None)\n"
        "        out[label] = {'callable': callable(fn), 'coroutine': inspect.iscoroutinefunction(fn),\n"
        "                      'asyncio': inspect.iscoroutinefunction(getattr(mod, 'asyncio', None))}\n"
        "    except Exception as exc:\n"
        "        out[label] = {'error': repr(exc)}\n"
        "print(json.dumps(out))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(GENERATED), PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.run(
        [sys.executable, "-c", script, json.dumps(modules)],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    imported = json.loads(proc.stdout)
    for row, facts in found.items():
        facts.update(imported.get(" ".join(row), {}))
    return found


@pytest.mark.parametrize(("provider", "method", "path"), SEED, ids=[f"{p}:{m} {u}" for p, m, u in SEED])
def test_seed_operation_has_async_function(
    provider: str, method: str, path: str, seed_lookup: dict[tuple[str, str, str], dict[str, Any]]
) -> None:
    _provider_available(provider)
    facts = seed_lookup[(provider, method, path)]
    package = PACKAGES[provider]
    assert facts["key"] is not None, f"{method} {path} is not in generated/{package}/_manifest.json"
    module = f"{package}.api.{facts['key']}"
    assert "error" not in facts, f"{module} does not import: {facts['error']}"
    assert facts["callable"] and facts["coroutine"], f"{module}.asyncio_detailed is not an async function"
    assert facts["asyncio"], f"{module}.asyncio is not an async function"


def test_packcloud_has_exactly_the_twelve_operations() -> None:
    manifest = load_manifest(GENERATED / "commerce_sdk_clients" / "packcloud")
    documented = {(m, p) for prov, m, p in SEED if prov == "packcloud"}
    assert len(documented) == 12
    assert set(manifest_index(manifest)) == documented


# --------------------------------------------------------------------------- facade-owned headers


def _signature_params(package_dir: Any) -> dict[str, set[str]]:
    """'tag.module' -> every parameter name of the endpoint functions (parsed, not imported)."""
    params: dict[str, set[str]] = {}
    for path in sorted((package_dir / "api").glob("*/*.py")):
        if path.name == "__init__.py":
            continue
        names: set[str] = set()
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in ENDPOINT_FUNCTIONS:
                a = node.args
                names |= {x.arg for x in [*a.posonlyargs, *a.args, *a.kwonlyargs]}
        params[f"{path.parent.name}.{path.stem}"] = names
    return params


def _assert_no_facade_params(package_dir: Any) -> int:
    params = _signature_params(package_dir)
    assert params, f"no endpoint modules under {package_dir}/api"
    leaks = {key: sorted(names & FACADE_PARAMS) for key, names in params.items() if names & FACADE_PARAMS}
    assert not leaks, f"facade-owned headers still in signatures: {leaks}"
    return len(params)


def test_committed_jtl_signatures_have_no_facade_headers() -> None:
    package_dir = GENERATED / "commerce_sdk_clients" / "jtl_erp"
    assert _assert_no_facade_params(package_dir) == len(load_manifest(package_dir)["operations"])
    # ...while the headers that stay the caller's business are still there.
    params = _signature_params(package_dir)
    assert {"api_version", "x_runas", "x_session_id"} <= params["worker.configure_sync"]


def test_committed_jtl_manifest_records_tenant_header() -> None:
    manifest = load_manifest(GENERATED / "commerce_sdk_clients" / "jtl_erp")
    ops = manifest["operations"]
    by_route = manifest_index(manifest)
    # The operations JTL's newer pages document spell it x-tenant-id (overlay); the file, tenant-id.
    newer = {("POST", "/workers/{syncId}"), ("PATCH", "/items/{itemId}")}
    for route in newer:
        assert ops[by_route[route]]["tenant_header"] == "x-tenant-id", route
    others = {key: op["tenant_header"] for key, op in ops.items() if (op["method"], op["path"]) not in newer}
    assert len(others) == 208 and set(others.values()) == {"tenant-id"}, others
    for key, op in ops.items():
        assert op["tenant_header"] in op["owned_headers"], key
        lowered = {h.lower() for h in op["headers"]}
        assert not lowered & {"x-api-key", "x-appid", "x-appversion", "tenant-id", "x-tenant-id"}, key
    # The data operations carry the full set of facade-owned headers, exactly as the source names them.
    items = ops[by_route[("GET", "/items")]]
    assert items["owned_headers"] == ["tenant-id", "x-api-key", "x-appid", "x-appversion"]


def test_vendor_jtl_signatures_and_tenant_header(vendor_jtl: Generated) -> None:
    assert vendor_jtl.run.returncode == 0, vendor_jtl.run.describe()
    count = _assert_no_facade_params(vendor_jtl.package_dir)
    ops = vendor_jtl.manifest["operations"]
    assert count == len(ops) == 209
    tenants = {op["tenant_header"] for op in ops.values()}
    assert tenants == {"tenant-id"}, f"every vendor-file operation declares tenant-id, got {tenants}"
