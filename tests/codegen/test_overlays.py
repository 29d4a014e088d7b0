"""OpenAPI Overlay 1.0 files applied by codegen before generation (issue 3, section 2)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from commerce_sdk._codegen.generate import package_path

from ._helpers import (
    GENERATED,
    SPECS,
    codegen,
    codegen_ok,
    load_manifest,
    load_spec,
    manifest_index,
    tree_digest,
    write_sources,
)

SETTINGS = "/organizations/{organizationId}/integrations/{integrationId}/settings"


def _overlay(path: Path, actions: list[dict[str, Any]]) -> Path:
    doc = {"overlay": "1.0.0", "info": {"title": "test overlay", "version": "1.0.0"}, "actions": actions}
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


def _workspace(tmp_path: Path, overlays: list[str]) -> tuple[Path, Path]:
    specs = tmp_path / "specs"
    (specs / "overlays").mkdir(parents=True, exist_ok=True)
    (specs / "packcloud.yaml").write_bytes((SPECS / "packcloud.yaml").read_bytes())
    sources = write_sources(
        specs / "sources.yaml",
        {
            "packcloud": {
                "spec": "packcloud.yaml",
                "package": "commerce_sdk_clients.packcloud",
                "overlays": overlays,
                "normalise": {"owned_headers": ["Authorization"]},
            }
        },
    )
    return sources, tmp_path / "generated"


UPDATE_AND_REMOVE: list[dict[str, Any]] = [
    {
        "target": "$.components.schemas.Integration.properties",
        "description": "document a field the vendor sends but does not list",
        "update": {"internal_note": {"type": "string", "description": "Free text."}},
    },
    {
        "target": "$.paths.*[?@.operationId == 'get_integration_settings']",
        "description": "drop an operation we must not call",
        "remove": True,
    },
]


def test_overlay_update_and_remove_change_the_output(tmp_path: Path) -> None:
    sources, out = _workspace(tmp_path, [])
    codegen_ok("packcloud", "--sources", sources, "--out", out)
    package = out / "commerce_sdk_clients" / "packcloud"
    assert ("GET", SETTINGS) in manifest_index(load_manifest(package))
    assert "internal_note" not in (package / "models" / "integration.py").read_text()

    # Same spec, now with an overlay: the stamp covers overlays, so this is not a no-op.
    _overlay(sources.parent / "overlays" / "fix.yaml", UPDATE_AND_REMOVE)
    _workspace(tmp_path, ["overlays/fix.yaml"])
    run = codegen_ok("packcloud", "--sources", sources, "--out", out)
    assert "skipped" not in run.stdout

    manifest = load_manifest(package)
    assert ("GET", SETTINGS) not in manifest_index(manifest)
    assert not (package / "api" / "integrations" / "get_integration_settings.py").exists()
    assert len(manifest["operations"]) == 11
    assert manifest["models"]["Integration"]["properties"]["internal_note"] == "string"
    model = (package / "models" / "integration.py").read_text()
    assert "internal_note: str | Unset = UNSET" in model
    # The spec file itself is untouched; the shipped contract has the overlay applied.
    assert load_spec(sources.parent / "packcloud.yaml") == load_spec(SPECS / "packcloud.yaml")
    contract = load_spec(package / "_openapi.json")
    assert "get" not in contract["paths"][SETTINGS]
    assert "internal_note" in contract["components"]["schemas"]["Integration"]["properties"]
    # The change report sees both.
    assert "- BREAKING operation removed: integrations.get_integration_settings (GET " in run.stdout
    assert "- Integration: property 'internal_note' added" in run.stdout


def test_overlay_target_selecting_nothing_fails(tmp_path: Path) -> None:
    sources, out = _workspace(tmp_path, [])
    codegen_ok("packcloud", "--sources", sources, "--out", out)
    before = tree_digest(out)
    overlay = _overlay(
        sources.parent / "overlays" / "stale.yaml",
        [
            UPDATE_AND_REMOVE[0],
            {"target": "$.components.schemas.RenamedByVendor.properties.id", "update": {"example": "x"}},
        ],
    )
    _workspace(tmp_path, ["overlays/stale.yaml"])
    run = codegen("packcloud", "--sources", sources, "--out", out)
    assert run.returncode == 2, run.describe()
    assert run.stderr.strip() == (
        f"codegen: error: {overlay}: action 1: target "
        "'$.components.schemas.RenamedByVendor.properties.id' selects nothing in the spec"
    )
    assert tree_digest(out) == before


@pytest.mark.parametrize(
    ("overlay", "problem"),
    [
        ({"info": {"title": "x", "version": "1"}, "actions": []}, "not an OpenAPI Overlay 1.x document"),
        ({"overlay": "1.0.0", "info": {}, "actions": [{"target": "$.info"}]}, "neither 'update' nor 'remove"),
        ({"overlay": "1.0.0", "info": {}, "actions": [{"target": "$[?", "remove": True}]}, "bad JSONPath"),
    ],
    ids=["not-an-overlay", "no-update-or-remove", "bad-jsonpath"],
)
def test_malformed_overlay_fails(tmp_path: Path, overlay: dict[str, Any], problem: str) -> None:
    sources, out = _workspace(tmp_path, ["overlays/bad.yaml"])
    path = sources.parent / "overlays" / "bad.yaml"
    path.write_text(yaml.safe_dump(overlay))
    run = codegen("packcloud", "--sources", sources, "--out", out)
    assert run.returncode == 2, run.describe()
    assert run.stderr.startswith(f"codegen: error: {path}: "), run.stderr
    assert problem in run.stderr
    assert not out.exists() or not any(out.iterdir())


def test_committed_overlays_are_applied_to_the_shipped_contract() -> None:
    """The shipped contract (generated/<pkg>/_openapi.json) is exactly the spec with the
    repository's overlays applied in order: nothing of an overlay is lost, nothing else added."""
    from commerce_sdk._codegen.overlay import apply_overlay

    providers = load_spec(SPECS / "sources.yaml")["providers"]
    checked = 0
    for entry in providers.values():
        doc = load_spec(SPECS / entry["spec"])
        for rel in entry.get("overlays") or []:
            doc = apply_overlay(doc, load_spec(SPECS / rel), rel)
            checked += 1
        assert doc == load_spec(package_path(GENERATED, entry["package"]) / "_openapi.json"), entry["package"]
    assert checked >= 2
