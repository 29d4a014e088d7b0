"""Codegen wall time: a cold regeneration of every provider, then a no-op rerun.

Works on a copy of `specs/` in a temporary directory, so `generated/` is never touched:
`./codegen.sh --sources TMP/specs/sources.yaml --out TMP/gen --force` (cold), then the same
without `--force` (nothing changed: every provider is skipped by its stamp).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    elapsed = time.perf_counter() - started
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({out.returncode}):\n{out.stderr[-2000:]}")
    return elapsed


def run(*, cold_reps: int, noop_reps: int, providers: list[str] | None = None) -> dict[str, object]:
    env = {**os.environ, "CODEGEN_PYTHON": sys.executable}
    with tempfile.TemporaryDirectory(prefix="bench-codegen-") as tmp:
        specs = Path(tmp) / "specs"
        shutil.copytree(ROOT / "specs", specs)
        base = ["./codegen.sh", *(providers or []), "--sources", str(specs / "sources.yaml")]
        cold = []
        for rep in range(cold_reps):
            out = Path(tmp) / f"gen{rep}"
            cold.append(_timed([*base, "--out", str(out), "--force"], env))
        noop = [_timed([*base, "--out", str(Path(tmp) / "gen0")], env) for _ in range(noop_reps)]
        startup = [
            _timed([sys.executable, "-c", "import commerce_sdk._codegen.__main__"], env)
            for _ in range(noop_reps)
        ]
    return {
        "providers": providers or "all",
        "cold_s": statistics.median(cold),
        "cold_all_s": cold,
        "noop_s": statistics.median(noop),
        "noop_all_s": noop,
        "startup_s": statistics.median(startup),
    }
