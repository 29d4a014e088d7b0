"""7. Hostile specs for codegen: a clear error or working code, never a half-written output.

Every run writes into a temporary directory that already holds a good package of the same
name (so a failure that touched it would show); the directory is hashed before and after,
and no `.tmp-*` work directory may be left behind.  Specs that generate are imported, and a
generated function is called against a loopback server (directly and through the facade).
"""

from __future__ import annotations

import importlib
import json
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from codegen._helpers import Run, codegen, tree_digest
from facade.server import LoopbackServer, Reply

from commerce_sdk._base_client import BaseClient
from commerce_sdk._pagination import PageShape

from ._support import figure

BIG_BYTES = 10 * 1024 * 1024
BIG_SECONDS = 60.0


def document(
    paths: dict[str, Any], schemas: dict[str, Any] | None = None, title: str = "Hostile"
) -> dict[str, Any]:
    doc: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": title, "version": "1"}, "paths": paths}
    if schemas is not None:
        doc["components"] = {"schemas": schemas}
    return doc


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def get(
    op_id: str, schema: Any, *, params: list[dict[str, Any]] | None = None, tag: str | None = None
) -> dict[str, Any]:
    op: dict[str, Any] = {
        "operationId": op_id,
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}},
    }
    if params:
        op["parameters"] = params
    if tag:
        op["tags"] = [tag]
    return op


def path_param(name: str, kind: str = "integer") -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": kind}}


SMALL = document(
    {"/things/{id}": {"get": get("getThing", ref("Thing"), params=[path_param("id")])}},
    {"Thing": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}}},
)

RECURSIVE = document(
    {
        "/nodes/{id}": {"get": get("getNode", ref("Node"), params=[path_param("id")])},
        "/people/{id}": {"get": get("getPerson", ref("Person"), params=[path_param("id")])},
    },
    {
        "Node": {  # refers to itself, directly and through a list
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "integer"},
                "parent": ref("Node"),
                "children": {"type": "array", "items": ref("Node")},
            },
        },
        "Person": {"type": "object", "properties": {"name": {"type": "string"}, "employer": ref("Company")}},
        "Company": {  # Person <-> Company
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "staff": {"type": "array", "items": ref("Person")},
                "ceo": ref("Person"),
            },
        },
    },
    title="Recursive",
)

KEYWORD_PROPS = [
    "class",
    "from",
    "import",
    "id",
    "type",
    "list",
    "None",
    "self",
    "größe",
    "名前",
    "with space",
    "123start",
]
ODD = document(
    {
        "/class/{from}": {
            "get": get(
                "class",
                ref("list"),
                tag="import",
                params=[
                    path_param("from", "string"),
                    {"name": "type", "in": "query", "schema": {"type": "string"}},
                    {"name": "list", "in": "query", "schema": {"type": "integer"}},
                ],
            )
        },
        "/import": {"get": get("import", ref("Größe"), tag="import")},
        "/dup1": {"get": get("dup", ref("type"))},
        "/dup2": {"get": get("dup", ref("type"))},
        "/dup3": {"get": get("dup", ref("type"))},
        "/dup4": {"get": get("dup", ref("type"))},
        "/名前": {
            "post": {
                "operationId": "名前を作る",
                "requestBody": {"content": {"application/json": {"schema": ref("type")}}},
                "responses": {
                    "201": {"description": "ok", "content": {"application/json": {"schema": ref("type")}}}
                },
            }
        },
    },
    {
        "list": {
            "type": "object",
            "required": ["class", "from", "import", "id"],
            "properties": {
                **{p: {"type": "string"} for p in KEYWORD_PROPS},
                "from": {"type": "integer"},
                "import": {"type": "boolean"},
                "id": {"type": "integer"},
            },
        },
        "Größe": {"type": "object", "properties": {"dict": {"type": "string"}, "größe": {"type": "integer"}}},
        "type": {"type": "object", "properties": {"id": {"type": "integer"}, "print": {"type": "string"}}},
    },
    title="Odd names",
)


def big_document(target: int) -> dict[str, Any]:
    """Many paths and schemas with long descriptions, until the JSON is `target` bytes."""
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 20
    size, n = 0, 0
    while size < target:
        props = {f"field{j}": {"type": "string", "description": f"Field {j}. {text}"} for j in range(20)}
        schemas[f"Model{n}"] = {
            "type": "object",
            "required": ["id"],
            "properties": {"id": {"type": "integer"}, **props},
        }
        paths[f"/res{n}/{{id}}"] = {
            "get": {
                **get(f"getRes{n}", ref(f"Model{n}"), params=[path_param("id")], tag=f"tag{n % 20}"),
                "description": text,
            }
        }
        size += len(json.dumps(schemas[f"Model{n}"])) + len(json.dumps(paths[f"/res{n}/{{id}}"]))
        n += 1
    return document(paths, schemas, title="Big")


# --------------------------------------------------------------------------- running


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.rglob("*") if p.name.startswith((".tmp-", ".old-")))


@pytest.fixture(scope="module")
def good_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated package named `hostile_client`, copied into every failing run's --out."""
    root = tmp_path_factory.mktemp("good")
    (root / "small.json").write_text(json.dumps(SMALL))
    run = codegen("--spec", root / "small.json", "--name", "hostile_client", "--out", root / "out")
    assert run.returncode == 0, run.describe()
    return root / "out"


def prepared_out(tmp_path: Path, good: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(good, out)
    return out


def check_error(test: str, run: Run, spec: Path, out: Path, before: dict[str, str], expected: str) -> None:
    first = run.stderr.strip().splitlines()[0] if run.stderr.strip() else ""
    figure(test, "exit/seconds", f"{run.returncode}/{run.seconds:.2f}")
    figure(test, "message", first[:160])
    assert run.returncode == 2, run.describe()
    assert first.startswith(f"codegen: error: {spec}: ") or first.startswith("codegen: error: --name: "), (
        run.stderr
    )
    assert expected in run.stderr, run.stderr
    assert "Traceback" not in run.stderr
    assert tree_digest(out) == before  # the good package is untouched
    assert leftovers(out) == []


HOSTILE: dict[str, tuple[str, str]] = {
    # name -> (spec file text, expected problem)
    "invalid-yaml": ('openapi: 3.0.3\ninfo: {title: X, version: "1"\npaths:\n  /a: [\n', "invalid YAML"),
    "missing-ref": (
        yaml.safe_dump(document({"/a": {"get": get("getA", ref("Missing"))}}, {"A": {"type": "object"}})),
        "$ref '#/components/schemas/Missing' does not resolve",
    ),
    "ref-cycle": (
        yaml.safe_dump(document({"/a": {"get": get("getA", ref("A"))}}, {"A": ref("B"), "B": ref("A")})),
        "$ref cycle",
    ),
    "allof-cycle": (
        yaml.safe_dump(
            document(
                {"/a": {"get": get("getA", ref("A"))}},
                {
                    "A": {"allOf": [ref("B"), {"type": "object", "properties": {"x": {"type": "string"}}}]},
                    "B": {"allOf": [ref("A"), {"type": "object", "properties": {"y": {"type": "string"}}}]},
                },
            )
        ),
        "in allOf was not processed",
    ),
    "not-openapi": ("just a string\n", "not a mapping"),
    "no-paths": (
        yaml.safe_dump({"openapi": "3.0.3", "info": {"title": "X", "version": "1"}, "paths": {}}),
        "'paths'",
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_broken_spec_is_a_clear_error_and_touches_nothing(
    tmp_path: Path, good_package: Path, case: str
) -> None:
    text, expected = HOSTILE[case]
    spec = tmp_path / f"{case}.yaml"
    spec.write_text(text)
    out = prepared_out(tmp_path, good_package)
    before = tree_digest(out)
    run = codegen("--spec", spec, "--name", "hostile_client", "--out", out)
    check_error(f"codegen[{case}]", run, spec, out, before, expected)


@pytest.mark.parametrize("name", ["class", "../escape", "my-client", "list"])
def test_bad_package_name_is_a_clear_error(tmp_path: Path, good_package: Path, name: str) -> None:
    spec = tmp_path / "small.json"
    spec.write_text(json.dumps(SMALL))
    out = prepared_out(tmp_path, good_package)
    before = tree_digest(out)
    parent_before = sorted(p.name for p in tmp_path.iterdir())
    run = codegen("--spec", spec, "--name", name, "--out", out)
    if name == "list":  # an identifier that shadows a builtin module name is still a fine package
        assert run.returncode == 0, run.describe()
        figure(f"codegen[--name {name}]", "exit", run.returncode)
        return
    check_error(f"codegen[--name {name}]", run, spec, out, before, "--name")
    assert sorted(p.name for p in tmp_path.iterdir()) == parent_before  # nothing written beside --out


# --------------------------------------------------------------------------- specs that generate


@pytest.fixture
def importer() -> Iterator[Any]:
    """Import a generated package from a directory; undone afterwards."""
    added: list[str] = []
    before = set(sys.modules)

    def load(parent: Path, module: str) -> ModuleType:
        sys.path.insert(0, str(parent))
        added.append(str(parent))
        importlib.invalidate_caches()
        return importlib.import_module(module)

    yield load
    for entry in added:
        sys.path.remove(entry)
    for name in set(sys.modules) - before:
        if str(getattr(sys.modules[name], "__file__", "") or "").startswith(tuple(added)):
            del sys.modules[name]


def generate(tmp_path: Path, doc: dict[str, Any], name: str) -> tuple[Run, Path]:
    spec = tmp_path / f"{name}.yaml"
    spec.write_text(yaml.safe_dump(doc, allow_unicode=True))
    out = tmp_path / "out"
    run = codegen("--spec", spec, "--name", name, "--out", out)
    assert run.returncode == 0, run.describe()
    assert leftovers(out) == []
    return run, out


def facade_for(package: str, base_url: str) -> BaseClient:
    cls = type(
        "Hostile",
        (BaseClient,),
        {
            "package": package,
            "default_base_url": base_url,
            "page_shape": PageShape("page", "size", ("items",)),
        },
    )
    client: BaseClient = cls(auth=None, base_url=base_url)
    return client


async def test_recursive_schemas_generate_and_parse(tmp_path: Path, importer: Any) -> None:
    run, out = generate(tmp_path, RECURSIVE, "recursive_client")
    figure("codegen[recursive]", "exit/seconds", f"{run.returncode}/{run.seconds:.2f}")
    importer(out, "recursive_client")
    get_node = importlib.import_module("recursive_client.api.default.get_node")
    get_person = importlib.import_module("recursive_client.api.default.get_person")
    node = {"id": 1, "parent": {"id": 0}, "children": [{"id": 2, "children": [{"id": 3, "children": []}]}]}
    person = {"name": "Ada", "employer": {"name": "ACME", "ceo": {"name": "Bob"}, "staff": [{"name": "Cy"}]}}
    with LoopbackServer() as server:
        server.on("GET", "/api/nodes/{id}", Reply(json=node))
        server.on("GET", "/api/people/{id}", Reply(json=person))
        async with facade_for("recursive_client", f"{server.url}/api") as client:
            parsed = await client.untenanted.call(get_node, id=1)
            employee = await client.untenanted.call(get_person, id=1)
    assert parsed.children[0].children[0].id == 3 and parsed.parent.id == 0
    assert employee.employer.ceo.name == "Bob" and employee.employer.staff[0].name == "Cy"
    assert parsed.to_dict() == node


async def test_odd_names_generate_every_operation_and_work(tmp_path: Path, importer: Any) -> None:
    run, out = generate(tmp_path, ODD, "odd_client")
    manifest = json.loads((out / "odd_client" / "_manifest.json").read_text())
    ops = {op["path"]: key for key, op in manifest["operations"].items()}
    figure("codegen[odd names]", "exit/seconds", f"{run.returncode}/{run.seconds:.2f}")
    figure("codegen[odd names]", "operations in spec/generated", f"{len(ODD['paths'])}/{len(ops)}")
    assert set(ops) == set(ODD["paths"])  # four operations share the id "dup": none is lost

    importer(out, "odd_client")
    class_op = importlib.import_module("odd_client.api.import_.class_")
    body = {p: f"v-{p}" for p in KEYWORD_PROPS} | {"from": 7, "import": True, "id": 1}
    with LoopbackServer() as server:
        server.on("GET", "/odd/class/{from}", Reply(json=body))
        for n in range(1, 5):
            server.on("GET", f"/odd/dup{n}", Reply(json={"id": n, "print": f"dup{n}"}))
        server.on("POST", "/odd/%E5%90%8D%E5%89%8D", Reply(201, json={"id": 9, "print": "made"}))
        async with facade_for("odd_client", f"{server.url}/odd") as client:
            scope = client.untenanted
            parsed = await scope.call(class_op, from_="x/y", type_="t", list_=3)
            dups = []
            for path in ("/dup1", "/dup2", "/dup3", "/dup4"):
                module = importlib.import_module("odd_client.api." + ops[path])
                dups.append((await scope.call(module)).print_)
            made_op = importlib.import_module("odd_client.api." + ops["/名前"])
            model = importlib.import_module("odd_client.models").Type
            made = await scope.call(made_op, body=model(id=9, print_="x"))
        seen = server.requests("GET", "/odd/class/{from}")[0]
    assert (parsed.class_, parsed.from_, parsed.import_, parsed.id) == ("v-class", 7, True, 1)
    assert (parsed.type_, parsed.list_, parsed.größe, parsed.名前) == (
        "v-type",
        "v-list",
        "v-größe",
        "v-名前",
    )
    assert parsed.to_dict() == body
    assert seen.params["from"] == "x/y" and seen.query == {"type": "t", "list": "3"}
    assert dups == ["dup1", "dup2", "dup3", "dup4"]
    assert made.id == 9


async def test_ten_megabyte_spec_generates_in_bounded_time(tmp_path: Path, importer: Any) -> None:
    doc = big_document(BIG_BYTES)
    spec = tmp_path / "big.json"
    spec.write_text(json.dumps(doc))
    size = spec.stat().st_size
    out = tmp_path / "out"
    started = time.perf_counter()
    run = codegen("--spec", spec, "--name", "big_client", "--out", out, timeout=BIG_SECONDS * 3)
    seconds = time.perf_counter() - started
    figure(
        "codegen[10 MB]",
        "spec bytes/operations/schemas",
        f"{size}/{len(doc['paths'])}/{len(doc['components']['schemas'])}",
    )
    figure("codegen[10 MB]", "exit/seconds", f"{run.returncode}/{seconds:.1f}")
    assert run.returncode == 0, run.describe()
    assert size >= BIG_BYTES
    assert seconds < BIG_SECONDS
    assert leftovers(out) == []
    importer(out, "big_client")
    last = len(doc["paths"]) - 1
    manifest = json.loads((out / "big_client" / "_manifest.json").read_text())
    assert len(manifest["operations"]) == len(doc["paths"])
    key = next(k for k, op in manifest["operations"].items() if op["path"] == f"/res{last}/{{id}}")
    module = importlib.import_module(f"big_client.api.{key}")
    with LoopbackServer() as server:
        server.on("GET", f"/big/res{last}/{{id}}", Reply(json={"id": 5, "field3": "x"}))
        async with facade_for("big_client", f"{server.url}/big") as client:
            parsed = await client.untenanted.call(module, id=5)
    assert (parsed.id, parsed.field3) == (5, "x")
