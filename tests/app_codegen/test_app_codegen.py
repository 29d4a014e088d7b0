"""An application regenerates a client from a vendor file with the installed SDK alone.

The wheel is built and installed into a fresh venv (no repository on its path); there,
`commerce-sdk codegen update chift <vendor file> --out APPDIR --package acme_chift` writes
the application's own package, and `Chift(..., client_package="acme_chift")` calls one of
its operations against the sandbox serving that same package, with auth and the path
checked on the wire.  `commerce-sdk codegen --out APPDIR --package acme_chift --check`
verifies it, and a hand edit makes the check fail.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENDOR = ROOT.parent / "shared" / "vendor-specs" / "chift-openapi.json"

CALL = textwrap.dedent(
    """
    import asyncio, json, sys
    import acme_chift
    from acme_chift.api.webhooks import webhooks_get_webhooks
    from commerce_sdk import Chift
    from commerce_sdk.sandbox import Sandbox, SandboxConfig

    async def main():
        async with Sandbox(SandboxConfig(packages={"chift": "acme_chift"})) as sb:
            c = sb.credentials.chift
            async with Chift(client_id=c.client_id, client_secret=c.client_secret, account_id=c.account_id,
                             base_url=sb.urls.chift, client_package=acme_chift) as chift:
                hooks = await chift.untenanted.call(webhooks_get_webhooks)
                typed = await chift.untenanted.webhooks.webhooks_get_webhooks()
                assert [h.to_dict() for h in typed] == [h.to_dict() for h in hooks]
                assert type(chift.untenanted).__module__ == "acme_chift._resources", type(chift.untenanted)
            seen = [r for r in sb.requests if r.operation_id == "webhooks_get_webhooks"]
            print(json.dumps({
                "type": type(hooks).__name__,
                "module": type(hooks[0]).__module__ if hooks else None,
                "path": seen[0].path, "auth": seen[0].headers.get("authorization", "")[:7],
                "served": sb.app.providers["chift"].contract.info.package,
                "sdk_file": __import__("commerce_sdk").__file__,
            }))

    asyncio.run(main())
    """
)


def _run(argv: list[str], cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.mark.timeout(900)
def test_application_regenerates_and_calls_through_the_facade(tmp_path: Path) -> None:
    if not VENDOR.exists():
        if os.environ.get("CI"):
            pytest.fail(f"vendor reference file {VENDOR} is missing in CI")
        pytest.skip(f"{VENDOR} is not present")
    dist = tmp_path / "dist"
    built = _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)], tmp_path
    )
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = dist.glob("commerce_sdk-*.whl")
    venv = tmp_path / "venv"
    assert _run([sys.executable, "-m", "venv", str(venv)], tmp_path).returncode == 0
    py = venv / "bin" / "python"
    installed = _run([str(py), "-m", "pip", "install", "-q", f"{wheel}[codegen,sandbox,aiohttp]"], tmp_path)
    assert installed.returncode == 0, installed.stderr[-3000:]

    app = tmp_path / "app"
    app.mkdir()
    cli = str(venv / "bin" / "commerce-sdk")
    update = _run(
        [cli, "codegen", "update", "chift", str(VENDOR), "--out", str(app), "--package", "acme_chift"], app
    )
    assert update.returncode == 0, update.stdout[-2000:] + update.stderr[-2000:]
    assert "[chift] 222/222 operations" in update.stdout
    for name in ("_manifest.json", "_openapi.json", "_provider.json", "py.typed"):
        assert (app / "acme_chift" / name).is_file(), name
    assert (app / "acme_chift.changes.md").is_file() and (app / "acme_chift.spec.yaml").is_file()
    config = json.loads((app / "commerce-sdk-codegen.json").read_text())
    assert config["packages"]["acme_chift"] == {"provider": "chift", "spec": "acme_chift.spec.yaml"}
    # Our overlay was applied to the application's copy too (the file leaves mcp_auth undeclared).
    contract = json.loads((app / "acme_chift" / "_openapi.json").read_text())
    assert "mcp_auth" in contract["components"]["securitySchemes"]

    check = _run([cli, "codegen", "--out", str(app), "--package", "acme_chift", "--check"], app)
    assert check.returncode == 0, check.stderr
    again = _run([cli, "codegen", "--out", str(app), "--package", "acme_chift"], app)
    assert again.returncode == 0 and "unchanged" in again.stdout, again.stdout + again.stderr

    call = _run([str(py), "-c", CALL], app, timeout=120)
    assert call.returncode == 0, call.stderr[-3000:]
    seen = json.loads(call.stdout.strip().splitlines()[-1])
    assert seen["type"] == "list" and seen["served"] == "acme_chift"
    assert seen["module"] is None or seen["module"].startswith("acme_chift.models")
    assert seen["path"] == "/chift/webhooks" and seen["auth"] == "Bearer "
    assert str(venv) in seen["sdk_file"] and str(ROOT) not in seen["sdk_file"]

    # A user's type checker sees the wheel's packages (py.typed, typed scopes and resources):
    # the same user file as tests/typing/, checked against this venv's site-packages.
    user = ROOT / "tests" / "typing" / "user_ok.py"
    bin_dir = Path(sys.executable).parent
    mypy = _run(
        [str(bin_dir / "mypy"), "--strict", "--python-executable", str(py), "--cache-dir",
         str(tmp_path / "mypy-cache"), "--no-error-summary", str(user)],
        app,
    )  # fmt: skip
    assert mypy.returncode == 0, mypy.stdout[-3000:] + mypy.stderr[-1000:]
    (app / "pyrightconfig.json").write_text('{"typeCheckingMode": "strict", "pythonVersion": "3.11"}')
    pyright = _run([str(bin_dir / "basedpyright"), "--pythonpath", str(py), str(user)], app)
    assert pyright.returncode == 0 and "0 errors" in pyright.stdout, pyright.stdout[-3000:]
    assert (app / "acme_chift" / "_resources" / "webhooks.py").is_file()  # the application's typed scope

    edited = app / "acme_chift" / "client.py"
    edited.write_text(edited.read_text() + "\n# edited by hand\n")
    stale = _run([cli, "codegen", "--out", str(app), "--package", "acme_chift", "--check"], app)
    assert stale.returncode == 1 and "edited by hand" in stale.stderr
