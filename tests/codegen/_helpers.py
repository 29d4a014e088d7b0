"""Plain helpers for the codegen tests (no fixtures; those are in conftest.py)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
CODEGEN = ROOT / "codegen.sh"
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
VENDOR_SPECS = ROOT.parent / "shared" / "vendor-specs"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# What git never commits from generated/ (see .gitignore; .ruff_cache ignores itself):
# a copy without these is what a fresh clone holds.
UNTRACKED = shutil.ignore_patterns("__pycache__", "*.pyc", ".ruff_cache", ".tmp-*", ".old-*")


# --------------------------------------------------------------------------- running codegen


@dataclass
class Run:
    """One finished ./codegen.sh process."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    def describe(self) -> str:
        return (
            f"./codegen.sh {' '.join(self.args)} -> exit {self.returncode} in {self.seconds:.2f}s\n"
            f"--- stdout ---\n{self.stdout[-4000:]}\n--- stderr ---\n{self.stderr[-4000:]}"
        )


def codegen(*args: str | Path, timeout: float = 240) -> Run:
    """Run ./codegen.sh as a user would (a real subprocess, the project's interpreter)."""
    argv = [str(a) for a in args]
    env = dict(os.environ, CODEGEN_PYTHON=sys.executable, PYTHONDONTWRITEBYTECODE="1")
    started = time.perf_counter()
    proc = subprocess.run(
        [str(CODEGEN), *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return Run(argv, proc.returncode, proc.stdout, proc.stderr, time.perf_counter() - started)


def codegen_ok(*args: str | Path, timeout: float = 240) -> Run:
    run = codegen(*args, timeout=timeout)
    assert run.returncode == 0, run.describe()
    return run


# --------------------------------------------------------------------------- files and trees


def tree_digest(root: Path) -> dict[str, str]:
    """Every file under root (dotfiles included) -> sha256 of its bytes."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def load_spec(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    doc = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    assert isinstance(doc, dict), path
    return doc


def spec_operations(doc: dict[str, Any]) -> set[tuple[str, str]]:
    """(METHOD, path) of every operation in an OpenAPI document."""
    return {
        (method.upper(), path)
        for path, item in doc["paths"].items()
        for method in HTTP_METHODS
        if isinstance(item, dict) and method in item
    }


def load_manifest(package_dir: Path) -> dict[str, Any]:
    data = json.loads((package_dir / "_manifest.json").read_text())
    assert isinstance(data, dict)
    return data


def manifest_index(manifest: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(METHOD, path) -> 'tag.module' key of the manifest."""
    return {(op["method"], op["path"]): key for key, op in manifest["operations"].items()}


def module_file(package_dir: Path, key: str) -> Path:
    tag, module = key.split(".", 1)
    return package_dir / "api" / tag / f"{module}.py"


def copy_specs(dest: Path) -> Path:
    """A private copy of specs/ (sources.yaml, specs, overlays); returns its sources.yaml."""
    shutil.copytree(SPECS, dest, ignore=UNTRACKED)
    return dest / "sources.yaml"


def copy_generated(dest: Path) -> Path:
    """generated/ as a fresh clone has it (no caches, no leftovers)."""
    shutil.copytree(GENERATED, dest, ignore=UNTRACKED)
    return dest


def write_sources(path: Path, providers: dict[str, dict[str, Any]]) -> Path:
    path.write_text(yaml.safe_dump({"providers": providers}, sort_keys=False))
    return path


def import_check(parent: Path, package: str) -> subprocess.CompletedProcess[str]:
    """Import every module of a generated package in a fresh interpreter (no bytecode written)."""
    script = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({package!r})\n"
        "names = [pkg.__name__]\n"
        "for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    importlib.import_module(m.name)\n"
        "    names.append(m.name)\n"
        "print(len(names))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(parent), PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


# --------------------------------------------------------------------------- a small spec


def widgets_spec(*, version: str = "1.0.0") -> dict[str, Any]:
    """A tiny, valid OpenAPI 3.0 document: list/get/delete widgets."""
    error = {"$ref": "#/components/schemas/Error"}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Widgets", "version": version},
        "servers": [{"url": "https://widgets.example"}],
        "paths": {
            "/widgets": {
                "get": {
                    "tags": ["widgets"],
                    "operationId": "list_widgets",
                    "responses": {
                        "200": {
                            "description": "All widgets.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "array",
                                        "items": {"$ref": "#/components/schemas/Widget"},
                                    }
                                }
                            },
                        }
                    },
                }
            },
            "/widgets/{widgetId}": {
                "parameters": [
                    {"name": "widgetId", "in": "path", "required": True, "schema": {"type": "integer"}}
                ],
                "get": {
                    "tags": ["widgets"],
                    "operationId": "get_widget",
                    "responses": {
                        "200": {
                            "description": "One widget.",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}
                            },
                        },
                        "404": {
                            "description": "No such widget.",
                            "content": {"application/json": {"schema": error}},
                        },
                    },
                },
                "delete": {
                    "tags": ["widgets"],
                    "operationId": "delete_widget",
                    "responses": {"204": {"description": "Deleted."}},
                },
            },
        },
        "components": {
            "schemas": {
                "Widget": {
                    "type": "object",
                    "required": ["id", "name"],
                    "properties": {
                        "id": {"type": "integer"},
                        "name": {"type": "string"},
                        "size": {"type": "integer"},
                    },
                },
                "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
            }
        },
    }


def dump_yaml(doc: dict[str, Any], path: Path) -> Path:
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


# --------------------------------------------------------------------------- shared shapes


@dataclass
class Generated:
    """A spec generated into a temporary directory by one ./codegen.sh run."""

    spec: Path
    out: Path
    package: str
    run: Run

    @property
    def package_dir(self) -> Path:
        return self.out / self.package

    @property
    def manifest(self) -> dict[str, Any]:
        return load_manifest(self.package_dir)


@dataclass
class Workspace:
    """A private copy of specs/ and the generated/ that ./codegen.sh writes from it."""

    root: Path
    sources: Path
    out: Path
    first_run: Run
    providers: list[str] = field(default_factory=list)


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class LoopbackServer:
    """A threaded http.server on 127.0.0.1: routes[(METHOD, path)] = (status, content-type, body)."""

    routes: dict[tuple[str, str], tuple[int, str, bytes]] = field(default_factory=dict)
    requests: list[Recorded] = field(default_factory=list)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def serve(self, method: str, path: str, body: bytes | str | dict[str, Any], status: int = 200) -> str:
        if isinstance(body, dict):
            payload, ctype = json.dumps(body).encode(), "application/json"
        elif isinstance(body, str):
            payload, ctype = body.encode(), "application/yaml"
        else:
            payload, ctype = body, "application/octet-stream"
        self.routes[(method.upper(), path)] = (status, ctype, payload)
        return f"{self.url}{path}"
