"""Bad command lines exit 2 with one `codegen: error: <file>: <problem>` line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from ._helpers import SPECS, codegen, copy_specs

REAL_SOURCES = SPECS / "sources.yaml"

# id -> (argv, text expected in stderr); {tmp}, {spec}, {sources} are filled in per test.
CASES: dict[str, tuple[list[str], str]] = {
    "unknown-provider": (
        ["nosuchprovider"],
        f"codegen: error: {REAL_SOURCES}: unknown provider(s) ['nosuchprovider']",
    ),
    "spec-without-name": (
        ["--spec", "{spec}", "--out", "{tmp}/out"],
        "codegen: error: --spec: --name is required",
    ),
    "unknown-like": (
        ["--spec", "{spec}", "--name", "x", "--out", "{tmp}/out", "--like", "nosuchprovider"],
        f"codegen: error: {REAL_SOURCES}: --like: unknown provider 'nosuchprovider'",
    ),
    "missing-spec": (
        ["--spec", "{tmp}/absent.yaml", "--name", "x", "--out", "{tmp}/out"],
        "codegen: error: {tmp}/absent.yaml: cannot read",
    ),
    "update-unknown-provider": (
        ["update", "nosuchprovider", "{spec}", "--sources", "{sources}", "--out", "{tmp}/out"],
        "unknown provider 'nosuchprovider'",
    ),
    "update-missing-file": (
        ["update", "packcloud", "{tmp}/absent.yaml", "--sources", "{sources}", "--out", "{tmp}/out"],
        "codegen: error: {tmp}/absent.yaml: cannot read",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_invocation_exits_2(tmp_path: Path, case: str) -> None:
    argv, expected = CASES[case]
    sources = copy_specs(tmp_path / "specs")  # `update` never gets a chance at the real specs/
    fill = {"tmp": tmp_path, "spec": SPECS / "packcloud.yaml", "sources": sources}
    run = codegen(*[a.format(**fill) for a in argv])
    assert run.returncode == 2, run.describe()
    assert expected.format(**fill) in run.stderr, run.stderr
    assert run.stderr.startswith("codegen: error: ") and "Traceback" not in run.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
