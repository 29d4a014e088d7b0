"""`make demo` runs the back-office example end to end against the embedded sandbox."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_demo_runs_the_whole_flow_and_stops_cleanly() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JTL_", "CHIFT_", "PACKCLOUD_"))}
    proc = subprocess.run(
        [sys.executable, "-m", "examples.demo"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    assert "key received for commerce-sdk-demo/1.0.0 (Secret('***'))" in out
    assert "2500 items in 25 pages" in out
    assert "interval 00:10:00" in out
    assert "1 token request(s)" in out
    assert "products sync queued, stock sync queued" in out
    assert "verified account.connection.created for consumer" in out
    assert "account.connection.created verified; delivery logged with HTTP 200" in out
    assert "sandbox stopped" in out
    assert "Traceback" not in proc.stderr
