"""Chift: tokens with a lifetime, consumers as tenants, connections, syncs, paged lists."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from commerce_sdk.sandbox import Sandbox, SandboxConfig

from ._helpers import bearer, chift_token


@pytest.fixture
def client(sb: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sb.urls.chift, headers=bearer(chift_token(sb))) as chift:
        yield chift


def test_token_and_expiry() -> None:
    with Sandbox(SandboxConfig(chift_token_lifetime=1)) as sb:
        before = time.time()
        creds = sb.credentials.chift
        body = {
            "clientId": creds.client_id,
            "clientSecret": creds.client_secret,
            "accountId": creds.account_id,
        }
        token = httpx.post(f"{sb.urls.chift}/token", json=body).json()
        assert token["token_type"] == "bearer" and token["expires_in"] == 1
        assert before <= token["expires_on"] <= time.time() + 2
        headers = bearer(token["access_token"])
        assert httpx.get(f"{sb.urls.chift}/consumers", headers=headers).status_code == 200
        time.sleep(1.2)
        expired = httpx.get(f"{sb.urls.chift}/consumers", headers=headers)
        assert expired.status_code == 401
        assert expired.json()["error_code"] == "ERROR_TOKEN_EXPIRED"
        assert expired.json()["status"] == "error"


@pytest.mark.parametrize(
    ("headers", "code"),
    [
        ({}, "ERROR_TOKEN_MISSING"),
        (bearer("forged"), "ERROR_TOKEN_INVALID"),
        ({"Authorization": "Basic x"}, "ERROR_TOKEN_INVALID"),
    ],
)
def test_token_rejections(sb: Sandbox, headers: dict[str, str], code: str) -> None:
    response = httpx.get(f"{sb.urls.chift}/consumers", headers=headers)
    assert response.status_code == 401
    assert response.json()["error_code"] == code and response.json()["message"]


def test_wrong_client_credentials(sb: Sandbox) -> None:
    creds = sb.credentials.chift
    body = {"clientId": creds.client_id, "clientSecret": "wrong", "accountId": creds.account_id}
    response = httpx.post(f"{sb.urls.chift}/token", json=body)
    assert response.status_code == 401
    assert response.json()["error_code"] == "ERROR_INVALID_CREDENTIALS"


def test_consumers(sb: Sandbox, client: httpx.Client) -> None:
    listed = client.get("/consumers").json()
    assert [c["consumerid"] for c in listed] == sb.credentials.chift.consumers
    made = client.post("/consumers", json={"name": "New shop", "internal_reference": "NEW-1"})
    assert made.status_code == 200
    cid = made.json()["consumerid"]
    assert client.get(f"/consumers/{cid}").json()["name"] == "New shop"
    assert [
        c["consumerid"] for c in client.get("/consumers", params={"internal_reference": "NEW-1"}).json()
    ] == [cid]
    with_account = client.get(f"/consumers/{cid}", params={"include_account": "true"}).json()
    assert with_account["account"]["name"]
    missing = client.get("/consumers/00000000-0000-4000-8000-000000000000")
    assert missing.status_code == 404
    assert missing.json()["error_code"] == "ERROR_CONSUMER_NOT_FOUND"


def test_connections_crud_and_isolation(sb: Sandbox, client: httpx.Client) -> None:
    a, b = sb.credentials.chift.consumers[:2]
    before = client.get(f"/consumers/{a}/connections").json()
    link = client.post(f"/consumers/{a}/connections", json={"integrationid": 4001, "name": "Payments"})
    assert link.status_code == 200 and link.json()["url"].startswith("https://")
    after = client.get(f"/consumers/{a}/connections").json()
    assert len(after) == len(before) + 1
    conn = after[-1]
    assert conn["integration"] == "Stripe" and conn["api"] == "Payment"
    cid = conn["connectionid"]
    assert client.patch(f"/consumers/{a}/connections/{cid}", json={"name": "Renamed"}).status_code == 200
    assert client.get(f"/consumers/{a}/connections/{cid}").json()["name"] == "Renamed"
    assert client.get(f"/consumers/{b}/connections/{cid}").status_code == 404
    assert client.delete(f"/consumers/{a}/connections/{cid}").status_code == 204
    gone = client.get(f"/consumers/{a}/connections/{cid}")
    assert gone.status_code == 404 and gone.json()["error_code"] == "ERROR_CONNECTION_NOT_FOUND"


def test_sync_info_per_consumer(sb: Sandbox, client: httpx.Client) -> None:
    a, b = sb.credentials.chift.consumers[:2]
    sync = client.get("/syncs").json()[0]
    sid, flow = sync["syncid"], sync["flows"][1]["id"]
    info = client.get(f"/consumers/{a}/syncs/{sid}").json()
    assert info["sync_name"] == sync["name"] and info["status"] == "active"
    assert [f["id"] for f in info["enabled_flows"]] == [sync["flows"][0]["id"]]
    enabled = client.post(
        f"/consumers/{a}/syncs/{sid}/flows/{flow}/enable", json={"data": {"journal": "SALES"}}
    )
    assert enabled.status_code == 200
    info = client.get(f"/consumers/{a}/syncs/{sid}").json()
    assert {f["id"]: f["values"] for f in info["enabled_flows"]}[flow] == {"journal": "SALES"}
    other = client.get(f"/consumers/{b}/syncs/{sid}").json()
    assert flow not in [f["id"] for f in other["enabled_flows"]]
    assert client.post(f"/consumers/{a}/syncs/{sid}/flows/{flow}/disable").status_code == 204
    assert flow not in [f["id"] for f in client.get(f"/consumers/{a}/syncs/{sid}").json()["enabled_flows"]]
    second = client.get("/syncs").json()[1]["syncid"]
    assert client.get(f"/consumers/{a}/syncs/{second}").status_code == 404
    assert client.post(f"/consumers/{a}/syncs", json={"syncid": second}).status_code == 200
    assert client.get(f"/consumers/{a}/syncs/{second}").status_code == 200
    enabled_only = client.get("/syncs", params={"consumers_status": "enabled"}).json()
    assert a in enabled_only[1]["consumers"]
    assert client.get("/syncs/00000000-0000-4000-8000-000000000000").status_code == 404


def test_created_sync_is_listed(client: httpx.Client) -> None:
    created = client.post("/syncs", json={"name": "My sync", "connections": [{"one_api": 1}], "flows": []})
    assert created.status_code == 200
    sid = created.json()["syncid"]
    assert client.get(f"/syncs/{sid}").json()["name"] == "My sync"


@pytest.mark.parametrize(
    "path",
    ["commerce/orders", "commerce/products", "pos/orders", "invoicing/invoices", "payment/transactions",
     "accounting/invoices/type/customer_invoice"],
)  # fmt: skip
def test_paged_lists_page_through_every_row_once(small: Sandbox, path: str) -> None:
    with httpx.Client(base_url=small.urls.chift, headers=bearer(chift_token(small))) as client:
        consumer = small.credentials.chift.consumers[0]
        ids: list[str] = []
        page = 1
        while True:
            body = client.get(f"/consumers/{consumer}/{path}", params={"page": page, "size": 50}).json()
            assert body["total"] == 120 and body["page"] == page and body["size"] == 50
            ids.extend(row["id"] for row in body["items"])
            if page * 50 >= body["total"]:
                break
            page += 1
        assert len(ids) == 120 and len(set(ids)) == 120
        other = small.credentials.chift.consumers[1]
        first_other = client.get(f"/consumers/{other}/{path}", params={"size": 1}).json()["items"][0]["id"]
        assert first_other != ids[0]


def test_banking_list_needs_account_id(client: httpx.Client, sb: Sandbox) -> None:
    consumer = sb.credentials.chift.consumers[0]
    missing = client.get(f"/consumers/{consumer}/banking/transactions")
    assert missing.status_code == 422
    ok = client.get(f"/consumers/{consumer}/banking/transactions", params={"account_id": "acc-1", "size": 10})
    assert ok.status_code == 200 and len(ok.json()["items"]) == 10
