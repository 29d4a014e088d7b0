"""JTL-Wawi: auth like the real service, stateful items per tenant, registration flow."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from commerce_sdk.sandbox import Sandbox, SandboxConfig

from ._helpers import jtl_headers


def _get(sb: Sandbox, path: str, headers: dict[str, str], **params: Any) -> httpx.Response:
    return httpx.get(f"{sb.urls.jtl_erp}{path}", headers=headers, params=params)


# -- auth ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"x-api-key": None}, "MissingApiKey"),
        ({"x-api-key": "00000000-0000-4000-8000-000000000000"}, "InvalidApiKey"),
        ({"x-api-key": "not-even-a-uuid"}, "InvalidApiKey"),
        ({"x-appid": None}, "MissingAppId"),
        ({"x-appversion": None}, "MissingAppVersion"),
        ({"tenant-id": None}, "MissingTenant"),
        ({"tenant-id": "00000000-0000-4000-8000-000000000000"}, "UnknownTenant"),
    ],
)
def test_auth_rejections(sb: Sandbox, change: dict[str, str | None], code: str) -> None:
    headers: dict[str, str] = jtl_headers(sb)
    for name, value in change.items():
        if value is None:
            headers.pop(name)
        else:
            headers[name] = value
    response = _get(sb, "/items", headers)
    assert response.status_code == 401
    assert response.json()["ErrorCode"] == code
    assert response.json()["ErrorMessage"]


def test_tenant_header_name_follows_the_contract(sb: Sandbox) -> None:
    """POST /workers/{syncId} takes the tenant in x-tenant-id; tenant-id there is refused."""
    url = f"{sb.urls.jtl_erp}/workers/1"
    wrong = httpx.post(url, json={}, headers=jtl_headers(sb, tenant_header="tenant-id"))
    assert wrong.status_code == 401
    assert "x-tenant-id" in wrong.json()["ErrorMessage"]
    right = httpx.post(url, json={}, headers=jtl_headers(sb, tenant_header="x-tenant-id"))
    assert right.status_code == 200


def test_oauth_token_is_optional_but_checked(sb: Sandbox) -> None:
    creds = sb.credentials.jtl_erp
    issued = httpx.post(
        creds.token_url,
        data={"grant_type": "client_credentials"},
        auth=(creds.client_id, creds.client_secret),
    )
    assert issued.status_code == 200
    token = issued.json()
    assert token["token_type"] == "Bearer" and token["expires_in"] == 3600
    also = httpx.post(
        creds.token_url,
        data={
            "grant_type": "client_credentials",
            "client_id": creds.client_id,
            "client_secret": creds.client_secret,
        },
    )
    assert also.status_code == 200
    with_token = {**jtl_headers(sb), "Authorization": f"Bearer {token['access_token']}"}
    assert _get(sb, "/items/1", with_token).status_code == 200
    forged = {**jtl_headers(sb), "Authorization": "Bearer forged"}
    assert _get(sb, "/items/1", forged).status_code == 401
    bad_client = httpx.post(creds.token_url, data={"grant_type": "client_credentials"}, auth=("x", "y"))
    assert bad_client.status_code == 401 and bad_client.json() == {"error": "invalid_client"}
    bad_grant = httpx.post(
        creds.token_url, data={"grant_type": "password"}, auth=(creds.client_id, creds.client_secret)
    )
    assert bad_grant.status_code == 400
    # the token never replaces the api key
    no_key = {k: v for k, v in with_token.items() if k != "x-api-key"}
    assert _get(sb, "/items/1", no_key).status_code == 401


def test_expired_oauth_token_is_refused() -> None:
    with Sandbox(SandboxConfig(jtl_token_lifetime=0.5)) as sb:
        creds = sb.credentials.jtl_erp
        token = httpx.post(
            creds.token_url,
            data={"grant_type": "client_credentials"},
            auth=(creds.client_id, creds.client_secret),
        ).json()["access_token"]
        headers = {**jtl_headers(sb), "Authorization": f"Bearer {token}"}
        assert _get(sb, "/items/1", headers).status_code == 200
        time.sleep(0.7)
        expired = _get(sb, "/items/1", headers)
        assert expired.status_code == 401
        assert expired.json()["ErrorCode"] == "TokenExpired"


# -- items ---------------------------------------------------------------------------------


def test_patch_changes_what_get_returns(sb: Sandbox) -> None:
    headers = jtl_headers(sb)
    before = _get(sb, "/items/42", headers).json()
    patched = httpx.patch(
        f"{sb.urls.jtl_erp}/items/42",
        json={"Name": "Renamed goggles", "ItemPriceData": {"SalesPriceNet": 12.5}},
        headers=jtl_headers(sb, tenant_header="x-tenant-id"),  # the Update Item page's spelling
    )
    assert patched.status_code == 201
    after = _get(sb, "/items/42", headers).json()
    assert after["Name"] == "Renamed goggles"
    assert after["ItemPriceData"]["SalesPriceNet"] == 12.5
    # untouched nested fields stay
    assert after["ItemPriceData"]["SuggestedRetailPrice"] == before["ItemPriceData"]["SuggestedRetailPrice"]
    assert after["SKU"] == before["SKU"]
    assert after["Changed"] != before["Changed"]
    listed = _get(sb, "/items", headers, pageNumber=1, pageSize=50).json()["Items"]
    assert next(i for i in listed if i["Id"] == 42)["Name"] == "Renamed goggles"


def test_post_creates_and_tenants_are_isolated(sb: Sandbox) -> None:
    a, b = jtl_headers(sb, 0), jtl_headers(sb, 1)
    created = httpx.post(
        f"{sb.urls.jtl_erp}/items", json={"Name": "Sandbox mug", "Categories": [{"CategoryId": 5}]}, headers=a
    )
    assert created.status_code == 201
    item = created.json()
    assert item["Categories"] == [{"CategoryId": 5, "Name": "Kitchen"}]
    assert _get(sb, f"/items/{item['Id']}", a).json()["Name"] == "Sandbox mug"
    assert _get(sb, f"/items/{item['Id']}", b).status_code == 404
    assert _get(sb, "/items", a, pageSize=1).json()["TotalItems"] == 2501
    assert _get(sb, "/items", b, pageSize=1).json()["TotalItems"] == 2500
    a_update = jtl_headers(sb, 0, tenant_header="x-tenant-id")  # the Update Item page's spelling
    assert (
        httpx.patch(f"{sb.urls.jtl_erp}/items/7", json={"Name": "Only in A"}, headers=a_update).status_code
        == 201
    )
    assert _get(sb, "/items/7", a).json()["Name"] == "Only in A"
    assert _get(sb, "/items/7", b).json()["Name"] != "Only in A"


def test_unknown_item_is_404_error_response(sb: Sandbox) -> None:
    response = _get(sb, "/items/999999", jtl_headers(sb))
    assert response.status_code == 404
    assert response.json() == {"ErrorCode": "NotFound", "ErrorMessage": "There is no item with id 999999."}
    patch = httpx.patch(
        f"{sb.urls.jtl_erp}/items/999999",
        json={"Name": "x"},
        headers=jtl_headers(sb, tenant_header="x-tenant-id"),
    )
    assert patch.status_code == 404


def test_assign_child(sb: Sandbox) -> None:
    headers = jtl_headers(sb)
    url = f"{sb.urls.jtl_erp}/items/10/children"
    assert httpx.post(f"{url}/11", json=[1, 2], headers=headers).status_code == 204
    assert 11 in _get(sb, "/items/10", headers).json()["ChildItems"]
    assert _get(sb, "/items/11", headers).json()["ParentItemId"] == 10
    children = _get(sb, "/items", headers, parentItemId=10).json()
    assert [i["Id"] for i in children["Items"]] == [11]
    clash = httpx.post(f"{url}/12", json=[2, 1], headers=headers)
    assert clash.status_code == 400
    assert httpx.post(f"{url}/999999", json=[3], headers=headers).status_code == 404


def test_paging_through_all_items_yields_each_once(sb: Sandbox) -> None:
    headers = jtl_headers(sb, 2)
    seen: list[int] = []
    page = 1
    with httpx.Client(base_url=sb.urls.jtl_erp, headers=headers) as client:
        while True:
            body = client.get("/items", params={"pageNumber": page, "pageSize": 500}).json()
            assert body["TotalItems"] == 2500
            assert body["PageSize"] == 500
            seen.extend(i["Id"] for i in body["Items"])
            if not body["HasNextPage"]:
                break
            page = body["NextPageNumber"]
    assert len(seen) == 2500
    assert sorted(seen) == list(range(1, 2501))
    past = _get(sb, "/items", headers, pageNumber=99, pageSize=500).json()
    assert past["Items"] == [] and past["HasNextPage"] is False


def test_item_filters(sb: Sandbox) -> None:
    headers = jtl_headers(sb)
    one = _get(sb, "/items/3", headers).json()
    found = _get(sb, "/items", headers, searchKeyWord=one["SKU"]).json()
    assert [i["Id"] for i in found["Items"]] == [3]
    category = one["Categories"][0]["CategoryId"]
    in_category = _get(sb, "/items", headers, categoryId=category, pageSize=1000).json()
    assert in_category["TotalItems"] > 0
    assert all(i["Categories"][0]["CategoryId"] == category for i in in_category["Items"])


def test_other_lists_page(sb: Sandbox) -> None:
    headers = jtl_headers(sb)
    orders = _get(sb, "/salesOrders", headers, pageNumber=2, pageSize=25).json()
    assert orders["TotalItems"] == 400 and len(orders["Items"]) == 25 and orders["Items"][0]["Id"] == 26
    customer = orders["Items"][0]["CustomerId"]
    mine = _get(sb, "/salesOrders", headers, customerId=customer, pageSize=400).json()
    assert all(o["CustomerId"] == customer for o in mine["Items"]) and mine["TotalItems"] >= 1
    customers = _get(sb, "/customers", headers, pageSize=5).json()
    assert customers["TotalItems"] == 300 and len(customers["Items"]) == 5
    warehouses = _get(sb, "/warehouses", headers).json()
    assert warehouses["TotalItems"] == 4
    active = _get(sb, "/warehouses", headers, isActive="true").json()
    assert all(w["IsActive"] for w in active["Items"]) and active["TotalItems"] == 3
    stock = _get(sb, "/stocks", headers, itemId=9).json()
    assert [s["ItemId"] for s in stock["Items"]] == [9]
    assert _get(sb, "/stocks", headers, itemId=999999).status_code == 404


def test_worker_sync_configuration(sb: Sandbox) -> None:
    headers = jtl_headers(sb, tenant_header="x-tenant-id")
    url = f"{sb.urls.jtl_erp}/workers/2"
    worker = httpx.post(url, json={}, headers=headers).json()
    option = worker["Configurations"][0]["Identifier"]
    body = {"Interval": "01:30:00", "Configs": [{"Identifier": option, "Value": "false"}]}
    changed = httpx.post(url, json=body, headers=headers)
    assert changed.status_code == 200
    result = changed.json()
    assert result["Interval"] == "01:30:00"
    assert result["Configurations"][0]["CurrentValue"] == "false"
    again = httpx.post(url, json={}, headers=headers).json()
    assert again["Interval"] == "01:30:00"
    bad = httpx.post(url, json={"Interval": "soon"}, headers=headers)
    assert bad.status_code == 400 and "body.Interval" in bad.json()["ValidationErrors"]
    unknown = httpx.post(f"{sb.urls.jtl_erp}/workers/99", json={}, headers=headers)
    assert unknown.status_code == 404


# -- app registration ----------------------------------------------------------------------

REGISTRATION = {
    "AppId": "myApp/v1",
    "DisplayName": "My App",
    "Description": "Demo app",
    "Version": "1.0.0",
    "ProviderName": "Example",
    "ProviderWebsite": "https://example.com",
    "MandatoryApiScopes": ["all.read"],
    "OptionalApiScopes": ["item.updateitem"],
    "AppIcon": "aWNvbg==",
}


def test_registration_flow_end_to_end(sb: Sandbox) -> None:
    tenant = sb.credentials.jtl_erp.tenants[1]
    headers = {"tenant-id": tenant, "x-challengecode": "challenge-1"}
    base = sb.urls.jtl_erp
    started = httpx.post(f"{base}/authentication", json=REGISTRATION, headers=headers)
    assert started.status_code == 201
    info = started.json()
    assert info["Status"] == 0 and info["AppId"] == "myApp/v1"
    rid = info["RegistrationRequestId"]
    polls = [httpx.get(f"{base}/authentication/{rid}", headers=headers) for _ in range(3)]
    assert [p.json()["RequestStatusInfo"]["Status"] for p in polls] == [0, 0, 2]
    assert "Token" not in polls[0].json()
    key = polls[2].json()["Token"]["ApiKey"]
    assert polls[2].json()["GrantedScopes"] == ["all.read", "item.updateitem"]
    gone = httpx.get(f"{base}/authentication/{rid}", headers=headers)
    assert gone.status_code == 410
    # the key works for its tenant only
    creds = sb.credentials.jtl_erp
    app = {"x-api-key": key, "x-appid": "myApp/v1", "x-appversion": "1.0.0"}
    assert httpx.get(f"{base}/items/1", headers={**app, "tenant-id": tenant}).status_code == 200
    other = httpx.get(f"{base}/items/1", headers={**app, "tenant-id": creds.tenants[0]})
    assert other.status_code == 401
    # the same app cannot register twice
    assert httpx.post(f"{base}/authentication", json=REGISTRATION, headers=headers).status_code == 409
    # wrong challenge code or tenant: the registration is unknown
    wrong = {"tenant-id": tenant, "x-challengecode": "other"}
    assert httpx.get(f"{base}/authentication/{rid}", headers=wrong).status_code == 404


def test_registration_approved_by_hand() -> None:
    with Sandbox(SandboxConfig(registration_approve_after=None)) as sb:
        headers = {"tenant-id": sb.credentials.jtl_erp.tenants[0], "x-challengecode": "c"}
        base = sb.urls.jtl_erp
        rid = httpx.post(f"{base}/authentication", json=REGISTRATION, headers=headers).json()[
            "RegistrationRequestId"
        ]
        for _ in range(5):
            assert (
                httpx.get(f"{base}/authentication/{rid}", headers=headers).json()["RequestStatusInfo"][
                    "Status"
                ]
                == 0
            )
        sb.approve_registration(rid)
        done = httpx.get(f"{base}/authentication/{rid}", headers=headers).json()
        assert done["RequestStatusInfo"]["Status"] == 2 and done["Token"]["ApiKey"]
        multi = httpx.post(f"{base}/authentication/{rid}", headers=headers)
        assert multi.status_code == 200 and multi.json()["Status"] == 0
        with pytest.raises(KeyError):
            sb.approve_registration("nope")


def test_registration_for_unknown_tenant(sb: Sandbox) -> None:
    headers = {"tenant-id": "00000000-0000-4000-8000-000000000000", "x-challengecode": "c"}
    response = httpx.post(f"{sb.urls.jtl_erp}/authentication", json=REGISTRATION, headers=headers)
    assert response.status_code == 403
    assert response.json()["ErrorCode"] == "UnknownTenant"
