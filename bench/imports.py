"""Import time, from `python -X importtime`, in fresh interpreters, interleaved and repeated."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from typing import Any

# Touching one tag imports that tag's typed methods and generated modules only.
TAG_IMPORT = "JtlErp + touching `shop.item` (one tag's modules)"
STATEMENTS = {
    "import httpx": "import httpx",
    "import commerce_sdk": "import commerce_sdk",
    "from commerce_sdk import JtlErp": "from commerce_sdk import JtlErp",
    "JtlErp + get_item (a first call's imports)": (
        "from commerce_sdk import JtlErp; from commerce_sdk_clients.jtl_erp.api.item import get_item"
    ),
    TAG_IMPORT: (
        "from commerce_sdk import JtlErp; "
        "JtlErp(api_key='k', app_id='a', app_version='1').tenant('3fa85f64-5717-4562-b3fc-2c963f66afa6').item"
    ),
    "import aiohttp (loaded on the first request)": "import aiohttp",
}


def import_us(stderr: str) -> int:
    """Microseconds spent importing what the `-c` statement imported.

    `-X importtime` prints one line per module; the interpreter's own start-up imports
    end with `site`, and every top-level line after it belongs to the statement.
    """
    total, after_site = 0, False
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = line.split("|")
        if not name.startswith("  ") and name.strip() != "package":
            module = name.strip()
            if after_site:
                total += int(cumulative)
            elif module == "site":
                after_site = True
    return total


def _measure(statement: str, env: dict[str, str]) -> int:
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return import_us(out.stderr)


def run(*, reps: int) -> dict[str, dict[str, Any]]:
    env = dict(os.environ)
    # As after `pip install`: byte-code is cached.  (Warm-up runs write it once.)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for statement in STATEMENTS.values():
        _measure(statement, env)
    samples: dict[str, list[int]] = {name: [] for name in STATEMENTS}
    for _ in range(reps):
        for name, statement in STATEMENTS.items():
            samples[name].append(_measure(statement, env))
    return {
        name: {"median_ms": statistics.median(values) / 1000, "all_ms": [v / 1000 for v in values]}
        for name, values in samples.items()
    }
