"""`make dist-check`: what users install is built, checked and run, away from this checkout.

1. `python -m build` (sdist, then the wheel from that sdist) with the given warnings as errors;
2. `twine check --strict` on both;
3. the wheel holds what the SDK reads at run time (py.typed, each generated package with its
   `_manifest.json`, `_openapi.json`, `_provider.json` and overlays, the codegen templates,
   the sandbox, the webhooks module, the `commerce-sdk` script) and nothing of the repo's
   tests, examples or benchmarks; its metadata has the SPDX license and no deprecated field;
4. a fresh venv (the given interpreter) installs the wheel with the `sandbox` and `aiohttp`
   extras under the lock; from a directory outside the repo, with no PYTHONPATH, it imports
   the SDK from site-packages, runs `python -m commerce_sdk.sandbox --help`,
   `commerce-sdk --help`, `commerce-sdk sandbox --help`, and the demo's main flow
   (examples/demo.py run by path).

Exits non-zero naming the first problem.
"""

from __future__ import annotations

import argparse
import email.parser
import os
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

from commerce_sdk import _renamed  # the alias names the wheel must carry (one list, not a copy)

ROOT = Path(__file__).resolve().parents[1]
# Package folders relative to generated/ ("commerce_sdk_clients/chift"), wherever codegen put them.
GENERATED = sorted(
    p.parent.relative_to(ROOT / "generated").as_posix() for p in (ROOT / "generated").rglob("_manifest.json")
)
RENAMED = tuple(_renamed.RENAMED)  # the deprecated alias packages, until 0.3
PACKAGE_FILES = ("__init__.py", "py.typed", "_manifest.json", "_openapi.json", "_provider.json")
TEMPLATES = sorted(p.name for p in (ROOT / "src/commerce_sdk/_codegen/templates").glob("*.jinja"))
DEMO_LINES = (
    "2500 items in 25 pages",
    "verified account.connection.created for consumer",
    "products sync queued, stock sync queued",
    "sandbox stopped",
)


class Failure(Exception):
    pass


def run(
    cmd: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 300
) -> str:
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout, check=False)
    shown = " ".join(Path(c).name if "/" in c else c for c in cmd[:4])
    print(f"  {time.perf_counter() - started:5.1f}s  {shown}")
    if proc.returncode != 0:
        raise Failure(
            f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
        )
    return proc.stdout + proc.stderr


def clean_env(**extra: str) -> dict[str, str]:
    """The caller's environment without anything that could put this checkout on sys.path."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP")}
    env = {k: v for k, v in env.items() if not k.startswith(("JTL_", "CHIFT_", "PACKCLOUD_", "VIRTUAL_ENV"))}
    return {**env, **extra}


def build(out: Path, warnings: str) -> tuple[Path, Path]:
    print(f"build (warnings as errors: {warnings})")
    run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        env=clean_env(PYTHONWARNINGS=warnings),
    )
    wheels, sdists = list(out.glob("*.whl")), list(out.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        raise Failure(f"expected one wheel and one sdist in {out}, found {wheels + sdists}")
    run([sys.executable, "-m", "twine", "check", "--strict", str(wheels[0]), str(sdists[0])])
    return wheels[0], sdists[0]


def check_wheel(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = [
        "commerce_sdk/py.typed",
        "commerce_sdk/webhooks/__init__.py",
        "commerce_sdk/sandbox/__main__.py",
    ]
    wanted += [f"commerce_sdk/_codegen/templates/{t}" for t in TEMPLATES]
    wanted += [f"{old}/__init__.py" for old in RENAMED]
    for package in GENERATED:
        wanted += [f"{package}/{name}" for name in PACKAGE_FILES]
        overlays = (ROOT / "generated" / package / "_overlays").glob("*.yaml")
        wanted += [f"{package}/_overlays/{p.name}" for p in overlays]
    missing = [name for name in wanted if name not in names]
    stray = sorted(n for n in names if n.split("/")[0] in ("tests", "examples", "bench", "scripts", "specs"))
    if missing or stray:
        raise Failure(f"wheel {wheel.name}: missing {missing}, must not hold {stray[:10]}")
    if not TEMPLATES or not GENERATED:
        raise Failure("found no codegen templates or generated packages in the checkout")
    dist_info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
    meta = email.parser.Parser().parsestr(zipfile.ZipFile(wheel).read(f"{dist_info}/METADATA").decode())
    if meta["License-Expression"] != "LicenseRef-Proprietary" or meta["License"] is not None:
        raise Failure(
            f"wheel metadata: License-Expression={meta['License-Expression']!r}, License={meta['License']!r}"
        )
    entry_points = zipfile.ZipFile(wheel).read(f"{dist_info}/entry_points.txt").decode()
    if "commerce-sdk = commerce_sdk._cli:main" not in entry_points:
        raise Failure(f"wheel entry points lack the commerce-sdk script:\n{entry_points}")
    print(
        f"wheel contents: {len(names)} files; {len(GENERATED)} generated packages, {len(TEMPLATES)} templates"
    )


def check_sdist(sdist: Path) -> None:
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    wanted = ["pyproject.toml", "README.md", "src/commerce_sdk/py.typed"]
    wanted += [f"generated/{p}/_openapi.json" for p in GENERATED]
    missing = [n for n in wanted if n not in names]
    if missing:
        raise Failure(f"sdist {sdist.name}: missing {missing}")


def check_installed(wheel: Path, python: str, constraints: Path, work: Path) -> None:
    print(f"fresh venv with {python}")
    venv = work / "venv"
    run([python, "-m", "venv", str(venv)])
    py = venv / "bin" / "python"
    env = clean_env()
    run(
        [str(py), "-m", "pip", "install", "--quiet", "-c", str(constraints), f"{wheel}[sandbox,aiohttp]"],
        env=env,
    )
    outside = work / "elsewhere"
    outside.mkdir()
    where = run(
        [
            str(py),
            "-c",
            "import commerce_sdk, commerce_sdk.webhooks, commerce_sdk_clients.chift;"
            " print(commerce_sdk.__file__)",
        ],
        env=env,
        cwd=outside,
    ).strip()
    if not where.startswith(str(venv)) or str(ROOT) in where:
        raise Failure(f"commerce_sdk was imported from {where}, not from the fresh venv")
    cli = str(venv / "bin" / "commerce-sdk")
    for cmd in (
        [str(py), "-m", "commerce_sdk.sandbox", "--help"],
        [cli, "sandbox", "--help"],
        [cli, "--help"],  # `commerce-sdk codegen` needs the codegen extra: tests/packaging covers it
    ):
        if "usage:" not in run(cmd, env=env, cwd=outside):
            raise Failure(f"{cmd[-3:]} printed no usage")
    # Run by path: sys.path[0] is examples/ (the demo alone), never the repo's src/ or generated/.
    demo = run([str(py), str(ROOT / "examples" / "demo.py")], env=env, cwd=outside, timeout=180)
    missing = [line for line in DEMO_LINES if line not in demo]
    if missing or "Traceback" in demo:
        raise Failure(f"the demo from the wheel did not print {missing}:\n{demo[-3000:]}")
    version = run([str(py), "-c", "import sys; print(sys.version.split()[0])"], env=env).strip()
    print(f"installed wheel works on Python {version}: sandbox --help, commerce-sdk (sandbox) --help, demo")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--python", required=True, help="interpreter for the fresh venv")
    parser.add_argument("--constraints", type=Path, required=True)
    parser.add_argument("--build-warnings", default="error::DeprecationWarning,error::UserWarning")
    args = parser.parse_args()
    if not args.python:
        print("dist-check: no interpreter given for the fresh venv", file=sys.stderr)
        return 2
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="commerce-sdk-dist-") as tmp:
        work = Path(tmp)
        try:
            wheel, sdist = build(work / "dist", args.build_warnings)
            check_wheel(wheel)
            check_sdist(sdist)
            check_installed(wheel, args.python, args.constraints.resolve(), work)
        except (Failure, subprocess.TimeoutExpired) as exc:
            print(f"dist-check: FAILED: {exc}", file=sys.stderr)
            return 1
    print(f"dist-check: ok in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
