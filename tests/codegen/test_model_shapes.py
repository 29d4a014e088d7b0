"""Model shapes the pinned generator drops (and with them every operation that uses them), each
in a small hand-written 3.0 spec: the ones GitHub's document is made of (the corpus).

The spec is generated once, strictly; each test checks its shape on the real output.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from commerce_sdk._codegen.normalise import ProviderRules, normalise

from ._helpers import codegen_ok, import_check

REF = "#/components/schemas/"


def _get(op_id: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "get": {
            "operationId": op_id,
            "tags": ["models"],
            "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}},
        }
    }


def _obj(**props: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props}


STR = {"type": "string"}
LINK = {"title": "Link", **_obj(href=STR)}


def models_spec() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Models", "version": "1"},
        "paths": {
            # A nullable object component, referred to directly, from a property, an array, an
            # allOf and a oneOf ("Invalid property in union", "duplicate models").
            "/app": _get("get_app", {"$ref": REF + "app"}),
            "/installation": _get("get_installation", {"$ref": REF + "installation"}),
            # A component that is a oneOf of inline allOfs over other components.
            "/conditions": _get("get_conditions", {"$ref": REF + "conditions"}),
            # allOf members defining one property differently: a nullable string over a plain
            # one ("None | str can't be merged with str"), an inline object in both.
            "/status": _get(
                "get_status",
                {
                    "allOf": [
                        _obj(state={"type": "string", "nullable": True}, links=_obj(html=STR)),
                        _obj(state=STR, links=_obj(html=STR, self=STR)),
                    ]
                },
            ),
            # Sibling titles that name two classes alike: two `Link`s, and `User` next to `user`.
            "/comment": _get(
                "get_comment",
                _obj(
                    _links=_obj(html=LINK, self=LINK),
                    assignee={"title": "User", **_obj(login=STR)},
                    user=_obj(login=STR),
                ),
            ),
            # An inline enum whose class name is a component's (`analysis` + `status`).
            "/analysis": _get("get_analysis", {"$ref": REF + "analysis"}),
            # Properties Python spells alike ("have the same python_name").
            "/reactions": _get("get_reactions", {"$ref": REF + "reactions"}),
        },
        "components": {
            "schemas": {
                "app": {**_obj(slug=STR, owner=_obj(login=STR)), "nullable": True},
                "installation": _obj(
                    app={"$ref": REF + "app"},
                    apps={"type": "array", "items": {"$ref": REF + "app"}},
                    base={"allOf": [{"$ref": REF + "app"}, _obj(extra=STR)]},
                    either={"oneOf": [{"$ref": REF + "app"}, STR]},
                ),
                "name-target": _obj(name=STR),
                "id-target": _obj(id={"type": "integer"}),
                "conditions": {
                    "type": "object",
                    "oneOf": [
                        {"title": "by_name", "allOf": [{"$ref": REF + "name-target"}, _obj(ref=STR)]},
                        {"title": "by_id", "allOf": [{"$ref": REF + "id-target"}, _obj(ref=STR)]},
                    ],
                },
                "analysis-status": {"type": "string", "enum": ["pending", "done"]},
                "analysis": _obj(
                    status={"type": "string", "enum": ["queued", "finished"]},
                    repo_status={"$ref": REF + "analysis-status"},
                ),
                "reactions": _obj(**{"+1": {"type": "integer"}, "-1": {"type": "integer"}}),
            }
        },
    }


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    tmp = tmp_path_factory.mktemp("models")
    spec = tmp / "models.json"
    spec.write_text(json.dumps(models_spec()))
    run = codegen_ok("--spec", spec, "--name", "models_client", "--out", tmp / "out")
    proc = import_check(tmp / "out", "models_client")
    assert proc.returncode == 0, proc.stderr
    return tmp / "out" / "models_client", run.stdout


def _text(models: tuple[Path, str], rel: str) -> str:
    path = models[0] / rel
    assert path.exists(), f"{rel} not generated; codegen said:\n{models[1]}"
    return path.read_text()


def test_every_operation_and_response_is_generated_strictly(models: tuple[Path, str]) -> None:
    assert "7/7 operations, 7/7 typed responses" in models[1], models[1]
    assert "UNEXPLAINED" not in models[1]


def test_nullable_component_is_nullable_where_it_is_referenced(models: tuple[Path, str]) -> None:
    assert "-> Response[App | None]" in _text(models, "api/models/get_app.py")
    model = _text(models, "models/installation.py")
    assert "app: App | None | Unset" in model
    assert "apps: list[App | None] | Unset" in model
    assert "base: InstallationBase | Unset" in model  # in the allOf: an object, not a union
    assert "nullable schema component made nullable where it is referenced x1" in models[1]


def test_union_of_inline_objects_in_a_component_gets_components(models: tuple[Path, str]) -> None:
    text = _text(models, "api/models/get_conditions.py")
    assert "-> Response[ConditionsById | ConditionsByName]" in text
    assert "name: str | Unset" in _text(models, "models/conditions_by_name.py")
    assert "inline object in a component's union made a component of its own x2" in models[1]


def test_allof_members_redefining_a_property_are_flattened(models: tuple[Path, str]) -> None:
    model = _text(models, "models/get_status_response_200.py")
    assert "state: str | Unset" in model  # the later member wins
    links = _text(models, "models/get_status_response_200_links.py")
    assert "self_: str | Unset" in links
    assert "allOf redefining a property differently flattened into one object x1" in models[1]


def test_titles_naming_two_classes_alike_are_dropped(models: tuple[Path, str]) -> None:
    model = _text(models, "models/get_comment_response_200.py")
    assert "assignee: GetCommentResponse200Assignee | Unset" in model
    assert "user: GetCommentResponse200User | Unset" in model
    links = _text(models, "models/get_comment_response_200_links.py")
    assert "html: GetCommentResponse200LinksHtml | Unset" in links
    assert "self_: GetCommentResponse200LinksSelf | Unset" in links
    assert "inline schema title that would name two classes alike dropped x3" in models[1]


def test_inline_enum_named_like_a_component_is_named_apart(models: tuple[Path, str]) -> None:
    model = _text(models, "models/analysis.py")
    assert "status: AnalysisStatusValue | Unset" in model
    assert "repo_status: AnalysisStatus | Unset" in model
    assert "inline schema named like a component given a title of its own x1" in models[1]


def test_properties_python_spells_alike_keep_one_typed_attribute(models: tuple[Path, str]) -> None:
    model = _text(models, "models/reactions.py")
    assert "field_1: int | Unset" in model
    assert "property '-1' has the Python name of '+1'" in models[1]


def test_nullable_31_component_gets_a_null_member_where_referenced() -> None:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": _get("get_a", {"$ref": REF + "A"})},
        "components": {"schemas": {"A": {"type": ["object", "null"], "properties": {"x": STR}}}},
    }
    out = normalise(spec, ProviderRules(), "t.json").spec
    assert out["components"]["schemas"]["A"]["type"] == "object"
    schema = out["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"anyOf": [{"$ref": REF + "A"}, {"type": "null"}]}
