"""The coverage bar on the vendors' own files, dropped in unchanged (issue 3, section 2).

Each vendor file is generated once per session (conftest: vendor_jtl, vendor_chift) into
a temp dir with the provider's normalise rules (--like).  Counts are taken from the
vendor file itself, independently of codegen, and compared with the manifest, with the
modules on disk and with the log.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from ._helpers import Generated, import_check, load_spec, manifest_index, module_file, spec_operations

SUMMARY = re.compile(
    r"^\[(?P<name>[^\]]+)\] (?P<gen>\d+)/(?P<ops>\d+) operations, (?P<rg>\d+)/(?P<r>\d+) typed responses"
)
# Warning explanations codegen may print; anything else in the log is unexplained.
PARSE_422 = re.compile(r"if response\.status_code == 422:\s+response_422 = (?P<model>\w+)\.from_dict\(")
KNOWN_WARNING = re.compile(r"explained warning x\d+: a response/body in a non-JSON media type")

VENDORS = ["vendor_jtl", "vendor_chift"]
EXPECTED_OPERATIONS = {"vendor_jtl": 209, "vendor_chift": 222}


@pytest.fixture(params=VENDORS)
def vendor(request: pytest.FixtureRequest) -> Generated:
    generated: Generated = request.getfixturevalue(request.param)
    assert generated.run.returncode == 0, generated.run.describe()
    return generated


def _json_responses(doc: dict[str, Any], op: dict[str, Any]) -> list[str]:
    """Status codes of an operation whose response has a JSON body schema."""
    codes = []
    for code, resp in (op.get("responses") or {}).items():
        while isinstance(resp, dict) and "$ref" in resp:
            node: Any = doc
            for part in resp["$ref"][2:].split("/"):
                node = node[part]
            resp = node
        content = (resp or {}).get("content") or {}
        if str(code).isdigit() and any("json" in ct and (m or {}).get("schema") for ct, m in content.items()):
            codes.append(str(code))
    return codes


def _vendor_ops(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(m, p): doc["paths"][p][m.lower()] for m, p in spec_operations(doc)}


@pytest.mark.parametrize("name", VENDORS)
def test_operation_count_matches_readme(name: str, request: pytest.FixtureRequest) -> None:
    generated: Generated = request.getfixturevalue(name)
    assert len(spec_operations(load_spec(generated.spec))) == EXPECTED_OPERATIONS[name]


def test_every_operation_generated(vendor: Generated) -> None:
    doc = load_spec(vendor.spec)
    expected = spec_operations(doc)
    manifest = vendor.manifest
    index = manifest_index(manifest)
    assert set(index) == expected, {
        "missing": sorted(expected - set(index))[:20],
        "extra": sorted(set(index) - expected)[:20],
    }
    assert len(manifest["operations"]) == len(expected)
    # One module per operation on disk, each with the async entry point.
    modules = sorted(p for p in (vendor.package_dir / "api").glob("*/*.py") if p.name != "__init__.py")
    assert len(modules) == len(expected)
    assert {module_file(vendor.package_dir, key) for key in index.values()} == set(modules)
    lacking = [p.name for p in modules if "async def asyncio_detailed(" not in p.read_text()]
    assert not lacking, lacking


def test_log_reports_full_coverage(vendor: Generated) -> None:
    doc = load_spec(vendor.spec)
    summary = [m for line in vendor.run.stdout.splitlines() if (m := SUMMARY.match(line))]
    assert len(summary) == 1, vendor.run.describe()
    s = summary[0]
    assert int(s["gen"]) == int(s["ops"]) == len(spec_operations(doc))
    assert int(s["rg"]) == int(s["r"]) > 0


def test_no_unexplained_warning(vendor: Generated) -> None:
    log = vendor.run.stdout.splitlines()
    assert not [line for line in log if "UNEXPLAINED" in line]
    # Codegen's own log lines start with "[name]"; the change report's lists start with "- ".
    warnings = [line for line in log if line.startswith("[") and "warning" in line.lower()]
    assert all(KNOWN_WARNING.search(line) for line in warnings), warnings
    assert vendor.run.stderr.strip() == "", vendor.run.stderr


def test_every_typed_response_is_parsed(vendor: Generated) -> None:
    """Every status code with a JSON body in the vendor file has its parse branch."""
    doc = load_spec(vendor.spec)
    index = manifest_index(vendor.manifest)
    missing: list[str] = []
    total = 0
    for route, op in _vendor_ops(doc).items():
        text = module_file(vendor.package_dir, index[route]).read_text()
        for code in _json_responses(doc, op):
            total += 1
            if f"response.status_code == {code}" not in text:
                missing.append(f"{route[0]} {route[1]} {code}")
    assert total > 0
    assert not missing, f"{len(missing)} of {total} typed responses not parsed, e.g. {missing[:10]}"


def test_chift_every_422_is_parsed(vendor_chift: Generated) -> None:
    """The raw generator loses 187 of these (two schemas titled "Validation Error" collide)."""
    assert vendor_chift.run.returncode == 0, vendor_chift.run.describe()
    doc = load_spec(vendor_chift.spec)
    expected: dict[tuple[str, str], str] = {}  # route -> component key of its 422 body
    for route, op in _vendor_ops(doc).items():
        resp = (op.get("responses") or {}).get("422")
        if resp is not None:
            schema = resp["content"]["application/json"]["schema"]
            expected[route] = schema["$ref"].rsplit("/", 1)[-1]
    assert len(expected) > 187
    assert "HTTPValidationError" in expected.values()
    index = manifest_index(vendor_chift.manifest)
    wrong: list[str] = []
    for route, key in expected.items():
        text = module_file(vendor_chift.package_dir, index[route]).read_text()
        m = PARSE_422.search(text)
        if m is None or _simple(m["model"]) != _simple(key):
            wrong.append(f"{route[0]} {route[1]}: expected {key}, found {m and m['model']}")
    assert not wrong, f"{len(wrong)} of {len(expected)} 422 responses not parsed: {wrong[:10]}"
    api = vendor_chift.package_dir / "api"
    grep = [p for p in api.rglob("*.py") if "status_code == 422" in p.read_text()]
    assert len(grep) == len(expected)


def _simple(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def test_chift_previously_dropped_operations_exist(vendor_chift: Generated) -> None:
    """POST /syncs, enable flow, update flow: object/array defaults on nullable properties."""
    index = manifest_index(vendor_chift.manifest)
    for route in [
        ("POST", "/syncs"),
        ("POST", "/consumers/{consumer_id}/syncs/{syncid}/flows/{flowid}/enable"),
        ("PATCH", "/consumers/{consumer_id}/syncs/{syncid}/flows/{flowid}"),
    ]:
        assert route in index, route
        text = module_file(vendor_chift.package_dir, index[route]).read_text()
        assert "async def asyncio_detailed(" in text


def test_every_module_imports(vendor: Generated) -> None:
    proc = import_check(vendor.out, vendor.package)
    assert proc.returncode == 0, proc.stderr[-3000:]
    modules = [p for p in vendor.package_dir.rglob("*.py")]
    # Every .py file is one module (packages count through their __init__.py).
    assert int(proc.stdout.strip()) == len(modules)


def test_vendor_file_left_unchanged(vendor: Generated) -> None:
    """Codegen reads the vendor file; the contract it ships is that file, not an edited copy."""
    contract = load_spec(vendor.package_dir / "_openapi.json")
    assert contract == load_spec(vendor.spec)
