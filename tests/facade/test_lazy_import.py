"""`import commerce_sdk` stays cheap: nothing heavy is imported until a name is used."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import json, sys
import commerce_sdk
after_import = sorted(m for m in sys.modules if m.split(".")[0] in
    {"httpx", "httpcore", "aiohttp", "anyio", "commerce_sdk_clients"})
from commerce_sdk import JtlErp, NotFoundError, RequestOptions
after_name = sorted(m for m in sys.modules if m.split(".")[0] in {"httpx", "commerce_sdk_clients"})
print(json.dumps({"after_import": after_import, "after_name": after_name, "cls": JtlErp.__name__,
                  "all": sorted(commerce_sdk.__all__), "dir": sorted(dir(commerce_sdk))}))
"""


def test_import_is_lazy() -> None:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=True
    )
    data = json.loads(out.stdout)
    assert data["after_import"] == []  # no httpx, no generated package yet
    assert data["cls"] == "JtlErp"
    assert "httpx" in data["after_name"]  # using a name imports what it needs
    assert not [
        m
        for m in data["after_name"]
        if m.startswith(("commerce_sdk_clients.chift", "commerce_sdk_clients.packcloud"))
    ]
    assert data["dir"] == data["all"]


def test_every_exported_name_resolves() -> None:
    import commerce_sdk

    for name in commerce_sdk.__all__:
        assert getattr(commerce_sdk, name) is not None
    try:
        commerce_sdk.NoSuchThing  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchThing" in str(exc)
    else:
        raise AssertionError("unknown names must raise AttributeError")
