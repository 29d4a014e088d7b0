"""Spec -> client package, atomically, reproducibly, with a coverage check.

Pipeline per provider: load -> overlays -> normalise -> generator (pinned, our
templates) -> manifest + coverage + import check -> change report -> swap into
place.  Nothing in the output directory changes unless every step succeeded.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .bundle import bundle
from .bundled import write_bundle
from .errors import SpecError
from .normalise import Normalised, ProviderRules, check_version, normalise
from .overlay import apply_overlay
from .report import ChangeReport, diff_manifests
from .resources import write_resources

TEMPLATES = Path(__file__).parent / "templates"
# Modules copied into every generated package, name in the package -> source.
RUNTIME = {"_decoding.py": Path(__file__).parent / "runtime" / "decoding.py"}
STAMP = ".codegen-stamp.json"
MANIFEST = "_manifest.json"
CONTRACT = "_openapi.json"
GENERATOR = "openapi-python-client"

# Generator warnings we understand, with what they mean for users.  Anything else is
# "unexplained" and fails a strict run, so a new kind of loss can never go unnoticed.
EXPLAINED: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"Unsupported content_type (?!application/json)", re.S),
        "a response/body in a non-JSON media type (e.g. XML, PDF): the operation is generated and "
        "the raw bytes are on Response.content",
    ),
    (
        re.compile(r"Unsupported content_type application/json", re.S),
        "should not happen: JSON is always supported",
    ),
    (
        re.compile(r"Unsupported content type (?!application/json\b)", re.S),
        "a request body media type the generator cannot encode (e.g. XML) next to one it can: the "
        "operation is generated with the other media type(s)",
    ),
]
BUNDLE_WARNING = "an external $ref that does not resolve, where nothing generated needs it"
NORMALISE_WARNING = "part of the document that is deliberately not generated"


@dataclass
class ProviderSpec:
    name: str
    spec: Path
    package: str
    overlays: list[Path] = field(default_factory=list)
    rules: ProviderRules = field(default_factory=ProviderRules)
    official_url: str | None = None
    # The spec is a facts-only transcription of the vendor's file: `update` transcribes what it takes.
    transcribe: bool = False
    # The path parameter a provider's scope fills (documentation: the README's coverage tables).
    tenant_path_param: str | None = None


@dataclass
class Result:
    provider: str
    package_dir: Path
    skipped: bool
    operations: int = 0
    generated: int = 0
    responses: int = 0
    responses_generated: int = 0
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (warning, explanation)
    unexplained: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    report: ChangeReport | None = None


def load_document(path: Path) -> Any:
    """Read a YAML or JSON spec; a parse failure names the file and the position."""
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError(source, f"cannot read: {exc.strerror}") from exc
    return parse_document(raw, source)


def parse_document(raw: bytes, source: str) -> Any:
    """Parse YAML or JSON bytes (JSON by suffix or first character); errors name `source`."""
    try:
        if source.lower().split("?", 1)[0].endswith(".json") or raw.lstrip()[:1] in (b"{", b"["):
            return json.loads(raw)
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(raw, Loader=loader)  # a safe loader (CSafeLoader/SafeLoader)
    except json.JSONDecodeError as exc:
        raise SpecError(source, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    except yaml.YAMLError as exc:
        raise SpecError(source, f"invalid YAML: {exc}") from exc
    except RecursionError as exc:
        raise SpecError(source, "document nests too deeply to read") from exc
    except UnicodeDecodeError as exc:
        raise SpecError(source, f"not UTF-8 text (byte {exc.start})") from exc


def write_document(doc: Any, path: Path) -> None:
    """Write a spec as JSON or YAML (by suffix), deterministically: the same document, the same bytes."""
    if path.suffix.lower() == ".json":
        path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(
        doc, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False
    )
    path.write_text(text, encoding="utf-8")


def load_providers(sources: Path) -> dict[str, ProviderSpec]:
    doc = load_document(sources)
    if not isinstance(doc, dict) or not isinstance(doc.get("providers"), dict):
        raise SpecError(str(sources), "expected a mapping with 'providers'")
    base = sources.parent
    providers: dict[str, ProviderSpec] = {}
    for name, entry in doc["providers"].items():
        try:
            rules = entry.get("normalise", {}) or {}
            op_rule = rules.get("operation_id") or {}
            providers[name] = ProviderSpec(
                name=name,
                spec=base / entry["spec"],
                package=entry["package"],
                overlays=[base / o for o in entry.get("overlays", []) or []],
                official_url=entry.get("official_url"),
                transcribe=bool(entry.get("transcribe", False)),
                tenant_path_param=entry.get("tenant_path_param"),
                rules=ProviderRules(
                    owned_headers=list(rules.get("owned_headers", []) or []),
                    tenant_header_pattern=rules.get("tenant_header"),
                    operation_id_pattern=op_rule.get("pattern"),
                    operation_id_replace=op_rule.get("replace"),
                ),
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise SpecError(str(sources), f"provider {name!r}: bad entry ({exc})") from exc
    return providers


def generator_version() -> str:
    return importlib.metadata.version(GENERATOR)


def _hash_tree(root: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.name != STAMP:
            out[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def inputs_hash(provider: ProviderSpec) -> str:
    """Everything that determines the output: spec, overlays, rules, templates, codegen, generator."""
    h = hashlib.sha256()
    h.update(generator_version().encode())
    h.update(provider.package.encode())
    h.update(json.dumps(provider.rules.__dict__, sort_keys=True).encode())
    for path in [provider.spec, *provider.overlays]:
        h.update(path.read_bytes() if path.exists() else b"<missing>")
    for name in _referenced_files(provider.spec):
        h.update(name.encode())
        h.update(Path(name).read_bytes() if Path(name).is_file() else b"<missing>")
    here = Path(__file__).parent
    for path in sorted([*here.glob("*.py"), *TEMPLATES.rglob("*.jinja"), *RUNTIME.values()]):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


_EXTERNAL_REF = re.compile(rb"""\$ref["']?\s*:\s*["']?(?!#)[^\s"']""")


def _referenced_files(spec: Path) -> list[str]:
    """The other files a multi-file spec pulls in: a change to any of them regenerates."""
    try:
        raw = spec.read_bytes()
    except OSError:
        return []
    if not _EXTERNAL_REF.search(raw):
        return []
    try:
        return bundle(parse_document(raw, str(spec)), spec).files[1:]
    except (SpecError, KeyError, TypeError, ValueError, RecursionError):
        return []  # the build itself reports what is wrong


def package_path(out_dir: Path, package: str) -> Path:
    """Where `package` lives under `out_dir`: a dotted name (`ns.pkg`) in its namespace's folder."""
    return out_dir.joinpath(*package.split("."))


def report_path(out_dir: Path, package: str) -> Path:
    """The change report beside its package: `<out>/ns/pkg.changes.md` for `ns.pkg`."""
    where = package_path(out_dir, package)
    return where.with_name(f"{where.name}.changes.md")


def read_stamp(package_dir: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((package_dir / STAMP).read_text())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def check_current(provider: ProviderSpec, out_dir: Path) -> list[str]:
    """Problems that make `out_dir/<package>` differ from what codegen would write now."""
    package_dir = package_path(out_dir, provider.package)
    stamp = read_stamp(package_dir)
    if stamp is None:
        return [f"{package_dir}: missing or unreadable {STAMP}; run ./codegen.sh"]
    problems = []
    if stamp.get("inputs") != inputs_hash(provider):
        problems.append(f"{provider.name}: spec, overlays, templates or generator changed; run ./codegen.sh")
    recorded: dict[str, str] = stamp.get("files", {})
    actual = _hash_tree(package_dir)
    for rel in sorted(recorded.keys() | actual.keys()):
        if recorded.get(rel) != actual.get(rel):
            what = "added" if rel not in recorded else "deleted" if rel not in actual else "edited"
            problems.append(f"{package_dir / rel}: {what} by hand (generated/ is written by codegen only)")
    return problems


def read_manifest(package_dir: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((package_dir / MANIFEST).read_text())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _explain(detail: str) -> str | None:
    for pattern, explanation in EXPLAINED:
        if pattern.search(detail):
            return explanation
    return None


def _run_generator(
    spec_path: Path, package: str, pkg_dir: Path, content_type_overrides: dict[str, str] | None = None
) -> list[tuple[str, str, str]]:
    """Run the pinned generator in-process; returns (level, header, detail) per message."""
    from openapi_python_client import generate
    from openapi_python_client.config import Config, ConfigFile, MetaType

    # The binary, not `python -m ruff`: the hook runs inside the package directory, where
    # a generated `types.py` would shadow the standard library for a Python process.
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    ruff = find_ruff_bin()
    config_file = ConfigFile(
        package_name_override=package,
        project_name_override=package.replace("_", "-"),
        content_type_overrides=content_type_overrides or None,
        # --no-cache: a .ruff_cache/ left in the package is path-dependent (breaks byte-identical
        # output) and git-ignored (a fresh clone would fail --check).
        post_hooks=[
            f"{ruff} check . --isolated --no-cache --fix-only --extend-select=I --line-length=110 --quiet",
            f"{ruff} format . --isolated --no-cache --line-length=110 --quiet",
        ],
    )
    config = Config.from_sources(
        config_file,
        MetaType.NONE,
        document_source=spec_path,
        file_encoding="utf-8",
        overwrite=True,
        output_path=pkg_dir,
    )
    # The generator prints progress to stdout; keep our log readable.
    saved = sys.stdout
    try:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        errors = generate(config=config, custom_template_path=TEMPLATES)
    finally:
        sys.stdout.close()
        sys.stdout = saved
    return [(e.level.value, e.header, str(e.detail or "")) for e in errors]


def _coverage(manifest: dict[str, Any], pkg_dir: Path, result: Result) -> None:
    result.operations = len(manifest["operations"])
    for key, op in manifest["operations"].items():
        tag, module = key.split(".", 1)
        path = pkg_dir / "api" / tag / f"{module}.py"
        if not path.exists():
            continue
        text = path.read_text()
        if "async def asyncio_detailed(" not in text:
            continue
        result.generated += 1
        for code, schema in op["responses"].items():
            if not code.isdigit() or schema is None or schema.startswith("raw<"):
                continue
            result.responses += 1
            if f"response.status_code == {code}" in text:
                result.responses_generated += 1


def _import_check(root: Path, package: str) -> None:
    """Every module of `package` (found under `root`) imports in a fresh interpreter."""
    script = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({package!r})\n"
        "for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    importlib.import_module(m.name)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(root), PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["unknown error"])[-1]
        raise SpecError(str(package_path(root, package)), f"generated package does not import: {last}")


def build(
    provider: ProviderSpec,
    out_dir: Path,
    *,
    force: bool = False,
    strict: bool = True,
    log: Any = print,
    baseline: Path | None = None,
) -> Result:
    """Generate one provider into out_dir/<package>; atomic, skipped when inputs are unchanged.

    `baseline` is the package the change report compares with (default: the one replaced).
    """
    package_dir = package_path(out_dir, provider.package)
    digest = inputs_hash(provider)
    stamp = read_stamp(package_dir)
    unchanged = stamp is not None and stamp.get("inputs") == digest
    if unchanged and stamp is not None and stamp.get("files") != _hash_tree(package_dir):
        log(f"[{provider.name}] files differ from the stamp (edited by hand?); regenerating")
        unchanged = False
    if not force and unchanged:
        log(f"[{provider.name}] unchanged (inputs and {GENERATOR} {generator_version()}); skipped")
        return Result(provider.name, package_dir, skipped=True)

    source = str(provider.spec)
    doc = load_document(provider.spec)
    check_version(doc, source)
    try:
        bundled = bundle(doc, provider.spec)
        doc = bundled.doc
        for overlay_path in provider.overlays:
            doc = apply_overlay(doc, load_document(overlay_path), str(overlay_path))
        norm: Normalised = normalise(doc, provider.rules, source)
    except (KeyError, TypeError, AttributeError, ValueError, IndexError, RecursionError) as exc:
        # A shape no rule expected (a list where a mapping belongs, say): name the file, no traceback.
        raise SpecError(source, f"cannot process this document: {type(exc).__name__}: {exc}") from exc

    from .manifest import build_manifest

    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".tmp-{provider.package}-", dir=out_dir))
    result = Result(provider.name, package_dir, skipped=False, counts=dict(sorted(norm.counts.items())))
    result.warnings += [(w, BUNDLE_WARNING) for w in bundled.warnings]
    result.warnings += [(w, NORMALISE_WARNING) for w in norm.warnings]
    try:
        spec_path = work / "normalised.json"
        spec_path.write_text(json.dumps(norm.spec, indent=1, ensure_ascii=False))
        pkg_tmp = package_path(work, provider.package)
        pkg_tmp.parent.mkdir(parents=True, exist_ok=True)
        try:
            messages = _run_generator(spec_path, pkg_tmp.name, pkg_tmp, norm.content_type_overrides)
        except Exception as exc:  # the pinned generator crashing on a spec is still the spec's error
            raise SpecError(source, f"generator crashed on this spec: {type(exc).__name__}: {exc}") from exc
        fatal = [m for m in messages if m[0] == "ERROR"]
        if fatal or not (pkg_tmp / "__init__.py").exists():
            detail = "; ".join(f"{h} {d}".strip() for _, h, d in fatal)[:2000] or "no package written"
            raise SpecError(source, f"generator failed: {detail}")
        for _, header, detail in messages:
            text = f"{header} {detail}".strip()
            explanation = _explain(text)
            if explanation is None:
                result.unexplained.append(text)
            else:
                result.warnings.append((text, explanation))

        manifest = build_manifest(norm, provider.package)
        # The contract as the server sees it (overlays applied, before normalising away the
        # facade-owned headers): the sandbox routes and validates against this copy, so a
        # regenerated spec is served at once.
        (pkg_tmp / CONTRACT).write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
        (pkg_tmp / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=False) + "\n")
        (pkg_tmp / "py.typed").write_text("# Marker file for PEP 561\n")
        write_bundle(provider, pkg_tmp)
        for name, runtime in RUNTIME.items():
            (pkg_tmp / name).write_bytes(runtime.read_bytes())
        write_resources(manifest, pkg_tmp, provider.tenant_path_param)
        _coverage(manifest, pkg_tmp, result)
        missing = result.operations - result.generated
        if strict and (missing or result.unexplained):
            problems = [f"{missing} of {result.operations} operations not generated"] if missing else []
            problems += [f"unexplained generator warning: {w[:300]}" for w in result.unexplained]
            raise SpecError(source, "; ".join(problems))
        _import_check(work, provider.package)

        old_manifest = read_manifest(baseline or package_dir)
        result.report = diff_manifests(provider.name, old_manifest, manifest)

        for cache in pkg_tmp.rglob("__pycache__"):
            shutil.rmtree(cache, ignore_errors=True)
        stamp_data = {
            "generator": f"{GENERATOR} {generator_version()}",
            "inputs": digest,
            "files": _hash_tree(pkg_tmp),
        }
        (pkg_tmp / STAMP).write_text(json.dumps(stamp_data, indent=1, sort_keys=True) + "\n")

        # Swap: the old package survives until the new one is completely in place.
        old = None
        package_dir.parent.mkdir(parents=True, exist_ok=True)
        if package_dir.exists():
            old = work / "previous"
            package_dir.rename(old)
        pkg_tmp.rename(package_dir)
        report_path(out_dir, provider.package).write_text(result.report.to_markdown())
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return result


def summary(result: Result) -> list[str]:
    if result.skipped:
        return []
    lines = [
        f"[{result.provider}] {result.generated}/{result.operations} operations, "
        f"{result.responses_generated}/{result.responses} typed responses -> {result.package_dir}",
    ]
    for rule, count in result.counts.items():
        lines.append(f"[{result.provider}]   normalised: {rule} x{count}")
    seen: dict[str, int] = {}
    for text, explanation in result.warnings:
        if explanation in (BUNDLE_WARNING, NORMALISE_WARNING):
            lines.append(f"[{result.provider}]   warning: {text[:500]}")  # one line per thing skipped
            continue
        seen[explanation] = seen.get(explanation, 0) + 1
    for explanation, count in seen.items():
        lines.append(f"[{result.provider}]   explained warning x{count}: {explanation}")
    for text in result.unexplained:
        lines.append(f"[{result.provider}]   UNEXPLAINED warning: {text[:500]}")
    return lines
