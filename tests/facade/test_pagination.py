"""`paginate()` and `pages()` for every provider's page shape, prefetch bounds and flat memory."""

from __future__ import annotations

import asyncio
import gc
import importlib
import inspect
import time
import tracemalloc
from typing import Any

import pytest
from commerce_sdk_clients.chift.api.e_commerce import ecommerce_get_products
from commerce_sdk_clients.jtl_erp.api.item import get_item, query_items
from commerce_sdk_clients.jtl_erp.api.warehouse import query_warehouses
from commerce_sdk_clients.packcloud.api.integrations import get_integration, list_integrations

from commerce_sdk import ConfigurationError, Page, Scope

from .helpers import (
    TENANT,
    chift_client,
    chift_product,
    chift_products,
    chift_token,
    item,
    jtl_client,
    jtl_list,
    pack_client,
    pack_integration,
    pack_integrations,
)
from .server import LoopbackServer, Reply, Seen

# --------------------------------------------------------------------------- every item once


@pytest.mark.parametrize(
    ("total", "reported", "size", "requests"),
    [
        (300, None, 100, 3),  # stops because the total is reached (last page is full)
        (250, 10_000, 100, 3),  # total overstated: stops on the short page
        (200, 10_000, 100, 3),  # total overstated, full pages: stops on the empty page
        (0, None, 100, 1),  # nothing at all
    ],
    ids=["total", "short-page", "empty-page", "no-items"],
)
async def test_jtl_paginate(
    server: LoopbackServer, total: int, reported: int | None, size: int, requests: int
) -> None:
    jtl_list(server, total=total, reported_total=reported)
    async with jtl_client(server) as jtl:
        shop = jtl.tenant(TENANT)
        ids = [it.id async for it in shop.paginate(query_items, page_size=size, search_key_word="goggles")]
    assert ids == list(range(total))  # every item exactly once, in order
    seen = server.requests("GET", "/erp/items")
    assert len(seen) == requests
    assert [r.query["pageNumber"] for r in seen] == [str(n) for n in range(1, requests + 1)]
    assert {r.query["pageSize"] for r in seen} == {str(size)}
    assert {r.query["searchKeyWord"] for r in seen} == {"goggles"}  # other params ride along
    assert {r.headers["tenant-id"] for r in seen} == {TENANT}


async def test_jtl_pages(server: LoopbackServer) -> None:
    jtl_list(server, total=250)
    async with jtl_client(server) as jtl:
        pages = [p async for p in jtl.tenant(TENANT).pages(query_items, page_size=100)]
    assert all(isinstance(p, Page) for p in pages)
    assert [(p.number, len(p.items), p.total) for p in pages] == [(1, 100, 250), (2, 100, 250), (3, 50, 250)]
    assert [p.has_next for p in pages] == [True, True, False]
    assert pages[0].raw.total_items == 250  # the parsed envelope model


async def test_chift_paginate_and_pages(server: LoopbackServer) -> None:
    chift_token(server)
    chift_products(server, total=120)
    async with chift_client(server) as chift:
        acme = chift.consumer("acme")
        names = [p.name async for p in acme.paginate(ecommerce_get_products, page_size=50)]
        pages = [p async for p in acme.pages(ecommerce_get_products, page_size=50)]
    assert names == [f"Product {i}" for i in range(120)]
    assert [(p.number, len(p.items), p.total) for p in pages] == [(1, 50, 120), (2, 50, 120), (3, 20, 120)]
    gets = server.requests("GET")
    assert [(r.query["page"], r.query["size"]) for r in gets[:3]] == [("1", "50"), ("2", "50"), ("3", "50")]
    assert {r.path for r in gets} == {"/chift/consumers/acme/commerce/products"}


async def test_chift_stops_on_total_and_on_empty_page(server: LoopbackServer) -> None:
    chift_token(server)
    chift_products(server, total=100)
    async with chift_client(server) as chift:
        assert (
            len([x async for x in chift.consumer("a").paginate(ecommerce_get_products, page_size=50)]) == 100
        )
        assert server.count("GET") == 2  # total reached after a full page 2: no third request
        server.clear()
        chift_products(server, total=100, reported_total=999)
        assert (
            len([x async for x in chift.consumer("a").paginate(ecommerce_get_products, page_size=50)]) == 100
        )
        assert server.count("GET") == 3  # total overstated: the empty page 3 ends it


async def test_packcloud_paginate_and_pages(server: LoopbackServer) -> None:
    pack_integrations(server, total=55)
    async with pack_client(server) as pack:
        org = pack.organization("org-1")
        ids = [i.id async for i in org.paginate(list_integrations, page_size=20)]
        pages = [p async for p in org.pages(list_integrations, page_size=20)]
    assert ids == [f"int-{i}" for i in range(55)]
    assert [(p.number, len(p.items), p.total, p.last_page) for p in pages] == [
        (1, 20, 55, 3),
        (2, 20, 55, 3),
        (3, 15, 55, 3),
    ]
    assert {(r.query["per_page"]) for r in server.requests("GET")} == {"20"}


async def test_packcloud_stops_on_last_page(server: LoopbackServer) -> None:
    # total overstated and every page full: only meta.last_page says where it ends
    pack_integrations(server, total=60, reported_total=10_000, last_page=3)
    async with pack_client(server) as pack:
        ids = [i.id async for i in pack.organization("o").paginate(list_integrations, page_size=20)]
    assert len(ids) == 60 and len(set(ids)) == 60
    assert server.count("GET") == 3


async def test_server_capped_page_size_is_not_mistaken_for_the_last_page(server: LoopbackServer) -> None:
    """Ask for 250 per page; the servers serve at most 100 (and say so): every item still arrives."""
    cap, total = 100, 300

    def served(n: int, asked: str) -> tuple[int, range]:
        size = min(int(asked), cap)
        return size, range((n - 1) * size, min(n * size, total))

    def jtl(r: Seen) -> Reply:
        size, ids = served(int(r.query["pageNumber"]), r.query["pageSize"])
        number = int(r.query["pageNumber"])
        return Reply(
            json={
                "TotalItems": total,
                "PageNumber": number,
                "PageSize": size,
                "Items": [item(i) for i in ids],
            }
        )

    def chift(r: Seen) -> Reply:
        size, ids = served(int(r.query["page"]), r.query["size"])
        body = {
            "items": [chift_product(i) for i in ids],
            "total": total,
            "page": int(r.query["page"]),
            "size": size,
        }
        return Reply(json=body)

    def pack(r: Seen) -> Reply:
        size, ids = served(int(r.query["page"]), r.query["per_page"])
        meta = {"current_page": int(r.query["page"]), "per_page": size, "total": total, "last_page": 3}
        return Reply(json={"data": [pack_integration(f"i-{i}") for i in ids], "meta": meta})

    server.on("GET", "/erp/items", jtl)
    server.on("GET", "/chift/consumers/{consumer_id}/commerce/products", chift)
    server.on("GET", "/pack/organizations/{organizationId}/integrations", pack)
    chift_token(server)
    async with jtl_client(server) as j, chift_client(server) as c, pack_client(server) as p:
        jtl_ids = [x.id async for x in j.tenant(TENANT).paginate(query_items, page_size=250)]
        chift_ids = [x.id async for x in c.consumer("a").paginate(ecommerce_get_products, page_size=250)]
        pack_ids = [x.id async for x in p.organization("o").paginate(list_integrations, page_size=250)]
    assert jtl_ids == list(range(total))
    assert chift_ids == [f"p{i}" for i in range(total)]
    assert pack_ids == [f"i-{i}" for i in range(total)]
    for prefix in ("/erp/", "/chift/consumers/", "/pack/"):
        assert len([r for r in server.requests("GET") if r.path.startswith(prefix)]) == 3


async def test_non_list_operation_is_refused(server: LoopbackServer) -> None:
    async with jtl_client(server) as jtl, pack_client(server) as pack:
        with pytest.raises(ConfigurationError, match="not a paged list"):
            async for _ in jtl.tenant(TENANT).paginate(get_item, item_id=1):
                pass
        with pytest.raises(ConfigurationError, match="not a paged list"):
            async for _ in pack.organization("o").pages(get_integration, integration_id="i"):
                pass
        with pytest.raises(ConfigurationError, match="page_size"):
            async for _ in jtl.tenant(TENANT).paginate(query_items, page_size=0):
                pass
    assert server.count() == 0


async def test_every_jtl_list_operation_is_recognised(server: LoopbackServer) -> None:
    """List operations come from the manifest: the warehouse list pages like the item list."""
    server.on(
        "GET",
        "/erp/warehouses",
        lambda r: Reply(
            json={"TotalItems": 0, "PageNumber": int(r.query["pageNumber"]), "PageSize": 5, "Items": []}
        ),
    )
    async with jtl_client(server) as jtl:
        assert [w async for w in jtl.tenant(TENANT).paginate(query_warehouses, page_size=5)] == []
    assert server.requests()[0].query == {"pageNumber": "1", "pageSize": "5"}


def _empty_envelope(provider: str, r: Seen) -> dict[str, Any]:
    n = int(r.query.get("pageNumber", r.query.get("page", 1)))
    if provider == "erp":
        return {"TotalItems": 0, "PageNumber": n, "PageSize": 10, "Items": []}
    if provider == "chift":
        return {"items": [], "total": 0, "page": n, "size": 10}
    return {"data": [], "meta": {"current_page": n, "per_page": 10, "total": 0, "last_page": 1}}


def _required_arguments(package: str, op: Any, module: Any, tenant_arg: str | None) -> dict[str, Any]:
    """Required arguments of a generated list function, each made from its contract schema by
    the sandbox's synthesiser (enums, ids, a POST list's filter body) and turned into the
    generated function's type, as a caller would pass them."""
    from commerce_sdk.sandbox.contracts import escape_pointer
    from commerce_sdk.sandbox.schema import SchemaSet
    from commerce_sdk.sandbox.synth import Synthesizer
    from tests.contract._support import argument_hints, package_json, to_python

    doc = package_json(package, "_openapi.json")
    synth = Synthesizer(SchemaSet(package, doc, oas31=str(doc["openapi"]).startswith("3.1")))
    where = f"/paths/{escape_pointer(op.path)}/{op.method.lower()}"
    spec_names = {py: spec for spec, py in {**op.path_params, **op.query}.items()}
    declared = doc["paths"][op.path][op.method.lower()].get("parameters", [])
    hints = argument_hints(module)
    args: dict[str, Any] = {}
    for name, param in inspect.signature(module._get_kwargs).parameters.items():
        if param.default is not inspect.Parameter.empty or name == tenant_arg:
            continue
        if name == "body":
            pointer = f"{where}/requestBody/content/application~1json/schema"
        else:
            index = next(i for i, p in enumerate(declared) if p.get("name") == spec_names[name])
            pointer = f"{where}/parameters/{index}/schema"
        args[name] = to_python(synth.value(pointer, write=True), hints[name])
    return args


async def test_every_list_operation_of_every_provider_pages(server: LoopbackServer) -> None:
    """The list operations are found in the manifests (none listed by hand) and each one pages
    over real HTTP with its provider's shape, list operations that are POSTs (a filter in the
    body) included; operations that are not lists are not picked up."""
    for prefix in ("erp", "chift", "pack"):
        for method in ("GET", "POST"):
            server.on(method, f"/{prefix}/{{rest*}}", lambda r, p=prefix: Reply(json=_empty_envelope(p, r)))
    chift_token(server)  # registered last, so it wins over the catch-all for POST /chift/token
    found: dict[str, list[str]] = {}
    async with jtl_client(server) as jtl, chift_client(server) as chift, pack_client(server) as pack:
        for client, scope in (
            (jtl, jtl.tenant(TENANT)),
            (chift, chift.consumer("c1")),
            (pack, pack.organization("o1")),
        ):
            shape = client.page_shape
            for key, op in client.manifest.operations.items():
                if not shape.matches(op):
                    continue
                found.setdefault(type(client).__name__, []).append(key)
                module = importlib.import_module(f"{client.package}.api.{key}")
                tenant_arg = op.path_params.get(client.tenant_path_param or "")
                required = _required_arguments(client.package, op, module, tenant_arg)
                server.clear()
                pages = [page async for page in scope.pages(module, page_size=10, **required)]
                assert [(p.number, p.items, p.total) for p in pages] == [(1, [], 0)], key
                (request,) = [r for r in server.requests() if r.path != "/chift/token"]
                assert request.method == op.method, key
                assert request.query[shape.page_param] == "1" and request.query[shape.size_param] == "10", key
    jtl_lists = {k for k, o in jtl.manifest.operations.items() if "pageNumber" in o.query}
    assert sorted(found["JtlErp"]) == sorted(jtl_lists) and len(jtl_lists) >= 15
    assert {"item.query_items", "salesorder.query_sales_orders", "customer.query_customers"} <= set(
        found["JtlErp"]
    )
    assert found["PackCloud"] == ["integrations.list_integrations"]
    assert len(found["Chift"]) >= 80 and "e_commerce.ecommerce_get_products" in found["Chift"]
    assert "accounting.accounting_get_accounts_balances" in found["Chift"]  # a POST list
    # a look-alike with other paging names (page/page_size, no items envelope) is not a list here
    assert "syncs.agentic_syncs_get_consumer_mapping_table" not in found["Chift"]


# --------------------------------------------------------------------------- prefetch


async def test_prefetch_overlaps_the_consumer_and_stays_one_page_ahead(server: LoopbackServer) -> None:
    pages_total = 5
    pack_integrations(server, total=20 * pages_total, delay=0.08)
    got: dict[int, float] = {}
    done: dict[int, float] = {}
    async with pack_client(server) as pack:
        async for page in pack.organization("o").pages(list_integrations, page_size=20):
            got[page.number] = time.monotonic()
            await asyncio.sleep(0.2)  # the consumer is slower than the server
            done[page.number] = time.monotonic()

    route = "/pack/organizations/{organizationId}/integrations"
    arrived = {int(r.query["page"]): r.started for r in server.requests("GET", route)}
    assert sorted(arrived) == list(range(1, pages_total + 1))
    for n in range(1, pages_total):
        # page n+1 was requested while the caller was still busy with page n ...
        assert arrived[n + 1] < done[n], f"page {n + 1} not prefetched"
        # ... and page n+2 only after the caller asked for page n+1: never more than one ahead
        if n + 2 <= pages_total:
            assert arrived[n + 2] >= done[n], f"page {n + 2} fetched two pages ahead"
    assert server.max_in_flight("GET", route) == 1
    # the overlap shows in the wall time: 5 x (0.08 server + 0.2 consumer) sequentially would be 1.4 s
    assert done[pages_total] - arrived[1] < 0.08 + pages_total * 0.2 + 0.25


async def test_prefetch_off_fetches_in_turn(server: LoopbackServer) -> None:
    pack_integrations(server, total=60, delay=0.02)
    done: dict[int, float] = {}
    async with pack_client(server) as pack:
        async for page in pack.organization("o").pages(list_integrations, page_size=20, prefetch=False):
            await asyncio.sleep(0.05)
            done[page.number] = time.monotonic()
    arrived = {int(r.query["page"]): r.started for r in server.requests("GET")}
    assert all(arrived[n + 1] >= done[n] for n in (1, 2))


async def test_breaking_out_early_cancels_the_prefetch(server: LoopbackServer) -> None:
    pack_integrations(server, total=1000, delay=0.05)
    async with pack_client(server) as pack:
        pages = pack.organization("o").pages(list_integrations, page_size=10)
        async for page in pages:
            if page.number == 2:
                break
        await pages.aclose()  # type: ignore[attr-defined]
        await asyncio.sleep(0.15)
    assert server.count("GET") <= 3  # page 3 at most was prefetched, nothing after


# --------------------------------------------------------------------------- memory


async def _drain(pack_scope: Scope, pages: int, size: int) -> int:
    count = 0
    async for _ in pack_scope.paginate(list_integrations, page_size=size):
        count += 1
    assert count == pages * size
    return count


async def test_memory_does_not_grow_with_the_number_of_pages(server: LoopbackServer) -> None:
    size = 100
    route_pad = 1500  # ~1.7 KB per item: a page is ~100 items of real model objects, ~170 KB of JSON
    server.record = False  # the test server's own request log would grow with the page count
    async with pack_client(server) as pack:
        org = pack.organization("o")
        pack_integrations(server, total=size * 5, pad=route_pad)
        await _drain(org, 5, size)  # warm-up: imports, connection, caches

        peaks: dict[int, int] = {}
        for pages in (5, 50):
            pack_integrations(server, total=size * pages, pad=route_pad)
            gc.collect()
            tracemalloc.start()
            try:
                base, _ = tracemalloc.get_traced_memory()
                tracemalloc.reset_peak()
                await _drain(org, pages, size)
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
            peaks[pages] = peak - base
    ratio = peaks[50] / peaks[5]
    # (a paginator that kept every item would measure about 7x here)
    assert ratio <= 1.5, f"peak for 50 pages {peaks[50]:,} B vs 5 pages {peaks[5]:,} B (x{ratio:.2f})"
