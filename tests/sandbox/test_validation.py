"""Requests and answers are checked against the contracts, with details when they break it."""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commerce_sdk.sandbox import Sandbox, SandboxConfig
from commerce_sdk.sandbox.app import SandboxApp
from commerce_sdk.sandbox.contracts import ProviderInfo, build_contract, load_contracts
from commerce_sdk.sandbox.providers.base import Reply
from commerce_sdk.sandbox.schema import SchemaSet
from commerce_sdk.sandbox.synth import Synthesizer

from ._helpers import bearer, chift_token, jtl_headers, packcloud_headers

CONTRACTS = load_contracts()


def test_jtl_bad_body_is_400_naming_the_fields(sb: Sandbox) -> None:
    response = httpx.post(
        f"{sb.urls.jtl_erp}/items", json={"Name": "", "Categories": "none"}, headers=jtl_headers(sb)
    )
    assert response.status_code == 400
    body = response.json()
    assert body["ErrorCode"] == "InvalidData"
    assert set(body["ValidationErrors"]) == {"body.Name", "body.Categories"}
    assert "non-empty" in body["ValidationErrors"]["body.Name"]


def test_jtl_missing_required_field_and_bad_json(sb: Sandbox) -> None:
    url = f"{sb.urls.jtl_erp}/items"
    missing = httpx.post(url, json={"Categories": []}, headers=jtl_headers(sb))
    assert missing.status_code == 400
    assert "body.Name" in missing.json()["ValidationErrors"]
    broken = httpx.post(
        url, content=b"{not json", headers={**jtl_headers(sb), "content-type": "application/json"}
    )
    assert broken.status_code == 400
    assert "not valid JSON" in broken.json()["ErrorMessage"]


def test_bad_query_parameter_is_400(sb: Sandbox) -> None:
    response = httpx.get(f"{sb.urls.jtl_erp}/items", params={"pageSize": "many"}, headers=jtl_headers(sb))
    assert response.status_code == 400
    assert response.json()["ValidationErrors"] == {"query.pageSize": "'many' is not of type 'integer'"}


def test_packcloud_bad_body_is_400_with_laravel_errors(sb: Sandbox) -> None:
    org = sb.credentials.packcloud.organizations[0]
    url = f"{sb.urls.packcloud}/organizations/{org}/integrations"
    response = httpx.post(url, json={"connector_id": 5}, headers=packcloud_headers(sb))
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "validation_failed"
    assert set(body["errors"]) == {"name", "connector_id"}
    too_big = httpx.get(url, params={"per_page": 500}, headers=packcloud_headers(sb))
    assert too_big.status_code == 400
    assert "per_page" in too_big.json()["errors"]


def test_chift_bad_request_is_422_in_fastapi_shape(sb: Sandbox) -> None:
    token = chift_token(sb)
    consumer = sb.credentials.chift.consumers[0]
    response = httpx.get(
        f"{sb.urls.chift}/consumers/{consumer}/commerce/orders", params={"size": 1000}, headers=bearer(token)
    )
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail[0]["loc"] == ["query", "size"]
    bad_uuid = httpx.get(f"{sb.urls.chift}/consumers/not-a-uuid", headers=bearer(token))
    assert bad_uuid.status_code == 422
    assert bad_uuid.json()["detail"][0]["loc"] == ["path", "consumer_id"]


def test_validation_can_be_switched_off() -> None:
    with Sandbox(SandboxConfig(validate_requests=False)) as sb:
        response = httpx.get(f"{sb.urls.jtl_erp}/items", params={"pageSize": "many"}, headers=jtl_headers(sb))
        assert response.status_code == 200  # unparsable value ignored, default page size used


def test_off_contract_answer_becomes_500_with_details(sb: Sandbox) -> None:
    provider = sb.app.providers["packcloud"]
    provider.on(
        "GET",
        "/organizations/{organizationId}/integrations",
        lambda call: Reply(200, {"data": [{"id": 1, "category": "boat"}], "meta": {}}),
    )
    org = sb.credentials.packcloud.organizations[0]
    response = httpx.get(
        f"{sb.urls.packcloud}/organizations/{org}/integrations", headers=packcloud_headers(sb)
    )
    assert response.status_code == 500
    assert response.headers["x-sandbox-error"] == "response-validation"
    problems = response.json()["problems"]
    assert any("'name' is a required property" in p for p in problems)
    assert any("category" in p for p in problems)
    assert len(sb.violations) == 1


def test_unknown_path_and_method(sb: Sandbox) -> None:
    missing = httpx.get(f"{sb.urls.jtl_erp}/nothing-here", headers=jtl_headers(sb))
    assert missing.status_code == 404
    assert missing.json()["ErrorCode"] == "not_found"
    wrong_method = httpx.delete(f"{sb.urls.jtl_erp}/items/1", headers=jtl_headers(sb))
    assert wrong_method.status_code == 405
    assert set(wrong_method.headers["allow"].split(", ")) == {"GET", "PATCH"}
    outside = httpx.get(f"{sb.base_url}/elsewhere")
    assert outside.status_code == 404


async def test_new_spec_operation_is_served_at_once() -> None:
    """An operation no behaviour knows answers a schema-valid body straight away."""
    base = next(c for c in CONTRACTS if c.key == "packcloud")
    document = copy.deepcopy(base.document)
    document["paths"]["/organizations/{organizationId}/warehouses"] = {
        "get": {
            "operationId": "list_warehouses",
            "parameters": [{"$ref": "#/components/parameters/OrganizationId"}],
            "responses": {
                "200": {
                    "description": "Warehouses",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["data"],
                                "properties": {
                                    "data": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["id", "city", "opened"],
                                            "properties": {
                                                "id": {"type": "string", "format": "uuid"},
                                                "city": {"type": "string", "examples": ["Leipzig"]},
                                                "opened": {"type": "string", "format": "date-time"},
                                            },
                                        },
                                    }
                                },
                            }
                        }
                    },
                }
            },
        }
    }
    contract = build_contract(
        ProviderInfo("packcloud", "commerce_sdk_clients.packcloud", "/packcloud/v1"), document, {}
    )
    app = SandboxApp(SandboxConfig(), [contract])
    provider = app.providers["packcloud"]
    org = provider.credentials.organizations[0]  # type: ignore[attr-defined]
    transport = httpx.ASGITransport(app=app.asgi)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as client:
        headers = bearer(provider.credentials.token)  # type: ignore[attr-defined]
        response = await client.get(f"/packcloud/v1/organizations/{org}/warehouses", headers=headers)
    assert response.status_code == 200, response.text
    row = response.json()["data"][0]
    assert row["city"] == "Leipzig"
    assert app.violations == []


# -- the fast validator agrees with the reference validator ------------------------------

_SETS = {c.key: (c, SchemaSet(c.key, c.document, oas31=c.oas31)) for c in CONTRACTS}
_SCHEMAS = sorted((key, name) for key, (c, _) in _SETS.items() for name in c.schemas)
_MUTANTS: list[Any] = [
    None,
    True,
    0,
    -1,
    2**40,
    1.5,
    "",
    "x" * 3,
    "2024-13-45T99:00:00Z",
    [],
    {},
    [1],
    {"a": 1},
]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, sub in value.items():
            found.extend(_paths(sub, (*prefix, key)))
    elif isinstance(value, list):
        for i, sub in enumerate(value):
            found.extend(_paths(sub, (*prefix, i)))
    return found


def _mutate(value: Any, path: tuple[Any, ...], action: str, replacement: Any) -> Any:
    if not path:
        return replacement
    parent = value
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "delete" and isinstance(parent, dict):
        del parent[last]
    elif action == "extra" and isinstance(parent, dict):
        parent["unexpected_field"] = replacement
    else:
        parent[last] = replacement
    return value


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    target=st.sampled_from(_SCHEMAS),
    seed=st.integers(0, 2**16),
    write=st.booleans(),
    pick=st.integers(0, 10**6),
    action=st.sampled_from(["replace", "delete", "extra", "keep"]),
    replacement=st.sampled_from(_MUTANTS),
)
def test_fast_validator_agrees_with_reference(
    target: tuple[str, str], seed: int, write: bool, pick: int, action: str, replacement: Any
) -> None:
    key, name = target
    _, schemas = _SETS[key]
    pointer = f"/components/schemas/{name}"
    value = Synthesizer(schemas).varied(pointer, random.Random(seed), write=write)
    if action != "keep":
        paths = _paths(value)
        value = _mutate(copy.deepcopy(value), paths[pick % len(paths)], action, copy.deepcopy(replacement))
    fast = schemas.check(pointer, write=write)
    assert fast is not None, f"{name} fell back to the reference validator"
    reference = schemas.reference(pointer, write=write)
    assert fast(value) == reference.is_valid(value), json.dumps(value)[:500]


def test_every_component_schema_compiles() -> None:
    for _, (contract, schemas) in _SETS.items():
        for name in contract.schemas:
            for write in (False, True):
                assert schemas.check(f"/components/schemas/{name}", write=write) is not None, name


@pytest.mark.parametrize("key", sorted(_SETS))
def test_synthesised_values_are_valid(key: str) -> None:
    contract, schemas = _SETS[key]
    synth = Synthesizer(schemas)
    for name in contract.schemas:
        pointer = f"/components/schemas/{name}"
        for write in (False, True):
            assert schemas.errors(pointer, synth.value(pointer, write=write), write=write) == [], name
            for seed in range(3):
                varied = synth.varied(pointer, random.Random(seed), write=write)
                assert schemas.errors(pointer, varied, write=write) == [], name
