"""Real vendor documents (tests/codegen/corpus/manifest.yaml, `ci: true`) generate completely.

Each runs `python -m bench.corpus --only ID` (what `make corpus` runs): the pinned raw
generator on the document as published, then ours in strict mode, then an import of every
module.  Ours must generate at least the raw generator's operations, strictly, and import.
The documents come from npm/PyPI into .corpus-cache/; without a registry the tests skip,
except under CI=true, where an unfillable cache is a failure.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
import yaml

from ._helpers import ROOT

MANIFEST = ROOT / "tests" / "codegen" / "corpus" / "manifest.yaml"
DOCS = yaml.safe_load(MANIFEST.read_text())["documents"]
CI_IDS = [d["id"] for d in DOCS if d.get("ci")]
LINE = re.compile(
    r"\[(?P<id>\w+)\] raw (?P<raw>\d+) ops [\d.]+s imports=\w+ \| ours (?P<ours>\d+) ops (?P<secs>[\d.]+)s "
    r"strict=(?P<strict>\w+) imports=(?P<imports>\w+)"
)


def _corpus(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run(
        [sys.executable, "-m", "bench.corpus", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="module")
def filled_cache() -> None:
    proc = _corpus("--ci", "--fetch-only")
    if proc.returncode != 0:
        why = f"corpus cache cannot be filled from npm/PyPI:\n{proc.stderr[-2000:]}"
        if os.environ.get("CI") == "true":
            pytest.fail(why)
        pytest.skip(why)


def test_manifest_spans_what_the_issue_asks() -> None:
    vendors = {d["vendor"].split(" (")[0] for d in DOCS}
    assert len(DOCS) >= 12 and len(vendors) >= 10, sorted(vendors)
    assert {d["openapi"] for d in DOCS} == {"3.0", "3.1"}
    assert {d["path"].rsplit(".", 1)[1] for d in DOCS} >= {"json", "yaml"}
    for d in DOCS:
        assert re.fullmatch(r"[0-9a-f]{64}", d["sha256"]), d["id"]
        assert d["registry"] in ("npm", "pypi"), d["id"]


@pytest.mark.parametrize("doc_id", CI_IDS)
def test_corpus_document_generates_at_least_the_raw_generator(filled_cache: None, doc_id: str) -> None:
    proc = _corpus("--only", doc_id, "--no-table")
    match = LINE.search(proc.stdout)
    assert match, f"exit {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    assert match["strict"] == "ok", proc.stdout[-3000:]
    assert match["imports"] == "True", proc.stdout[-3000:]
    assert int(match["ours"]) >= int(match["raw"]), proc.stdout[-3000:]
    assert float(match["secs"]) < 60, f"{doc_id} took {match['secs']}s: too slow for CI"
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
