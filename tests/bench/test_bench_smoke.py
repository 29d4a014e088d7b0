"""The benchmarks run (at a tiny size) and produce numbers.  No timing is asserted:
benchmarks are not tests; `make bench` is where the figures come from."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _positive(value: object) -> bool:
    return isinstance(value, int | float) and math.isfinite(value) and value > 0


@pytest.mark.timeout(120)
def test_quick_benchmark_run_produces_numbers(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    # A subprocess: the benchmark pins itself to a core, which must not leak into pytest.
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--out", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=110,
    )
    assert done.returncode == 0, done.stderr[-3000:]

    results = json.loads((tmp_path / "results.json").read_text())
    markdown = (tmp_path / "RESULTS.md").read_text()
    assert f"**{os.cpu_count()} cores**" in markdown
    assert "| # | measure | value | baseline | ratio | target | met |" in markdown

    throughput = results["throughput"]
    for variant in ("raw httpx", "raw aiohttp", "generated/httpx", "generated/aiohttp", "sdk"):
        for point in throughput[variant].values():
            assert _positive(point["rps"]), (variant, point)

    assert all(_positive(v) for v in results["overhead"]["in_memory_us"].values())
    for split in results["overhead"]["breakdown"].values():
        assert _positive(split["cpu_us"]) and _positive(split["wall_us"]) and split["send_wall_us"] >= 0

    memory = results["pagination"]["memory"]
    assert _positive(memory["small"]["traced_peak"]) and _positive(memory["large"]["traced_peak"])
    for key in ("io", "cpu"):
        prefetch = results["pagination"]["prefetch"][key]
        assert _positive(prefetch["sequential_s"]) and _positive(prefetch["prefetch_s"])

    assert all(_positive(v["median_ms"]) for v in results["imports"].values())
    assert _positive(results["codegen"]["cold_s"]) and _positive(results["codegen"]["noop_s"])
    assert all(_positive(v) for v in results["parsing"]["items_per_second"].values())

    rows = results["targets"]
    assert {row["number"] for row in rows} == {"1", "2", "3", "4", "5", "6"}
    assert all(row["ratio"] is None or _positive(row["ratio"]) for row in rows)
