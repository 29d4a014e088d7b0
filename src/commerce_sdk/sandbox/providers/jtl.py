"""JTL-Wawi ERP behaviour: api-key auth per tenant, items, workers, app registration.

Tenants are separate Wawi instances: each has its own items, orders, customers, stock,
warehouses, sync workers and registrations, and an API key only opens its own tenant
(the sandbox's default key opens every seeded tenant).
"""

from __future__ import annotations

import base64
import copy
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs

from .. import seed
from ..collections import CollectionSpec
from ..config import SandboxConfig
from ..contracts import Contract
from ..state import LazyTable, Row
from ..synth import clone
from ..validation import Problem
from .base import ApiError, Call, ExtraRoute, Provider, Reply, Runtime, query_int

TOKEN_PATH = "/jtl-auth/oauth2/token"
_DURATION = re.compile(r"^(\d+\.)?\d{1,2}:\d{2}:\d{2}(\.\d+)?$")
_WAREHOUSES = ("Main warehouse", "Returns", "Fulfillment Leipzig", "Store Berlin", "Overflow", "Consignment")
_SYNCS = (("Ebay", "eBay DE"), ("Amazon", "Amazon DE"), ("Shopify", "Online shop"), ("Kaufland", "Kaufland"),
          ("Otto", "OTTO Market"), ("Shopware", "B2B shop"))  # fmt: skip


def jtl_time(dt: datetime) -> str:
    """.NET round-trip format, as the Wawi API prints timestamps."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.0000000+00:00")


def _parse_time(value: str) -> datetime | None:
    try:
        text = value.replace("Z", "+00:00")
        text = re.sub(r"\.(\d{6})\d+", r".\1", text)
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@dataclass
class Registration:
    id: str
    tenant: str
    challenge: str
    app_id: str
    scopes: list[str]
    status: int = 0  # 0 pending, 1 rejected, 2 accepted
    polls: int = 0
    delivered: bool = False


@dataclass
class JtlCredentials:
    """What a client needs to talk to the sandbox's JTL-Wawi API."""

    api_key: str
    app_id: str
    app_version: str
    tenants: list[str]
    client_id: str
    client_secret: str
    token_url: str = ""


def jtl_credentials(config: SandboxConfig) -> JtlCredentials:
    """Seeded, so the same seed always gives the same key and tenants."""
    r = seed.rng(config.seed, "jtl", "credentials")
    return JtlCredentials(
        api_key=seed.uuid_from(r),
        app_id="CommerceSdkSandbox/1.0.0",
        app_version="1.0.0",
        tenants=[seed.uuid_from(seed.rng(config.seed, "jtl", "tenant", i)) for i in range(config.tenants)],
        client_id="jtl-sandbox-client",
        client_secret=seed.hex_token(r, 32),
    )


@dataclass
class Tenant:
    index: int
    id: str
    items: LazyTable
    orders: LazyTable
    customers: LazyTable
    warehouses: LazyTable
    workers: dict[int, Row]
    children: dict[int, dict[int, tuple[int, ...]]] = field(default_factory=dict)
    api_keys: set[str] = field(default_factory=set)


class JtlProvider(Provider):
    key = "jtl_erp"
    validation_statuses = (400,)
    validation_code = "InvalidData"
    error_schema = "ErrorResponse"

    def __init__(self, contract: Contract, runtime: Runtime) -> None:
        super().__init__(contract, runtime)
        self.credentials = jtl_credentials(self.config)
        self.tenants: dict[str, Tenant] = {}
        for i, tid in enumerate(self.credentials.tenants):
            self.tenants[tid.lower()] = self._new_tenant(i, tid)
        self.registrations: dict[str, Registration] = {}
        self._registration_count = 0
        self.tokens: dict[str, float] = {}  # OAuth2 access token -> expiry (epoch seconds)
        self._templates: dict[str, Row] = {}
        for method, path, handler in (
            ("GET", "/items", self.query_items),
            ("POST", "/items", self.create_item),
            ("GET", "/items/{itemId}", self.get_item),
            ("PATCH", "/items/{itemId}", self.update_item),
            ("POST", "/items/{itemId}/children/{childItemId}", self.assign_child),
            ("POST", "/workers/{syncId}", self.configure_sync),
            ("POST", "/authentication", self.register_app),
            ("GET", "/authentication/{registrationId}", self.registration_status),
            ("POST", "/authentication/{registrationId}", self.register_multi_instance),
            ("GET", "/salesOrders", self.query_sales_orders),
            ("GET", "/customers", self.query_customers),
            ("GET", "/stocks", self.query_stocks),
            ("GET", "/warehouses", self.query_warehouses),
        ):
            self.on(method, path, handler)

    def collection_table(self, spec: CollectionSpec, call: Call) -> Any:
        """Items, orders, customers and warehouses are the seeded tables the hand-written lists use."""
        tables = {
            "/items": "items",
            "/salesOrders": "orders",
            "/customers": "customers",
            "/warehouses": "warehouses",
        }
        attr = tables.get(spec.path)
        return getattr(self.tenant(call), attr) if attr else None

    # -- seeding ------------------------------------------------------------------------
    def _template(self, name: str) -> Row:
        if name not in self._templates:
            self._templates[name] = self.model(name)
        copied: Row = clone(self._templates[name])
        return copied

    def _new_tenant(self, index: int, tid: str) -> Tenant:
        cfg = self.config
        workers = {n: self._seed_worker(index, n) for n in range(1, cfg.jtl_workers_per_tenant + 1)}
        return Tenant(
            index=index,
            id=tid,
            items=LazyTable(cfg.items_per_tenant, lambda i: self._seed_item(index, i)),
            orders=LazyTable(cfg.jtl_orders_per_tenant, lambda i: self._seed_order(index, i)),
            customers=LazyTable(cfg.jtl_customers_per_tenant, lambda i: self._seed_customer(index, i)),
            warehouses=LazyTable(cfg.jtl_warehouses_per_tenant, lambda i: self._seed_warehouse(index, i)),
            workers=workers,
        )

    def _family(self, i: int) -> tuple[int, list[int]]:
        """Seeded variations: every 25th item is a parent of the next two."""
        n = self.config.items_per_tenant
        offset = (i - 1) % 25
        if offset == 0 and i + 2 <= n:
            return 0, [i + 1, i + 2]
        if offset in (1, 2) and i - offset + 2 <= n:
            return i - offset, []
        return 0, []

    def _seed_item(self, t: int, i: int) -> Row:
        r = seed.rng(self.config.seed, "jtl", t, "item", i)
        item = self._template("Item")
        added = seed.moment(r, days=300)
        changed = added + (seed.moment(r, days=60) - seed.EPOCH)
        cat = r.randrange(len(seed.CATEGORIES))
        net = round(r.uniform(2, 400), 2)
        parent, children = self._family(i)
        name = f"{r.choice(seed.ADJECTIVES)} {r.choice(seed.NOUNS)}"
        gtin = "".join(r.choice("0123456789") for _ in range(13))
        item.update(
            Id=i,
            SKU=f"SB{t + 1}-{i:05d}",
            ManufacturerId=r.randint(1, 20),
            ResponsiblePersonId=r.randint(1, 5),
            IsActive=r.random() < 0.9,
            Categories=[{"CategoryId": cat + 1, "Name": seed.CATEGORIES[cat]}],
            Name=name,
            Description=f"{name}, made for everyday use. Sandbox item {i} of tenant {t + 1}.",
            ShortDescription=name,
            Components=[],
            ChildItems=children,
            ParentItemId=parent,
            ActiveSalesChannels=r.choice(("1-1-1", "1-1-1,2-1-1", "", "2-1-1")),
            SortNumber=i,
            Annotation="",
            Added=jtl_time(added),
            Changed=jtl_time(changed),
            ReleasedOnDate=jtl_time(added),
            Taric=f"{r.randrange(10**7, 10**8)}",
            SearchTerms=name.lower().replace(" ", ", "),
        )
        item["Identifiers"].update(Gtin=gtin, UPC=gtin[1:], OwnIdentifier=f"P{t + 1}{i:06d}", Asins=[])
        item["ItemPriceData"].update(
            SalesPriceNet=net,
            SuggestedRetailPrice=round(net * 1.35, 2),
            PurchasePriceNet=round(net * 0.6, 2),
            EbayPrice=round(net * 1.25, 2),
            AmazonPrice=round(net * 1.25, 2),
        )
        return item

    def _address(self, r: Any, i: int) -> Row:
        address = self._template("Address")
        city, postal, country = r.choice(seed.CITIES)
        first, last = r.choice(seed.FIRST_NAMES), r.choice(seed.LAST_NAMES)
        address.update(
            Id=i,
            Company=r.choice(seed.COMPANIES) if r.random() < 0.4 else "",
            Company2="",
            FirstName=first,
            LastName=last,
            Street=f"{r.choice(('Main St.', 'Hauptstr.', 'Rue Royale', 'Kerkstraat'))} {r.randint(1, 200)}",
            Address2="",
            PostalCode=postal,
            City=city,
            State="",
            CountryIso=country,
            EmailAddress=f"{first.lower()}.{last.lower()}{i}@example.com",
        )
        return address

    def _seed_order(self, t: int, i: int) -> Row:
        r = seed.rng(self.config.seed, "jtl", t, "order", i)
        order = self._template("SalesOrder")
        when = seed.moment(r)
        address = self._address(r, 10_000 + i)
        total = round(r.uniform(5, 900), 2)
        status = r.choice((0, 1, 2, 2, 2))
        order.update(
            Id=i,
            Number=f"A{100000 + i}",
            ExternalNumber=f"EXT-{t + 1}-{i:06d}",
            BillingNumber=f"RE-{when:%Y%m}-{10000 + i}",
            CompanyId=1,
            CustomerId=r.randint(1, max(1, self.config.jtl_customers_per_tenant)),
            BillingAddress=address,
            Shipmentaddress=copy.deepcopy(address),
            SalesOrderDate=jtl_time(when),
            IsCancelled=r.random() < 0.05,
            IsExternalInvoice=False,
            SalesChannelId=r.choice(("1-1-1", "2-1-1")),
        )
        order["SalesOrderPaymentDetails"].update(
            PaymentStatus=status,
            TotalGrossAmount=total,
            StillToPay=0 if status == 2 else total,
            DateOfPayment=jtl_time(when),
        )
        order["SalesOrderShippingDetail"].update(DeliveryCompleteStatus=r.choice((0, 1, 1, 2)))
        return order

    def _seed_customer(self, t: int, i: int) -> Row:
        r = seed.rng(self.config.seed, "jtl", t, "customer", i)
        customer = self._template("Customer")
        address = self._address(r, 20_000 + i)
        customer.update(
            Id=i,
            Number=f"C{1000000 + i}",
            CustomerGroupId=r.randint(1, 3),
            BillingAddress=address,
            Shipmentaddress=copy.deepcopy(address),
            CustomAddress=copy.deepcopy(address),
            CustomerSince=jtl_time(seed.moment(r, days=900)),
            CustomerCategoryId=r.randint(1, 12),
            AccountsReceivableNumber=10000 + i,
            EbayUsername="",
            IsLocked=r.random() < 0.02,
        )
        return customer

    def _seed_warehouse(self, t: int, i: int) -> Row:
        r = seed.rng(self.config.seed, "jtl", t, "warehouse", i)
        warehouse = self._template("Warehouse")
        name = _WAREHOUSES[(i - 1) % len(_WAREHOUSES)]
        warehouse.update(
            Id=i,
            Name=name,
            Address=self._address(r, 30_000 + i),
            Code=f"WH{i:02d}",
            Description=f"{name} of tenant {t + 1}",
            Priority=i,
            IsActive=i != 4,
        )
        return warehouse

    def _stock(self, t: int, item_id: int) -> Row:
        r = seed.rng(self.config.seed, "jtl", t, "stock", item_id)
        stock = self._template("Stock")
        total = float(r.randint(0, 250))
        location = item_id % 200 + 1
        stock.update(
            WarehouseId=(item_id - 1) % max(1, self.config.jtl_warehouses_per_tenant) + 1,
            StorageLocationId=location,
            StorageLocationName=f"R{location // 20 + 1:02d}-F{location % 20 + 1:02d}-{item_id % 10:02d}",
            ItemId=item_id,
            ShelfLifeExpirationDate=jtl_time(seed.moment(r, days=700)),
            BatchNumber=f"{seed.moment(r):%Y%m%d}A",
            QuantityTotal=total,
            QuantityLockedForShipment=float(min(total, r.randint(0, 3))),
            QuantityLockedForAvailability=0.0,
            QuantityInPickingLists=float(min(total, r.randint(0, 2))),
        )
        return stock

    def _seed_worker(self, t: int, n: int) -> Row:
        r = seed.rng(self.config.seed, "jtl", t, "worker", n)
        name, channel = _SYNCS[(n - 1) % len(_SYNCS)]
        options = (
            ("Create orders", "Create orders for every sale", "bool", "true"),
            ("Sync stock", "Send stock levels to the channel", "bool", "true"),
            ("Import days", "How many days back orders are imported", "int", "14"),
        )
        return {
            "Identifier": seed.uuid_from(r),
            "SyncName": name,
            "SalesChannelName": channel,
            "SalesChannelId": f"{n}-1-1",
            "ReportProgress": False,
            "Interval": "00:05:00",
            "Configurations": [
                {
                    "Identifier": seed.uuid_from(r),
                    "DisplayName": label,
                    "DisplayDescription": text,
                    "Type": kind,
                    "CurrentValue": value,
                    "IsRequired": False,
                }
                for label, text, kind, value in options
            ],
        }

    # -- auth ---------------------------------------------------------------------------
    def extra_routes(self) -> list[ExtraRoute]:
        return [ExtraRoute("POST", TOKEN_PATH, self.issue_token)]

    def _unauthorized(self, code: str, message: str) -> ApiError:
        return ApiError(401, message, code=code, undeclared_ok=True)

    def authenticate(self, call: Call) -> None:
        op = call.op
        assert op is not None
        tenant_header = op.tenant_header or "tenant-id"
        if op.path.startswith("/authentication"):
            # Registration runs before there is a key: only the tenant is checked.
            tid = (call.header(tenant_header) or "").lower()
            call.tenant = tid or None
            if tid and tid not in self.tenants:
                status = self.pick_status(op, (403, 404), 403)
                raise ApiError(
                    status, f"Tenant {tid} is not known to this JTL-Wawi cloud.", code="UnknownTenant"
                )
            return
        authorization = call.header("authorization")
        if authorization is not None:
            scheme, _, token = authorization.partition(" ")
            expiry = self.tokens.get(token.strip()) if scheme.lower() == "bearer" else None
            if expiry is None:
                raise self._unauthorized("InvalidToken", "The bearer token was not issued by this service.")
            if expiry <= self.now:
                raise self._unauthorized("TokenExpired", "The bearer token has expired.")
        api_key = call.header("x-api-key")
        if not api_key:
            raise self._unauthorized("MissingApiKey", "The x-api-key header is missing.")
        if not call.header("x-appid"):
            raise self._unauthorized("MissingAppId", "The x-appid header is missing.")
        if not call.header("x-appversion"):
            raise self._unauthorized("MissingAppVersion", "The x-appversion header is missing.")
        tid = (call.header(tenant_header) or "").lower()
        if not tid:
            raise self._unauthorized(
                "MissingTenant",
                f"The {tenant_header} header is missing (this operation takes the tenant there).",
            )
        tenant = self.tenants.get(tid)
        if tenant is None:
            raise self._unauthorized("UnknownTenant", f"Tenant {tid} is not known to this JTL-Wawi cloud.")
        key = api_key.lower()
        if key != self.credentials.api_key.lower() and key not in tenant.api_keys:
            raise self._unauthorized("InvalidApiKey", "The API key is not valid for this tenant.")
        call.tenant = tenant.id

    def issue_token(self, call: Call) -> Reply:
        """OAuth2 client credentials (form body or HTTP Basic), RFC 6749 error bodies."""
        form = {k: v[0] for k, v in parse_qs(call.raw_body.decode("utf-8", "replace")).items() if v}
        client_id, client_secret = form.get("client_id"), form.get("client_secret")
        authorization = call.header("authorization") or ""
        if authorization.lower().startswith("basic "):
            try:
                decoded = base64.b64decode(authorization[6:].strip()).decode("utf-8")
            except ValueError:
                decoded = ""
            client_id, _, client_secret = decoded.partition(":")
        if form.get("grant_type") != "client_credentials":
            return Reply(400, {"error": "unsupported_grant_type"}, undeclared_ok=True)
        if client_id != self.credentials.client_id or client_secret != self.credentials.client_secret:
            return Reply(401, {"error": "invalid_client"}, undeclared_ok=True)
        token = secrets.token_urlsafe(24)
        lifetime = self.config.jtl_token_lifetime
        with self.runtime.lock:
            self.tokens[token] = self.now + lifetime
        return Reply(200, {"access_token": token, "token_type": "Bearer", "expires_in": int(lifetime)})

    def tenant(self, call: Call) -> Tenant:
        assert call.tenant is not None
        return self.tenants[call.tenant.lower()]

    def error_body(
        self, op: Any, status: int, message: str, code: str | None, problems: list[Problem]
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"ErrorCode": code or str(status), "ErrorMessage": message}
        if problems:
            body["ValidationErrors"] = {
                (f"{p.location}.{p.name}" if p.name else p.location): p.message for p in problems
            }
        return body

    # -- paging -------------------------------------------------------------------------
    def _paging(self, call: Call) -> tuple[int, int]:
        page = query_int(call, "pageNumber", 1)
        size = query_int(call, "pageSize", 10)
        problems = []
        if page < 1:
            problems.append(Problem("query", "pageNumber", "must be 1 or more"))
        if size < 1:
            problems.append(Problem("query", "pageSize", "must be 1 or more"))
        if problems:
            raise ApiError(
                400, "Invalid paging parameters.", code="InvalidData", problems=problems, undeclared_ok=True
            )
        return int(page), int(size)

    @staticmethod
    def paged(rows: list[Row], total: int, page: int, size: int) -> Row:
        pages = -(-total // size) if total else 0
        return {
            "TotalItems": total,
            "PageNumber": page,
            "PageSize": size,
            "Items": rows,
            "TotalPages": pages,
            "HasPreviousPage": page > 1,
            "HasNextPage": page < pages,
            "NextPageNumber": page + 1 if page < pages else max(pages, 1),
            "PreviousPageNumber": page - 1 if page > 1 else 1,
        }

    def _page_of(self, call: Call, table: LazyTable, keep: Callable[[Row], bool] | None = None) -> Reply:
        page, size = self._paging(call)
        if keep is None:
            rows, total = table.page(page, size)
        else:
            keys = [k for k in table.ids() if keep(table.get(k) or {})]
            rows, total = table.page(page, size, keys)
        return Reply(200, self.paged(rows, total, page, size))

    # -- items --------------------------------------------------------------------------
    def query_items(self, call: Call) -> Reply:
        q = call.query
        tests: list[Callable[[Row], bool]] = []
        if "searchKeyWord" in q:
            word = str(q["searchKeyWord"]).lower()
            tests.append(
                lambda it: (
                    word in it["Name"].lower()
                    or word in it["SKU"].lower()
                    or word in str(it.get("SearchTerms", "")).lower()
                    or word in str(it.get("Identifiers", {}).get("Gtin", ""))
                )
            )
        if "categoryId" in q:
            cid = q["categoryId"]
            tests.append(lambda it: any(c.get("CategoryId") == cid for c in it["Categories"]))
        if "manufacturerId" in q:
            mid = q["manufacturerId"]
            tests.append(lambda it: it["ManufacturerId"] == mid)
        if "parentItemId" in q:
            pid = q["parentItemId"]
            tests.append(lambda it: it["ParentItemId"] == pid)
        if "changedSince" in q:
            since = _parse_time(str(q["changedSince"]))
            if since is not None:
                tests.append(lambda it: (_parse_time(it["Changed"]) or since) > since)
        if "isActiveOnSalesChannelId" in q:
            channel = str(q["isActiveOnSalesChannelId"])
            tests.append(lambda it: channel in str(it["ActiveSalesChannels"]).split(","))
        keep = (lambda it: all(t(it) for t in tests)) if tests else None
        return self._page_of(call, self.tenant(call).items, keep)

    def _item(self, call: Call, name: str = "itemId") -> tuple[Tenant, Row]:
        tenant = self.tenant(call)
        item_id = call.path_params[name]
        item = tenant.items.get(item_id)
        if item is None:
            raise ApiError(404, f"There is no item with id {item_id}.", code="NotFound")
        return tenant, item

    def get_item(self, call: Call) -> Reply:
        return Reply(200, self._item(call)[1])

    def _normalise_item_fields(self, data: Row) -> Row:
        """Turn create/update shapes into stored shapes (category names, sort numbers)."""
        if isinstance(data.get("Categories"), list):
            data["Categories"] = [
                {
                    "CategoryId": c["CategoryId"],
                    "Name": seed.CATEGORIES[(c["CategoryId"] - 1) % len(seed.CATEGORIES)]
                    if c["CategoryId"] >= 1
                    else "",
                }
                for c in data["Categories"]
            ]
        if isinstance(data.get("Components"), list):
            data["Components"] = [
                {"ItemId": c["ItemId"], "Quantity": c["Quantity"], "SortNumber": c.get("SortNumber", n + 1)}
                for n, c in enumerate(data["Components"])
            ]
        return data

    def create_item(self, call: Call) -> Reply:
        tenant = self.tenant(call)
        body = copy.deepcopy(call.body) if isinstance(call.body, dict) else {}
        item_id = tenant.items.new_key()
        now = jtl_time(datetime.fromtimestamp(self.now, UTC))
        item = self._normalise_item_fields(body)
        item.update(
            Id=item_id,
            SKU=item.get("SKU") or f"SB{tenant.index + 1}-{item_id:05d}",
            IsActive=True,
            ChildItems=[],
            ParentItemId=0,
            Added=now,
            Changed=now,
        )
        item.setdefault("ReleasedOnDate", now)
        item = self.complete(item, "Item")
        tenant.items.add(item_id, item)
        return Reply(201, item)

    def update_item(self, call: Call) -> Reply:
        _, item = self._item(call)
        changes = self._normalise_item_fields(copy.deepcopy(call.body) if isinstance(call.body, dict) else {})
        _merge(item, changes)
        item["Changed"] = jtl_time(datetime.fromtimestamp(self.now, UTC))
        self.complete(item, "Item")
        return Reply(201, item)

    def assign_child(self, call: Call) -> Reply:
        tenant, parent = self._item(call)
        _, child = self._item(call, "childItemId")
        if parent["Id"] == child["Id"]:
            raise ApiError(400, "An item cannot be its own variation child.", code="InvalidData")
        values = tuple(sorted(call.body or []))
        siblings = tenant.children.setdefault(parent["Id"], {})
        for other, combination in siblings.items():
            if other != child["Id"] and combination == values:
                raise ApiError(
                    400,
                    f"Item {other} already has the variation values {list(values)}.",
                    code="InvalidData",
                    problems=[Problem("body", "", "the combination must be unique among the children")],
                )
        siblings[child["Id"]] = values
        if child["Id"] not in parent["ChildItems"]:
            parent["ChildItems"].append(child["Id"])
        child["ParentItemId"] = parent["Id"]
        return Reply(204)

    # -- workers ------------------------------------------------------------------------
    def configure_sync(self, call: Call) -> Reply:
        tenant = self.tenant(call)
        sync_id = call.path_params["syncId"]
        worker = tenant.workers.get(sync_id)
        if worker is None:
            raise ApiError(404, f"There is no sync with id {sync_id}.", code="NotFound")
        body = call.body if isinstance(call.body, dict) else {}
        problems = []
        interval = body.get("Interval")
        if interval is not None and not _DURATION.match(str(interval)):
            problems.append(Problem("body", "Interval", "must be a time span like 00:05:00"))
        options = {c["Identifier"].lower(): c for c in worker["Configurations"]}
        for n, config in enumerate(body.get("Configs") or []):
            ident = str(config.get("Identifier", "")).lower()
            if ident not in options:
                problems.append(
                    Problem("body", f"Configs/{n}/Identifier", f"{ident or '(none)'} is not an option")
                )
        if problems:
            raise ApiError(
                400, "The submitted configuration was rejected.", code="InvalidData", problems=problems
            )
        if interval is not None:
            worker["Interval"] = interval
        for config in body.get("Configs") or []:
            if "Value" in config:
                options[str(config["Identifier"]).lower()]["CurrentValue"] = config["Value"]
        return Reply(200, worker)

    # -- app registration ---------------------------------------------------------------
    def _find_registration(self, call: Call) -> Registration:
        reg = self.registrations.get(str(call.path_params.get("registrationId", "")).upper())
        challenge = call.header("x-challengecode")
        if reg is None or reg.tenant != (call.tenant or "") or reg.challenge != challenge:
            raise ApiError(404, "Unknown registration id.", code="NotFound")
        return reg

    def _new_registration(self, call: Call, app_id: str, scopes: list[str]) -> Registration:
        self._registration_count += 1
        r = seed.rng(self.config.seed, "jtl", "registration", self._registration_count)
        reg = Registration(
            id=seed.uuid_from(r).upper(),
            tenant=call.tenant or "",
            challenge=call.header("x-challengecode") or "",
            app_id=app_id,
            scopes=scopes,
        )
        self.registrations[reg.id] = reg
        return reg

    @staticmethod
    def _status_info(reg: Registration) -> Row:
        return {"AppId": reg.app_id, "RegistrationRequestId": reg.id, "Status": reg.status}

    def register_app(self, call: Call) -> Reply:
        if not call.tenant:
            raise ApiError(403, "No tenant given.", code="UnknownTenant")
        body = call.body
        app_id = str(body["AppId"])
        with self.runtime.lock:
            for reg in self.registrations.values():
                if reg.tenant == call.tenant and reg.app_id == app_id and reg.status == 2:
                    raise ApiError(
                        409, f"An application with AppId {app_id} is registered already.", code="Conflict"
                    )
            scopes = list(body.get("MandatoryApiScopes") or []) + list(body.get("OptionalApiScopes") or [])
            reg = self._new_registration(call, app_id, scopes)
        return Reply(201, self._status_info(reg))

    def registration_status(self, call: Call) -> Reply:
        with self.runtime.lock:
            reg = self._find_registration(call)
            if reg.delivered:
                return Reply(
                    410,
                    self.error_body(
                        None, 410, "The registration was completed; the key is shown only once.", "Gone", []
                    ),
                )
            if reg.status == 0:
                reg.polls += 1
                after = self.config.registration_approve_after
                if after is not None and reg.polls > after:
                    reg.status = 2
            info: Row = {"RequestStatusInfo": self._status_info(reg)}
            if reg.status == 2:
                key = str(seed.uuid_from(seed.rng(self.config.seed, "jtl", "api-key", reg.id))).upper()
                self.tenants[reg.tenant].api_keys.add(key.lower())
                reg.delivered = True
                info["Token"] = {"ApiKey": key}
                info["GrantedScopes"] = list(reg.scopes)
            return Reply(200, info)

    def register_multi_instance(self, call: Call) -> Reply:
        if not call.tenant:
            raise ApiError(403, "No tenant given.", code="UnknownTenant")
        with self.runtime.lock:
            base = self.registrations.get(str(call.path_params.get("registrationId", "")).upper())
            if base is None or base.status != 2:
                raise ApiError(400, "Not permitted in this context.", code="InvalidOperation")
            reg = self._new_registration(call, base.app_id, list(base.scopes))
        return Reply(200, self._status_info(reg))

    def approve(self, registration_id: str, *, accept: bool = True) -> None:
        with self.runtime.lock:
            reg = self.registrations.get(registration_id.upper())
            if reg is None:
                raise KeyError(f"unknown registration {registration_id}")
            if reg.status == 0:
                reg.status = 2 if accept else 1

    # -- other lists --------------------------------------------------------------------
    def query_sales_orders(self, call: Call) -> Reply:
        q = call.query
        fields = {
            "salesOrderNumber": ("Number",),
            "externalOrderNumber": ("ExternalNumber",),
            "billingNumber": ("BillingNumber",),
            "customerId": ("CustomerId",),
            "companyId": ("CompanyId",),
            "salesChannelId": ("SalesChannelId",),
            "isCancelled": ("IsCancelled",),
            "isExternalInvoice": ("IsExternalInvoice",),
            "paymentStatus": ("SalesOrderPaymentDetails", "PaymentStatus"),
            "paymentMethodId": ("SalesOrderPaymentDetails", "PaymentMethodId"),
            "deliveryCompleteStatus": ("SalesOrderShippingDetail", "DeliveryCompleteStatus"),
            "shippingMethodId": ("SalesOrderShippingDetail", "ShippingMethodId"),
        }
        tests: list[Callable[[Row], bool]] = [
            _field_equals(path, q[name]) for name, path in fields.items() if name in q
        ]
        since = _parse_time(str(q["createdSince"])) if "createdSince" in q else None
        until = _parse_time(str(q["createdUntil"])) if "createdUntil" in q else None
        if since or until:
            tests.append(lambda o: _within(_parse_time(o["SalesOrderDate"]), since, until))
        keep = (lambda o: all(t(o) for t in tests)) if tests else None
        return self._page_of(call, self.tenant(call).orders, keep)

    def query_customers(self, call: Call) -> Reply:
        q = call.query
        fields = {
            "number": ("Number",),
            "groupId": ("CustomerGroupId",),
            "categoryId": ("CustomerCategoryId",),
        }
        tests: list[Callable[[Row], bool]] = [
            _field_equals(path, q[name]) for name, path in fields.items() if name in q
        ]
        if "searchKeyWord" in q:
            word = str(q["searchKeyWord"]).lower()
            tests.append(
                lambda c: (
                    word in c["Number"].lower()
                    or word in f"{c['BillingAddress']['FirstName']} {c['BillingAddress']['LastName']}".lower()
                    or word in c["BillingAddress"]["EmailAddress"].lower()
                )
            )
        keep = (lambda c: all(t(c) for t in tests)) if tests else None
        return self._page_of(call, self.tenant(call).customers, keep)

    def query_warehouses(self, call: Call) -> Reply:
        keep = None
        if "isActive" in call.query:
            active = call.query["isActive"]
            keep = _field_equals(("IsActive",), active)
        return self._page_of(call, self.tenant(call).warehouses, keep)

    def query_stocks(self, call: Call) -> Reply:
        tenant = self.tenant(call)
        page, size = self._paging(call)
        q = call.query
        keys = list(tenant.items.ids())
        if "itemId" in q:
            keys = [k for k in keys if k == q["itemId"]]
        by_place = bool({"warehouseId", "storageLocationId"} & set(q))
        rows = [self._stock(tenant.index, k) for k in keys] if by_place else None
        if rows is not None:
            if "warehouseId" in q:
                rows = [s for s in rows if s["WarehouseId"] == q["warehouseId"]]
            if "storageLocationId" in q:
                rows = [s for s in rows if s["StorageLocationId"] == q["storageLocationId"]]
            total = len(rows)
            chosen = rows[(page - 1) * size : page * size]
        else:
            total = len(keys)
            chosen = [self._stock(tenant.index, k) for k in keys[(page - 1) * size : page * size]]
        filtered = bool({"itemId", "warehouseId", "storageLocationId"} & set(q))
        if filtered and total == 0:
            raise ApiError(404, "Nothing matched the filter.", code="NotFound")
        return Reply(200, self.paged(chosen, total, page, size))


def _merge(target: Row, changes: Row) -> None:
    """PATCH semantics: nested objects merge, everything else replaces."""
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = value


def _field_equals(path: tuple[str, ...], expected: Any) -> Callable[[Row], bool]:
    def test(row: Row) -> bool:
        node: Any = row
        for part in path:
            if not isinstance(node, dict):
                return False
            node = node.get(part)
        if isinstance(expected, str) and isinstance(node, str):
            return node.lower() == expected.lower()
        return bool(node == expected and type(node) is type(expected))

    return test


def _within(moment: datetime | None, since: datetime | None, until: datetime | None) -> bool:
    if moment is None:
        return False
    return (since is None or moment >= since) and (until is None or moment <= until)
