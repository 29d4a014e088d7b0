"""Determinism, atomicity, --check and the no-op rerun (issue 3, section 2).

All runs go into temp copies of specs/ and generated/; the repository is only read.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from commerce_sdk._codegen.generate import package_path, report_path

from ._helpers import (
    SPECS,
    Run,
    Workspace,
    codegen,
    codegen_ok,
    copy_generated,
    copy_specs,
    load_spec,
    tree_digest,
)

# --------------------------------------------------------------------------- determinism


def test_fresh_workspace_generates_every_provider(fresh_workspace: Workspace) -> None:
    run = fresh_workspace.first_run
    assert run.returncode == 0, run.describe()
    for name in fresh_workspace.providers:
        assert f"[{name}] " in run.stdout and "skipped" not in run.stdout
    packages = [e["package"] for e in load_spec(fresh_workspace.sources)["providers"].values()]
    for package in packages:
        assert (package_path(fresh_workspace.out, package) / "_manifest.json").exists()
        assert report_path(fresh_workspace.out, package).exists()


def test_two_runs_are_byte_identical(fresh_workspace: Workspace, tmp_path: Path) -> None:
    """Every provider (overlays included) generated again in another directory: same bytes,
    stamps and change reports included; no caches or temp files left in the output."""
    assert fresh_workspace.first_run.returncode == 0, fresh_workspace.first_run.describe()
    sources = copy_specs(tmp_path / "specs")
    out = tmp_path / "elsewhere" / "generated"
    codegen_ok("--sources", sources, "--out", out)
    first, second = tree_digest(fresh_workspace.out), tree_digest(out)
    assert first.keys() == second.keys(), sorted(first.keys() ^ second.keys())[:20]
    differing = [rel for rel in first if first[rel] != second[rel]]
    assert not differing, differing[:20]
    leftovers = [rel for rel in first if re.search(r"(^|/)(\.ruff_cache|__pycache__|\.tmp-)", rel)]
    assert not leftovers, leftovers


# --------------------------------------------------------------------------- atomicity


@pytest.fixture(scope="module")
def existing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output directory holding a good package `pc` (from specs/packcloud.yaml)."""
    out = tmp_path_factory.mktemp("atomic")
    codegen_ok("--spec", SPECS / "packcloud.yaml", "--name", "pc", "--out", out)
    return out


def _broken_specs(tmp: Path) -> dict[str, tuple[Path, str]]:
    """name -> (broken spec file, expected problem text)."""
    good = (SPECS / "packcloud.yaml").read_text()
    bad_yaml = tmp / "bad-yaml.yaml"
    bad_yaml.write_text("openapi: 3.1.0\ninfo: {title: x, version: '1'\npaths: [\n")
    bad_json = tmp / "bad-json.json"
    bad_json.write_text('{"openapi": "3.1.0", "info": {"title": "x",}')
    target = "#/components/schemas/Integration'"
    assert target in good
    missing_ref = tmp / "missing-ref.yaml"
    missing_ref.write_text(good.replace(target, "#/components/schemas/NoSuchModel'", 1))
    # Valid YAML, resolvable refs, but a path template without its parameter: the generator
    # drops the operation, which only shows up inside the temp dir after generation.
    doc = load_spec(SPECS / "packcloud.yaml")
    ok = {"200": {"description": "ok"}}
    doc["paths"]["/broken/{id}"] = {"get": {"operationId": "broken", "responses": ok}}
    dropped = tmp / "dropped-op.yaml"
    dropped.write_text(yaml.safe_dump(doc, sort_keys=False))
    return {
        "invalid-yaml": (bad_yaml, "invalid YAML"),
        "invalid-json": (bad_json, "invalid JSON at line"),
        "missing-ref": (missing_ref, "$ref '#/components/schemas/NoSuchModel' does not resolve"),
        "operation-dropped": (dropped, "operations not generated"),
    }


@pytest.mark.parametrize("case", ["invalid-yaml", "invalid-json", "missing-ref", "operation-dropped"])
def test_broken_spec_leaves_output_untouched(case: str, existing: Path, tmp_path: Path) -> None:
    spec, problem = _broken_specs(tmp_path)[case]
    before_tree, before_listing = tree_digest(existing), sorted(p.name for p in existing.iterdir())
    run = codegen("--spec", spec, "--name", "pc", "--out", existing, "--force")
    assert run.returncode == 2, run.describe()
    first_line = run.stderr.strip().splitlines()[0]
    assert first_line.startswith(f"codegen: error: {spec}: "), run.stderr
    assert problem in run.stderr, run.stderr
    assert "Traceback" not in run.stderr
    assert tree_digest(existing) == before_tree, "the existing package changed"
    assert sorted(p.name for p in existing.iterdir()) == before_listing, "temp dirs or files left behind"


def test_broken_provider_spec_leaves_generated_untouched(tmp_path: Path) -> None:
    """The same through the provider path (sources.yaml + overlays) on a copy of the real tree."""
    sources = copy_specs(tmp_path / "specs")
    out = copy_generated(tmp_path / "generated")
    before = tree_digest(out)
    spec = tmp_path / "specs" / "jtl-erp.yaml"
    spec.write_text(spec.read_text().replace("#/components/schemas/Item'", "#/components/schemas/Itme'", 1))
    run = codegen("jtl-erp", "--sources", sources, "--out", out)
    assert run.returncode == 2, run.describe()
    assert f"codegen: error: {spec}: $ref '#/components/schemas/Itme' does not resolve" in run.stderr
    assert tree_digest(out) == before


# --------------------------------------------------------------------------- --check


def _check(sources: Path, out: Path) -> Run:
    return codegen("--check", "--sources", sources, "--out", out)


def test_check_passes_on_committed_generated(tmp_path: Path) -> None:
    """generated/ as a fresh clone has it (no caches) is exactly what codegen writes today."""
    sources = copy_specs(tmp_path / "specs")
    out = copy_generated(tmp_path / "generated")
    run = _check(sources, out)
    n = len(load_spec(sources)["providers"])
    assert run.returncode == 0, f"generated/ is not current; run ./codegen.sh and commit\n{run.describe()}"
    assert f"{n} package(s) current" in run.stdout


def test_check_passes_on_a_clean_copy_of_fresh_output(fresh_workspace: Workspace, tmp_path: Path) -> None:
    """What codegen writes survives a commit/clone (nothing git-ignored is recorded in a stamp)."""
    assert fresh_workspace.first_run.returncode == 0, fresh_workspace.first_run.describe()
    out = tmp_path / "generated"
    shutil.copytree(fresh_workspace.out, out, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
    run = _check(fresh_workspace.sources, out)
    assert run.returncode == 0, run.describe()


def test_check_fails_on_hand_edit(tmp_path: Path) -> None:
    sources = copy_specs(tmp_path / "specs")
    out = copy_generated(tmp_path / "generated")
    edited = out / "commerce_sdk_clients" / "jtl_erp" / "api" / "item" / "get_item.py"
    edited.write_text(edited.read_text() + "\n# patched by hand\n")
    added = out / "commerce_sdk_clients" / "packcloud" / "api" / "extra.py"
    added.write_text("x = 1\n")
    deleted = out / "commerce_sdk_clients" / "packcloud" / "py.typed"
    deleted.unlink()
    run = _check(sources, out)
    assert run.returncode == 1, run.describe()
    assert f"{edited}: edited by hand" in run.stderr
    assert f"{added}: added by hand" in run.stderr
    assert f"{deleted}: deleted by hand" in run.stderr


def test_check_fails_when_spec_changed_without_regenerating(tmp_path: Path) -> None:
    sources = copy_specs(tmp_path / "specs")
    out = copy_generated(tmp_path / "generated")
    spec = tmp_path / "specs" / "packcloud.yaml"
    spec.write_text(spec.read_text() + "\n# a comment is a change of input\n")
    run = _check(sources, out)
    assert run.returncode == 1, run.describe()
    assert "packcloud: spec, overlays, templates or generator changed" in run.stderr


# --------------------------------------------------------------------------- no-op rerun


def test_noop_rerun_is_skipped_and_fast(fresh_workspace: Workspace) -> None:
    assert fresh_workspace.first_run.returncode == 0, fresh_workspace.first_run.describe()
    before = tree_digest(fresh_workspace.out)
    run = codegen_ok("--sources", fresh_workspace.sources, "--out", fresh_workspace.out)
    for name in fresh_workspace.providers:
        assert re.search(rf"^\[{re.escape(name)}\] unchanged \(.*\); skipped$", run.stdout, re.M), run.stdout
    assert "operations," not in run.stdout, "a provider was regenerated"
    assert run.seconds < 2.0, f"no-op rerun took {run.seconds:.2f}s"
    assert tree_digest(fresh_workspace.out) == before
