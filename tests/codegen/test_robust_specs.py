"""Shapes found in real vendor documents (the corpus) generate, each in a small synthetic spec.

One spec holds every shape the normaliser repairs; it is generated once (strict) and each
test checks its shape's operation on the real output.  Multi-file bundling, unresolvable
references and unsupported inputs run codegen as a user would.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from commerce_sdk._codegen.bundle import bundle
from commerce_sdk._codegen.errors import SpecError

from ._helpers import codegen, codegen_ok, import_check

OK = {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}}


def _op(op_id: str, **extra: Any) -> dict[str, Any]:
    return {"operationId": op_id, "tags": ["shapes"], "responses": OK} | extra


def shapes_spec() -> dict[str, Any]:
    """Every shape, one operation each (the comment names the corpus document it came from)."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Shapes", "version": "1"},
        "paths": {
            # ReadMe API: an enum path parameter with a default (ruff: "parameter without a default
            # cannot follow a parameter with a default").
            "/branches/{branch}/sections/{section}/{title}": {
                "get": _op(
                    "get_section",
                    parameters=[
                        {"name": "branch", "in": "path", "required": True, "schema": {"type": "string"}},
                        {
                            "name": "section",
                            "in": "path",
                            "required": True,
                            "schema": {"enum": ["guides", "reference"], "default": "guides"},
                        },
                        {"name": "title", "in": "path", "required": True, "schema": {"type": "string"}},
                    ],
                )
            },
            # Ideal Postcodes: an enum naming a value twice (the generator crashes).
            "/countries": {
                "get": _op(
                    "list_countries",
                    parameters=[
                        {
                            "name": "iso",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["GB", "LKA", "LKA"]},
                        }
                    ],
                )
            },
            # Figma: `type: number` with whole-number enum values, merged in an allOf with a number.
            "/layout": {
                "get": {
                    "operationId": "get_layout",
                    "tags": ["shapes"],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "allOf": [
                                            {"type": "object", "properties": {"grow": {"type": "number"}}},
                                            {
                                                "type": "object",
                                                "properties": {"grow": {"type": "number", "enum": [0, 1]}},
                                            },
                                        ]
                                    }
                                }
                            },
                        }
                    },
                }
            },
            # Ideal Postcodes: a schema component aliasing another ("duplicate models"), and an
            # allOf member redefining an inherited enum ("incompatible lists of values").
            "/addresses/{id}": {
                "get": _op(
                    "get_address",
                    parameters=[{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    responses={
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/addr"}}
                            },
                        }
                    },
                )
            },
            "/places": {
                "get": _op(
                    "get_place",
                    responses={
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Derived"}}
                            },
                        }
                    },
                )
            },
            # openapi-spec-validator parent-reference: a parameter component aliasing another one.
            "/pets": {"get": _op("list_pets", parameters=[{"$ref": "#/components/parameters/Alias"}])},
            # Blockfrost: a CBOR-only request body ("Endpoint will not be generated").
            "/tx/submit": {
                "post": _op(
                    "submit_tx",
                    requestBody={
                        "required": True,
                        "content": {"application/cbor": {"schema": {"type": "string", "format": "binary"}}},
                    },
                )
            },
            # Directus: a parameter given by `content`, a media type with `schema: null`, and a body
            # in JSON and multipart (the generator's union signature does not import).
            "/items": {
                "get": _op(
                    "list_items",
                    parameters=[
                        {
                            "name": "filter",
                            "in": "query",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        }
                    ],
                ),
                "post": _op("create_item", requestBody={"content": {"application/json": {"schema": None}}}),
            },
            "/schema/apply": {
                "post": _op(
                    "schema_apply",
                    requestBody={
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"type": "object"}},
                            "multipart/form-data": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"file": {"type": "string", "format": "binary"}},
                                }
                            },
                        },
                    },
                )
            },
            # Scalar Galaxy, Train Travel: XML next to JSON ("Unsupported content type").
            "/planets": {
                "post": _op(
                    "create_planet",
                    requestBody={
                        "content": {
                            "application/json": {"schema": {"type": "object"}},
                            "application/xml": {"schema": {"type": "object"}},
                        }
                    },
                )
            },
        },
        # ReadMe webhooks example: 3.1 webhooks are not calls (warned, not generated).
        "webhooks": {"newPet": {"post": {"responses": {"200": {"description": "OK"}}}}},
        "components": {
            "schemas": {
                "Address": {
                    "title": "Postal Address",
                    "type": "object",
                    "properties": {"line": {"type": "string"}},
                },
                "addr": {"$ref": "#/components/schemas/Address"},
                "Base": {
                    "type": "object",
                    "properties": {
                        "kind": {"type": "string", "enum": ["S", "L", ""]},
                        "id": {"type": "string"},
                    },
                },
                "Derived": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Base"},
                        {"type": "object", "properties": {"kind": {"type": "string", "enum": [""]}}},
                    ]
                },
            },
            "parameters": {
                "Alias": {"$ref": "#/components/parameters/Limit"},
                "Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}},
            },
        },
    }


@pytest.fixture(scope="module")
def shapes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    tmp = tmp_path_factory.mktemp("shapes")
    spec = tmp / "shapes.json"
    spec.write_text(json.dumps(shapes_spec()))
    run = codegen_ok("--spec", spec, "--name", "shapes_client", "--out", tmp / "out")
    proc = import_check(tmp / "out", "shapes_client")
    assert proc.returncode == 0, proc.stderr
    return tmp / "out" / "shapes_client" / "api" / "shapes", run.stdout


def _module(shapes: tuple[Path, str], name: str) -> str:
    path = shapes[0] / f"{name}.py"
    assert path.exists(), f"{name} not generated; codegen said:\n{shapes[1]}"
    return path.read_text()


def test_every_operation_is_generated_strictly(shapes: tuple[Path, str]) -> None:
    assert "11/11 operations" in shapes[1], shapes[1]


def test_path_parameter_default_dropped(shapes: tuple[Path, str]) -> None:
    text = _module(shapes, "get_section")
    assert "section: GetSectionSection," in text  # required, no default
    assert "default dropped from a path parameter x1" in shapes[1]


def test_repeated_enum_value_removed(shapes: tuple[Path, str]) -> None:
    _module(shapes, "list_countries")
    assert "repeated enum value removed x1" in shapes[1]


def test_number_enum_merged_with_a_number_stays_a_float(shapes: tuple[Path, str]) -> None:
    assert "response.status_code == 200" in _module(shapes, "get_layout")  # the response is typed
    model = (shapes[0].parents[1] / "models" / "get_layout_response_200.py").read_text()
    assert "grow: float | Unset = UNSET" in model
    assert "enum dropped from a number schema (no float enums) x1" in shapes[1]


def test_schema_alias_folded_into_its_target(shapes: tuple[Path, str]) -> None:
    assert "-> Response[Address]" in _module(shapes, "get_address")
    assert "schema component that only aliases another one folded into it x1" in shapes[1]


def test_allof_redefining_an_inherited_enum_is_flattened(shapes: tuple[Path, str]) -> None:
    assert "-> Response[Derived]" in _module(shapes, "get_place")
    model = (shapes[0].parents[1] / "models" / "derived.py").read_text()
    assert "id: str | Unset" in model  # the base's property kept
    assert "allOf overriding an inherited enum flattened into one object x1" in shapes[1]


def test_aliased_parameter_component_inlined(shapes: tuple[Path, str]) -> None:
    assert "limit: int | Unset = UNSET" in _module(shapes, "list_pets")


def test_cbor_body_sent_as_bytes_under_its_own_content_type(shapes: tuple[Path, str]) -> None:
    text = _module(shapes, "submit_tx")
    assert 'headers["Content-Type"] = "application/cbor"' in text
    assert "body: File" in text


def test_content_parameter_is_a_serialized_string(shapes: tuple[Path, str]) -> None:
    assert "filter_: str | Unset = UNSET" in _module(shapes, "list_items")


def test_media_type_with_null_schema_generated(shapes: tuple[Path, str]) -> None:
    _module(shapes, "create_item")
    assert "request body media type without a schema given one x1" in shapes[1]


def test_several_body_media_types_generate_one_and_say_so(shapes: tuple[Path, str]) -> None:
    text = _module(shapes, "schema_apply")
    assert '"Content-Type"] = "application/json"' in text and "multipart" not in text
    assert (
        "warning: POST /schema/apply: request body offered as application/json, multipart/form-data; "
        "generated as application/json only" in shapes[1]
    )


def test_xml_next_to_json_is_an_explained_warning(shapes: tuple[Path, str]) -> None:
    _module(shapes, "create_planet")
    assert "explained warning x1: a request body media type the generator cannot encode" in shapes[1]


def test_webhooks_warned_not_generated(shapes: tuple[Path, str]) -> None:
    expected = "warning: webhooks not generated (requests the vendor sends to you, not calls): newPet"
    assert expected in shapes[1]


# --------------------------------------------------------------------------- multi-file documents


def _write(root: Path, files: dict[str, Any]) -> None:
    for rel, doc in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(doc, sort_keys=False))


def multi_file(root: Path) -> Path:
    """A root file, a path item in its own file, schemas in a sibling and a parent folder."""
    _write(
        root,
        {
            "api/openapi.yaml": {
                "openapi": "3.0.3",
                "info": {"title": "Split", "version": "1"},
                "paths": {"/pets": {"$ref": "paths/pets.yaml"}},
                "components": {"schemas": {"Local": {"type": "string"}}},
            },
            "api/paths/pets.yaml": {
                "get": {
                    "operationId": "list_pets",
                    "tags": ["pets"],
                    "parameters": [{"$ref": "../../common/params.yaml#/parameters/Limit"}],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {"application/json": {"schema": {"$ref": "../schemas/Pets.yaml"}}},
                        },
                        "default": {
                            "description": "error",
                            "content": {
                                "application/json": {"schema": {"$ref": "../../common/errors.yaml#/Error"}}
                            },
                        },
                    },
                }
            },
            "api/schemas/Pets.yaml": {"type": "array", "items": {"$ref": "Pet.yaml"}},
            "api/schemas/Pet.yaml": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "parent": {"$ref": "Pet.yaml"},  # recursion across the file boundary
                    "kind": {"$ref": "../openapi.yaml#/components/schemas/Local"},  # back into the root
                },
            },
            "common/params.yaml": {
                "parameters": {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}}
            },
            "common/errors.yaml": {
                "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
            },
        },
    )
    return root / "api" / "openapi.yaml"


def test_multi_file_spec_is_bundled_and_generates(tmp_path: Path) -> None:
    spec = multi_file(tmp_path / "vendor")
    codegen_ok("--spec", spec, "--name", "split_client", "--out", tmp_path / "out")
    pkg = tmp_path / "out" / "split_client"
    text = (pkg / "api" / "pets" / "list_pets.py").read_text()
    assert "limit: int | Unset = UNSET" in text
    models = {p.stem for p in (pkg / "models").glob("*.py")}
    assert {"pet", "error"} <= models, models  # hoisted under their own names, not inlined copies
    assert "parent: Pet | Unset" in (pkg / "models" / "pet.py").read_text()
    assert import_check(tmp_path / "out", "split_client").returncode == 0


def test_root_component_pointing_to_a_file_keeps_its_name(tmp_path: Path) -> None:
    _write(tmp_path, {"models/animal.yaml": {"type": "object", "properties": {
        "friend": {"$ref": "animal.yaml"}}}})  # fmt: skip
    root = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"responses": {"200": {"description": "OK", "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}}}},
        "components": {"schemas": {"Pet": {"$ref": "models/animal.yaml"}}},
    }  # fmt: skip
    out = bundle(root, tmp_path / "openapi.yaml").doc
    assert set(out["components"]["schemas"]) == {"Pet"}
    assert out["components"]["schemas"]["Pet"]["properties"]["friend"] == {"$ref": "#/components/schemas/Pet"}


def test_relative_refs_resolve_against_a_url() -> None:
    served = {
        "https://vendor.example/v2/openapi.yaml": b"",
        "https://vendor.example/v2/schemas/Pet.json": json.dumps(
            {"type": "object", "properties": {"owner": {"$ref": "../shared/Owner.json"}}}
        ).encode(),
        "https://vendor.example/v2/shared/Owner.json": b'{"type": "string"}',
    }
    root = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/p": {"get": {"responses": {"200": {"description": "OK", "content": {
            "application/json": {"schema": {"$ref": "schemas/Pet.json"}}}}}}}},
    }  # fmt: skip
    asked: list[str] = []

    def read(uri: str) -> bytes:
        asked.append(uri)
        return served[uri]

    out = bundle(root, "https://vendor.example/v2/openapi.yaml", read=read).doc
    assert asked == [f"https://vendor.example/v2/{f}" for f in ("schemas/Pet.json", "shared/Owner.json")]
    schemas = out["components"]["schemas"]
    assert schemas["Pet"]["properties"]["owner"] == {"$ref": "#/components/schemas/Owner"}
    assert schemas["Owner"] == {"type": "string"}


def test_unresolvable_ref_nothing_needs_is_a_warning(tmp_path: Path) -> None:
    spec = multi_file(tmp_path / "vendor")
    doc = yaml.safe_load(spec.read_text())
    doc["components"]["schemas"]["Local"]["x-docs"] = {"$ref": "missing/docs.yaml"}
    doc["components"]["schemas"]["Loose"] = {"$ref": "missing/loose.yaml"}
    spec.write_text(yaml.safe_dump(doc))
    run = codegen_ok("--spec", spec, "--name", "split_client", "--out", tmp_path / "out")
    assert "warning: $ref 'missing/docs.yaml'" in run.stdout and "dropped" in run.stdout, run.stdout
    assert "warning: $ref 'missing/loose.yaml'" in run.stdout and "typed as any JSON" in run.stdout


def test_unresolvable_ref_an_operation_needs_is_a_clear_error(tmp_path: Path) -> None:
    spec = multi_file(tmp_path / "vendor")
    (tmp_path / "vendor" / "common" / "params.yaml").unlink()
    run = codegen("--spec", spec, "--name", "split_client", "--out", tmp_path / "out")
    assert run.returncode == 2, run.describe()
    assert run.stderr.startswith("codegen: error: ") and "Traceback" not in run.stderr
    assert "../../common/params.yaml#/parameters/Limit" in run.stderr and "cannot read" in run.stderr


def test_circular_ref_outside_schemas_is_a_spec_error(tmp_path: Path) -> None:
    _write(tmp_path, {"a.yaml": {"$ref": "b.yaml"}, "b.yaml": {"$ref": "a.yaml"}})
    root = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/x": {"$ref": "a.yaml"}}}
    with pytest.raises(SpecError, match="circular \\$ref outside any schema"):
        bundle(root, tmp_path / "openapi.yaml")


# --------------------------------------------------------------------------- unsupported input


def test_swagger_2_is_named_not_a_traceback(tmp_path: Path) -> None:
    spec = tmp_path / "swagger.yaml"
    spec.write_text(yaml.safe_dump({"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}))
    run = codegen("--spec", spec, "--name", "old_client", "--out", tmp_path / "out")
    assert run.returncode == 2, run.describe()
    assert run.stderr.strip() == (
        f"codegen: error: {spec}: Swagger 2.0 is not supported: convert it to OpenAPI 3 first "
        "(e.g. `npx swagger2openapi FILE`)"
    )


def test_unexpected_shape_names_the_file_not_a_traceback(tmp_path: Path) -> None:
    spec = tmp_path / "odd.yaml"
    doc = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/x": {"get": {}}}}
    doc["paths"]["/x"]["get"]["responses"] = [{"200": {"description": "OK"}}]  # a list, not a mapping
    spec.write_text(yaml.safe_dump(doc))
    run = codegen("--spec", spec, "--name", "odd_client", "--out", tmp_path / "out")
    assert run.returncode == 2, run.describe()
    assert run.stderr.startswith(f"codegen: error: {spec}: ") and "Traceback" not in run.stderr, run.stderr


def test_editing_a_referenced_file_regenerates(tmp_path: Path) -> None:
    spec = multi_file(tmp_path / "vendor")
    args = ("--spec", spec, "--name", "split_client", "--out", tmp_path / "out")
    codegen_ok(*args)
    assert "unchanged" in codegen_ok(*args).stdout  # nothing changed: skipped
    pet = tmp_path / "vendor" / "api" / "schemas" / "Pet.yaml"
    doc = yaml.safe_load(pet.read_text())
    doc["properties"]["age"] = {"type": "integer"}
    pet.write_text(yaml.safe_dump(doc))
    assert "unchanged" not in codegen_ok(*args).stdout
    assert "age: int | Unset" in (tmp_path / "out" / "split_client" / "models" / "pet.py").read_text()


def test_update_from_a_url_bundles_files_relative_to_the_url(tmp_path: Path) -> None:
    """`update PROVIDER URL` on a multi-file spec served over loopback HTTP: the other files are
    fetched relative to the URL and the spec kept beside the package is one document."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from ._helpers import copy_specs

    multi_file(tmp_path / "site")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path / "site"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/api/openapi.yaml"
        sources = copy_specs(tmp_path / "specs")
        out = tmp_path / "app"
        run = codegen_ok(
            "update", "packcloud", url, "--sources", sources, "--out", out, "--package", "acme_split"
        )
    finally:
        server.shutdown()
    kept = yaml.safe_load((out / "acme_split.spec.yaml").read_text())
    assert "$ref: ../" not in (out / "acme_split.spec.yaml").read_text()
    assert {"Pet", "Pets", "Error"} <= set(kept["components"]["schemas"]), run.stdout
    assert (out / "acme_split" / "api" / "pets" / "list_pets.py").exists()
    assert import_check(out, "acme_split").returncode == 0
