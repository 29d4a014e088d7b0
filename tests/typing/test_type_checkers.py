"""mypy --strict and pyright (strict) on user-style files, as a user's project would run them.

`user_ok.py` must check clean (its `assert_type` lines are the assertions); every line of
`user_fails.py` marked `# expect-error` must be reported, and no other line.  The checkers
run from a directory outside the checkout with this venv's interpreter, so they find the SDK
the way an installed (or editable-installed) user does, not through our mypy_path.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OK = HERE / "user_ok.py"
FAILS = HERE / "user_fails.py"
BIN = Path(sys.executable).parent


def expected_lines() -> set[int]:
    lines = FAILS.read_text().splitlines()
    return {n for n, line in enumerate(lines, 1) if "# expect-error:" in line}


def run_mypy(target: Path, cwd: Path) -> dict[int, list[str]]:
    cache = ROOT / ".mypy_cache" / "tests-typing"
    proc = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--python-executable", sys.executable, "--cache-dir", str(cache),
         "--no-error-summary", "--hide-error-context", str(target)],
        cwd=cwd, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    found: dict[int, list[str]] = {}
    for line in proc.stdout.splitlines():
        match = re.match(rf"{re.escape(str(target))}:(\d+): error: (.*)", line)
        if match:
            found.setdefault(int(match.group(1)), []).append(match.group(2))
        elif ": error:" in line:
            pytest.fail(f"mypy reported an error outside {target.name}: {line}")
    assert proc.returncode in (0, 1), proc.stderr or proc.stdout
    return found


def run_pyright(target: Path, cwd: Path) -> dict[int, list[str]]:
    exe = shutil.which("basedpyright", path=str(BIN))
    if exe is None:
        pytest.fail("basedpyright is not installed (make install installs the dev extras)")
    config = cwd / "pyrightconfig.json"
    config.write_text(json.dumps({"typeCheckingMode": "strict", "pythonVersion": "3.11"}))
    proc = subprocess.run(
        [exe, "-p", str(config), "--pythonpath", sys.executable, "--outputjson", str(target)],
        cwd=cwd, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    report = json.loads(proc.stdout)
    found: dict[int, list[str]] = {}
    for diag in report["generalDiagnostics"]:
        if diag["severity"] != "error":
            continue
        assert Path(diag["file"]) == target, diag
        found.setdefault(diag["range"]["start"]["line"] + 1, []).append(diag["message"])
    return found


CHECKERS = {"mypy": run_mypy, "pyright": run_pyright}


@pytest.mark.parametrize("checker", CHECKERS)
def test_user_code_type_checks_clean(checker: str, tmp_path: Path) -> None:
    errors = CHECKERS[checker](OK, tmp_path)
    assert errors == {}, f"{checker} refused correct user code: {errors}"


@pytest.mark.parametrize("checker", CHECKERS)
def test_user_mistakes_are_type_errors(checker: str, tmp_path: Path) -> None:
    errors = CHECKERS[checker](FAILS, tmp_path)
    want = expected_lines()
    assert len(want) >= 9
    missing = sorted(want - errors.keys())
    unexpected = {n: errors[n] for n in sorted(errors.keys() - want)}
    assert not missing, f"{checker} accepted lines it must refuse: {missing}"
    assert not unexpected, f"{checker} refused lines that are fine: {unexpected}"


def test_editable_install_exposes_both_roots_to_type_checkers() -> None:
    """An editable install's import hook is invisible to type checkers: a static path entry is not."""
    import sysconfig

    purelib = Path(sysconfig.get_paths()["purelib"])
    entries = {
        line.strip()
        for pth in purelib.glob("*.pth")
        for line in pth.read_text().splitlines()
        if line.strip() and not line.startswith(("import ", "#"))
    }
    installed = {str(ROOT / "src"), str(ROOT / "generated")}
    if not installed & entries and "site-packages" in str(Path(__import__("commerce_sdk").__file__)):
        pytest.skip("a wheel install: the packages are in site-packages")
    assert installed <= entries, f"{sorted(installed - entries)} missing from the .pth entries {entries}"
    for package in (
        "commerce_sdk",
        "commerce_sdk_clients.jtl_erp",
        "commerce_sdk_clients.chift",
        "commerce_sdk_clients.packcloud",
    ):
        root = "src" if package == "commerce_sdk" else "generated"
        assert ROOT.joinpath(root, *package.split("."), "py.typed").exists(), package
