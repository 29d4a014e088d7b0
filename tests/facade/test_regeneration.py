"""The facade follows regeneration: change a spec copy, run ./codegen.sh, call it -- no facade edit.

Nothing here writes into the repository's specs/ or generated/: the spec is copied into
tmp_path, generated into tmp_path, and the new package is put first on sys.path of a
subprocess (so the repository's generated package is not shadowed in this process).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import yaml

from .helpers import ROOT, TENANT
from .server import LoopbackServer, Reply, Seen

FACADE = ROOT / "src" / "commerce_sdk"


def codegen(*args: str | Path) -> None:
    run = subprocess.run(
        [str(ROOT / "codegen.sh"), *map(str, args)], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert run.returncode == 0, run.stdout + run.stderr


def run_script(gen: Path, script: str, *args: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(gen), os.environ.get("PYTHONPATH", "")])}
    run = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=gen,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    result: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


def add_widgets(spec: dict[str, Any]) -> None:
    """A new paged list (page/per_page -> data, meta) and a plain GET, in a new tag."""
    spec["tags"].append({"name": "widgets", "description": "Widgets of an organization."})
    spec["paths"]["/organizations/{organizationId}/widgets"] = {
        "parameters": [{"$ref": "#/components/parameters/OrganizationId"}],
        "get": {
            "tags": ["widgets"],
            "operationId": "list_widgets",
            "summary": "List widgets",
            "description": "One page of the organization's widgets.",
            "parameters": [
                {"$ref": "#/components/parameters/Page"},
                {"$ref": "#/components/parameters/PerPage"},
            ],
            "responses": {
                "200": {
                    "description": "A page of widgets.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetList"}}},
                },
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        },
    }
    spec["paths"]["/organizations/{organizationId}/widgets/{widgetId}"] = {
        "parameters": [
            {"$ref": "#/components/parameters/OrganizationId"},
            {"name": "widgetId", "in": "path", "required": True, "schema": {"type": "string"}},
        ],
        "get": {
            "tags": ["widgets"],
            "operationId": "get_widget",
            "summary": "Get widget",
            "description": "One widget.",
            "responses": {
                "200": {
                    "description": "The widget.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
                },
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        },
    }
    schemas = spec["components"]["schemas"]
    schemas["Widget"] = {
        "type": "object",
        "description": "A widget.",
        "required": ["id", "color"],
        "properties": {"id": {"type": "string"}, "color": {"type": "string"}},
    }
    schemas["WidgetList"] = {
        "type": "object",
        "description": "One page of widgets.",
        "required": ["data", "meta"],
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
            "meta": {"$ref": "#/components/schemas/PaginationMeta"},
        },
    }


PACK_SCRIPT = """
    import asyncio, json, sys
    import commerce_sdk_clients.packcloud
    from commerce_sdk import PackCloud
    from commerce_sdk_clients.packcloud.api.widgets import get_widget, list_widgets

    async def main():
        async with PackCloud(token="regen-token", base_url=sys.argv[1]) as pack:
            org = pack.organization("org-9")
            widget = await org.call(get_widget, widget_id="w-7")
            ids = [w.id async for w in org.paginate(list_widgets, page_size=10)]
            pages = [(p.number, len(p.items), p.total, p.last_page)
                     async for p in org.pages(list_widgets, page_size=10)]
        print(json.dumps({"package": commerce_sdk_clients.packcloud.__file__,
                          "widget": [widget.id, widget.color],
                          "ids": ids, "pages": pages}))

    asyncio.run(main())
"""


def test_new_packcloud_operations_work_after_regeneration(tmp_path: Path, server: LoopbackServer) -> None:
    spec_path = tmp_path / "packcloud.yaml"
    spec = yaml.safe_load((ROOT / "specs" / "packcloud.yaml").read_text())
    add_widgets(spec)
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))
    gen = tmp_path / "gen"
    codegen(
        "--spec", spec_path, "--name", "commerce_sdk_clients.packcloud", "--out", gen, "--like", "packcloud"
    )
    assert (gen / "commerce_sdk_clients" / "packcloud" / "api" / "widgets" / "list_widgets.py").exists()

    def widgets(r: Seen) -> Reply:
        page, size = int(r.query["page"]), int(r.query["per_page"])
        ids = range((page - 1) * size, min(page * size, 25))
        return Reply(
            json={
                "data": [{"id": f"w-{i}", "color": "blue"} for i in ids],
                "meta": {"current_page": page, "per_page": size, "total": 25, "last_page": 3},
            }
        )

    server.on("GET", "/pack/organizations/{organizationId}/widgets", widgets)
    server.on(
        "GET",
        "/pack/organizations/{organizationId}/widgets/{widgetId}",
        lambda r: Reply(json={"id": r.params["widgetId"], "color": "red"}),
    )
    out = run_script(gen, PACK_SCRIPT, server.url + "/pack")

    assert out["package"].startswith(str(gen))  # the regenerated package, not the repository's
    assert out["widget"] == ["w-7", "red"]
    assert out["ids"] == [f"w-{i}" for i in range(25)]
    assert out["pages"] == [[1, 10, 25, 3], [2, 10, 25, 3], [3, 5, 25, 3]]
    seen = server.requests()
    assert {r.headers["Authorization"] for r in seen} == {"Bearer regen-token"}
    assert {r.path.split("/")[3] for r in seen} == {"org-9"}  # organizationId filled by the scope
    # ...and the facade does not know about widgets: nothing was edited to make this work
    assert not [p for p in FACADE.glob("*.py") if "widget" in p.read_text().lower()]


JTL_SCRIPT = """
    import asyncio, json, sys
    from commerce_sdk import JtlErp
    from commerce_sdk_clients.jtl_erp.api.item import get_item

    async def main():
        async with JtlErp(api_key="5e1f0c2a-7d41-4b8e-9c3f-a11b2c3d4e5f", app_id="a", app_version="1",
                          base_url=sys.argv[1]) as jtl:
            item = await jtl.tenant(sys.argv[2]).call(get_item, item_id=1)
        print(json.dumps({"sku": item.sku}))

    asyncio.run(main())
"""


def test_renamed_tenant_header_follows_regeneration(tmp_path: Path, server: LoopbackServer) -> None:
    """The vendor renames `tenant-id` to `x-tenant-id`: regenerate, and the facade sends the new name."""
    text = (ROOT / "specs" / "jtl-erp.yaml").read_text()
    spec = yaml.safe_load(text)
    renamed = 0
    for item in spec["paths"].values():
        for op in item.values():
            for param in op.get("parameters", []):
                if param["name"] == "tenant-id":
                    param["name"] = "x-tenant-id"
                    renamed += 1
    assert renamed == 209
    spec_path = tmp_path / "jtl-erp.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))
    gen = tmp_path / "gen"
    codegen("--spec", spec_path, "--name", "commerce_sdk_clients.jtl_erp", "--out", gen, "--like", "jtl-erp")
    manifest = json.loads((gen / "commerce_sdk_clients" / "jtl_erp" / "_manifest.json").read_text())
    assert manifest["operations"]["item.get_item"]["tenant_header"] == "x-tenant-id"

    from .helpers import ITEM

    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM))
    out = run_script(gen, JTL_SCRIPT, server.url + "/erp", TENANT)
    assert out["sku"] == ITEM["SKU"]
    (r,) = server.requests()
    assert r.headers["x-tenant-id"] == TENANT
    assert "tenant-id" not in r.headers
