"""Pack.cloud: bearer auth, integrations CRUD per organization, actions, syncs, settings."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from commerce_sdk.sandbox import Sandbox

from ._helpers import bearer, packcloud_headers


@pytest.fixture
def client(sb: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sb.urls.packcloud, headers=packcloud_headers(sb)) as packcloud:
        yield packcloud


@pytest.mark.parametrize("headers", [{}, bearer("wrong"), {"Authorization": "Token abc"}])
def test_wrong_token_is_401(sb: Sandbox, headers: dict[str, str]) -> None:
    org = sb.credentials.packcloud.organizations[0]
    response = httpx.get(f"{sb.urls.packcloud}/organizations/{org}/integrations", headers=headers)
    assert response.status_code == 401
    assert response.json() == {"message": "Unauthenticated.", "code": "unauthenticated"}


def test_crud(sb: Sandbox, client: httpx.Client) -> None:
    org = sb.credentials.packcloud.organizations[0]
    base = f"/organizations/{org}/integrations"
    made = client.post(
        base, json={"name": "EU shop", "connector_id": "shopify", "settings": {"shop_domain": "eu"}}
    )
    assert made.status_code == 201
    integration = made.json()
    iid = integration["id"]
    assert integration["category"] == "shop" and integration["name"] == "EU shop"
    assert client.get(f"{base}/{iid}").json() == integration
    assert client.get(f"{base}/{iid}/settings").json() == {"shop_domain": "eu"}
    updated = client.put(f"{base}/{iid}", json={"name": "EU shop (new)", "stock_sync_enabled": True})
    assert updated.status_code == 200
    again = client.get(f"{base}/{iid}").json()
    assert again["name"] == "EU shop (new)" and again["stock_sync_enabled"] is True
    assert client.delete(f"{base}/{iid}").status_code == 204
    gone = client.get(f"{base}/{iid}")
    assert gone.status_code == 404 and gone.json()["code"] == "not_found"
    assert client.delete(f"{base}/{iid}").status_code == 404


def test_organizations_are_isolated(sb: Sandbox, client: httpx.Client) -> None:
    a, b = sb.credentials.packcloud.organizations[:2]
    iid = client.post(f"/organizations/{a}/integrations", json={"name": "A", "connector_id": "dhl"}).json()[
        "id"
    ]
    assert client.get(f"/organizations/{b}/integrations/{iid}").status_code == 404
    assert client.get(f"/organizations/{a}/integrations").json()["meta"]["total"] == 61
    assert client.get(f"/organizations/{b}/integrations").json()["meta"]["total"] == 60
    assert client.get("/organizations/org_unknown/integrations").status_code == 404


def test_unknown_connector_is_422(sb: Sandbox, client: httpx.Client) -> None:
    org = sb.credentials.packcloud.organizations[0]
    response = client.post(f"/organizations/{org}/integrations", json={"name": "X", "connector_id": "nope"})
    assert response.status_code == 422
    assert set(response.json()["errors"]) == {"connector_id"}


def test_list_pages_as_the_spec_states(sb: Sandbox, client: httpx.Client) -> None:
    org = sb.credentials.packcloud.organizations[1]
    first = client.get(f"/organizations/{org}/integrations").json()
    assert first["meta"] == {"current_page": 1, "per_page": 25, "total": 60, "last_page": 3}
    ids = []
    for page in (1, 2, 3):
        body = client.get(f"/organizations/{org}/integrations", params={"page": page, "per_page": 25}).json()
        ids.extend(row["id"] for row in body["data"])
    assert len(ids) == 60 and len(set(ids)) == 60
    past = client.get(f"/organizations/{org}/integrations", params={"page": 4}).json()
    assert past["data"] == [] and past["meta"]["last_page"] == 3


def test_actions_and_syncs(sb: Sandbox, client: httpx.Client) -> None:
    org = sb.credentials.packcloud.organizations[0]
    rows = client.get(f"/organizations/{org}/integrations", params={"per_page": 100}).json()["data"]
    shop = next(r["id"] for r in rows if r["category"] == "shop")
    shipping = next(r["id"] for r in rows if r["category"] == "shipping")
    base = f"/organizations/{org}/integrations"
    actions = client.get(f"{base}/{shop}/actions").json()
    assert {"id": "register_webhooks", "name": "Register webhooks"} in actions
    done = client.post(f"{base}/{shop}/actions/register_webhooks", json={"parameters": {}})
    assert done.status_code == 200 and done.json()["status"] == "completed"
    assert client.post(f"{base}/{shop}/actions/refresh_services").status_code == 404
    for kind, path in (("orders", "orders"), ("products", "products"), ("product_stocks", "product-stocks")):
        job = client.post(f"{base}/{shop}/sync/{path}")
        assert job.status_code == 202
        assert job.json()["type"] == kind and job.json()["status"] == "queued"
        assert job.json()["integration_id"] == shop
    assert client.post(f"{base}/{shipping}/sync/shipping-services").status_code == 202
    refused = client.post(f"{base}/{shipping}/sync/products")
    assert refused.status_code == 422 and refused.json()["code"] == "sync_not_supported"
