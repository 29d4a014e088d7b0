"""Fixtures for the codegen tests: real specs, real ./codegen.sh runs, real loopback servers.

Nothing here writes into the repository's generated/ or specs/: every run copies its
inputs into a temporary directory and points --sources/--out (or --spec/--out) there.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from ._helpers import (
    GENERATED,
    VENDOR_SPECS,
    Generated,
    LoopbackServer,
    Recorded,
    Workspace,
    codegen,
    codegen_ok,
    copy_specs,
    load_spec,
)

# --------------------------------------------------------------------------- session-scoped runs


def _vendor(tmp_path_factory: pytest.TempPathFactory, filename: str, package: str, like: str) -> Generated:
    spec = VENDOR_SPECS / filename
    if not spec.exists():
        # CI always has ../shared beside the clone: there the coverage bar must run, not skip.
        if os.environ.get("CI"):
            pytest.fail(f"vendor reference file {spec} is missing in CI")
        pytest.skip(f"vendor reference file {spec} is not present (it lives outside the repository)")
    out = tmp_path_factory.mktemp(package)
    run = codegen("--spec", spec, "--name", package, "--out", out, "--like", like)
    return Generated(spec, out, package, run)


@pytest.fixture(scope="session")
def vendor_jtl(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    """The vendor's own JTL file, dropped in unchanged, generated once per session."""
    return _vendor(tmp_path_factory, "jtl-erp-openapi.json", "jtl_vendor_client", "jtl-erp")


@pytest.fixture(scope="session")
def vendor_chift(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    """The vendor's own Chift file, dropped in unchanged, generated once per session."""
    return _vendor(tmp_path_factory, "chift-openapi.json", "chift_vendor_client", "chift")


@pytest.fixture(scope="session")
def fresh_workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """`./codegen.sh --sources <copy>/sources.yaml --out <tmp>`: every provider, once per session."""
    root = tmp_path_factory.mktemp("workspace")
    sources = copy_specs(root / "specs")
    out = root / "generated"
    run = codegen("--sources", sources, "--out", out)
    providers = list(load_spec(sources)["providers"])
    return Workspace(root, sources, out, run, providers)


@pytest.fixture(scope="session")
def jtl_wire_client(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    """JTL's contract (specs/jtl-erp.yaml with our overlays, as shipped) generated under a private
    package name, importable in-process without touching the repository's generated/ package."""
    out = tmp_path_factory.mktemp("jtl_wire")
    spec = GENERATED / "commerce_sdk_clients" / "jtl_erp" / "_openapi.json"
    run = codegen_ok("--spec", spec, "--name", "jtl_wire_client", "--out", out, "--like", "jtl-erp")
    return Generated(spec, out, "jtl_wire_client", run)


# --------------------------------------------------------------------------- importing generated code


@pytest.fixture
def import_generated() -> Iterator[Callable[[Path, str], ModuleType]]:
    """Import `module` from a directory holding a generated package; undone after the test."""
    added: list[str] = []
    before = set(sys.modules)

    def _import(parent: Path, module: str) -> ModuleType:
        if str(parent) not in sys.path:
            sys.path.insert(0, str(parent))
            added.append(str(parent))
        importlib.invalidate_caches()
        return importlib.import_module(module)

    yield _import
    for entry in added:
        sys.path.remove(entry)
        for name, mod in list(sys.modules.items()):
            if name not in before and str(getattr(mod, "__file__", "") or "").startswith(entry):
                del sys.modules[name]


# --------------------------------------------------------------------------- a loopback HTTP server


@pytest.fixture
def loopback_server() -> Iterator[LoopbackServer]:
    state = LoopbackServer()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            state.requests.append(Recorded(self.command, self.path, dict(self.headers.items()), body))
            route = state.routes.get((self.command, self.path.split("?", 1)[0]))
            status, ctype, payload = route or (404, "application/json", b'{"message": "not found"}')
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        def log_message(self, format: str, *args: Any) -> None:  # keep pytest output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), name="loopback-http", daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
