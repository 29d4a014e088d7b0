"""`python -m commerce_sdk.sandbox --env`: the export lines are exactly what `from_env()` reads."""

from __future__ import annotations

import shlex
import subprocess
import sys

import pytest

from commerce_sdk import Chift, JtlErp, PackCloud


async def test_env_lines_point_from_env_at_the_running_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "commerce_sdk.sandbox", "--env", "--items", "20", "--tenants", "1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines = []
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("# serving"):
                break
        exports = dict(
            shlex.split(line.removeprefix("export "))[0].split("=", 1)
            for line in lines
            if line.startswith("export ")
        )
        tenant = next(line for line in lines if line.startswith("# JTL tenants: ")).split(": ")[1].split()[0]
        consumer = (
            next(line for line in lines if line.startswith("# Chift consumers: ")).split(": ")[1].split()[0]
        )
        org = next(line for line in lines if line.startswith("# Pack.cloud organizations: ")).split(": ")[1]
        assert {"JTL_API_KEY", "JTL_BASE_URL", "CHIFT_CLIENT_SECRET", "PACKCLOUD_TOKEN"} <= exports.keys()
        for name, value in exports.items():
            monkeypatch.setenv(name, value)
        async with JtlErp.from_env() as jtl, Chift.from_env() as chift, PackCloud.from_env() as pack:
            item = await jtl.tenant(tenant).item.get_item(item_id=1)
            assert item.id == 1
            products = [
                p async for p in chift.consumer(consumer).e_commerce.ecommerce_get_products.paginate()
            ]
            assert products
            assert [
                i async for i in pack.organization(org.split()[0]).integrations.list_integrations.paginate()
            ]
    finally:
        proc.terminate()
        proc.wait(timeout=20)
