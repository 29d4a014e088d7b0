"""Command line for ./codegen.sh (see README: "Updating a vendor spec")."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from .api_doc import update_api_docs
from .bundle import bundle, has_external_refs
from .bundled import app_provider, bundled_providers, check_package_name, write_app_config
from .coverage_doc import update_readme
from .errors import SpecError
from .generate import (
    ProviderSpec,
    build,
    check_current,
    load_document,
    load_providers,
    package_path,
    report_path,
    summary,
    write_document,
)
from .normalise import check_version
from .transcribe import transcribe

ROOT = Path(__file__).resolve().parents[3]
MAX_DOWNLOAD = 64 * 1024 * 1024
SOURCES_HELP = "provider settings (default: specs/sources.yaml in a checkout, else the installed SDK's)"


def _providers(sources: Path | None) -> tuple[dict[str, ProviderSpec], str]:
    """Provider settings: a checkout's specs/sources.yaml, or the ones the installed packages carry."""
    if sources is None and (ROOT / "specs" / "sources.yaml").exists():
        sources = ROOT / "specs" / "sources.yaml"
    if sources is not None:
        return load_providers(sources), str(sources)
    return bundled_providers(), "the installed commerce-sdk"


def _default_out(out: Path | None, package: str | None) -> Path:
    if out is not None:
        return out
    if package is not None:
        raise SpecError("--package", "--package needs --out DIR (where the application keeps its package)")
    if not (ROOT / "specs" / "sources.yaml").exists():
        raise SpecError("--out", "not in an SDK checkout: name the output directory with --out DIR")
    return ROOT / "generated"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="commerce-sdk codegen",
        description="Generate the raw async clients in generated/ from specs/.",
        epilog="Subcommand: codegen.sh update PROVIDER [URL|FILE] fetches a vendor spec and regenerates.",
    )
    p.add_argument("providers", nargs="*", help="provider names from specs/sources.yaml (default: all)")
    p.add_argument("--sources", type=Path, default=None, help=SOURCES_HELP)
    p.add_argument("--out", type=Path, default=None, help="output directory (default: generated/)")
    p.add_argument(
        "--package", help="with --out: regenerate (or --check) this application package made by `update`"
    )
    p.add_argument("--spec", type=Path, help="generate this spec file instead of a configured provider")
    p.add_argument("--name", help="package name for --spec (e.g. vendor_client)")
    p.add_argument("--like", help="with --spec: use this configured provider's normalise rules")
    p.add_argument("--check", action="store_true", help="fail if generated/ is not current (CI)")
    p.add_argument("--force", action="store_true", help="regenerate even if inputs are unchanged")
    p.add_argument(
        "--no-strict",
        action="store_true",
        help="write the package even if operations are missing or warnings are unexplained",
    )
    return p


def _fetch(source: str) -> bytes:
    if source.startswith(("http://", "https://")):
        import httpx

        try:
            with httpx.stream("GET", source, follow_redirects=True, timeout=60) as resp:
                if resp.status_code != 200:
                    raise SpecError(source, f"download failed: HTTP {resp.status_code}")
                chunks, size = [], 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > MAX_DOWNLOAD:
                        raise SpecError(source, f"download larger than {MAX_DOWNLOAD} bytes")
                    chunks.append(chunk)
                return b"".join(chunks)
        except httpx.HTTPError as exc:  # connection refused, DNS, timeout, bad URL...
            raise SpecError(source, f"download failed: {type(exc).__name__}: {exc}") from exc
    try:
        return Path(source).read_bytes()
    except OSError as exc:
        raise SpecError(source, f"cannot read: {exc.strerror}") from exc


def _update_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="commerce-sdk codegen update",
        description="Take a new vendor spec: report what changes, refuse breaking changes unless accepted.",
    )
    p.add_argument("provider")
    p.add_argument("source", nargs="?", help="URL or file (default: official_url in specs/sources.yaml)")
    p.add_argument("--sources", type=Path, default=None, help=SOURCES_HELP)
    p.add_argument("--out", type=Path, default=None, help="output directory (default: generated/)")
    p.add_argument("--package", help="write the package under this name into --out (an application's copy)")
    p.add_argument("--dry-run", action="store_true", help="print the change report, write nothing")
    p.add_argument(
        "--accept-breaking",
        action="store_true",
        help="take the spec even if the report lists breaking changes",
    )
    return p


def _stage(provider: ProviderSpec, data: bytes, source: str, tmp: Path) -> Path:
    """The spec as specs/ will hold it: the vendor's facts only, when the provider is transcribed."""
    suffix = Path(source.split("?", 1)[0]).suffix.lower()
    raw = tmp / f"vendor{suffix if suffix in ('.json', '.yaml', '.yml') else ''}"
    raw.write_bytes(data)
    staged = tmp / provider.spec.name
    try:
        doc = load_document(raw)
    except SpecError as exc:
        raise SpecError(source, exc.problem) from exc
    multi_file = isinstance(doc, dict) and has_external_refs(doc)
    if multi_file:
        # Its other files resolve against the URL or file given, not the temp copy: bundle now,
        # so the spec kept beside the package is one self-contained document.
        check_version(doc, source)
        bundled = bundle(doc, source if "://" in source else Path(source))
        for warning in bundled.warnings:
            print(f"[{provider.name}]   warning: {warning}")
        doc = bundled.doc
    if not provider.transcribe:
        if multi_file:
            write_document(doc, staged)
        else:
            staged.write_bytes(data)
        return staged
    facts, _dropped = transcribe(doc, source)
    write_document(facts, staged)
    return staged


def _update(argv: list[str]) -> int:
    args = _update_parser().parse_args(argv)
    providers, where = _providers(args.sources)
    if args.provider not in providers:
        raise SpecError(where, f"unknown provider {args.provider!r}; known: {sorted(providers)}")
    provider = providers[args.provider]
    out = _default_out(args.out, args.package)
    source = args.source or provider.official_url
    if not source:
        raise SpecError(where, f"{args.provider} has no official_url; pass a URL or file")
    spec_target = provider.spec
    if args.package is not None:
        # An application's copy: its own package name, its spec kept beside the package.
        provider = replace(provider, package=check_package_name(args.package))
        given = Path(source.split("?", 1)[0]).suffix.lower()
        suffix = ".yaml" if provider.transcribe or given not in (".json", ".yml") else given
        spec_target = out / f"{args.package}.spec{suffix}"
    data = _fetch(source)
    package_dir = package_path(out, provider.package)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        staged = _stage(replace(provider, spec=spec_target), data, source, tmp)
        candidate = replace(provider, spec=staged)
        try:
            result = build(candidate, tmp / "out", force=True, baseline=package_dir, log=lambda *_: None)
        except SpecError as exc:
            if exc.source != str(staged):
                raise
            # Name what the user passed, not the temp copy that is gone when they read this.
            raise SpecError(source, exc.problem) from exc
        for line in summary(result):
            print(line)
        report = result.report
        assert report is not None
        print(report.to_markdown().rstrip())
        if report.breaking and not args.accept_breaking:
            print(
                f"[{provider.name}] refused: {len(report.breaking)} breaking change(s) listed above; "
                "nothing was changed (rerun with --accept-breaking to take them)",
                file=sys.stderr,
            )
            return 1
        if args.dry_run:
            print(f"[{provider.name}] dry run: nothing written")
            return 0
        # Only a spec that generated completely replaces ours; the package swaps atomically.
        out.mkdir(parents=True, exist_ok=True)
        previous = tmp / "previous"
        package_dir.parent.mkdir(parents=True, exist_ok=True)
        if package_dir.exists():
            package_dir.rename(previous)
        package_path(tmp / "out", provider.package).rename(package_dir)
        shutil.copyfile(report_path(tmp / "out", provider.package), report_path(out, provider.package))
        shutil.copyfile(staged, spec_target)
        if args.package is not None:
            write_app_config(out, provider.package, provider.name, spec_target.name)
    print(f"[{provider.name}] spec updated from {source} -> {spec_target}")
    # The stamp hashed the staged copy; identical bytes, so a later run is a no-op.
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    started = time.perf_counter()
    try:
        if argv[:1] == ["update"]:
            return _update(argv[1:])
        args = _parser().parse_args(argv)
        out = _default_out(args.out, args.package)
        providers, where = _providers(args.sources)
        if args.package is not None:
            selected = [app_provider(out, check_package_name(args.package), providers)]
        elif args.spec is not None:
            if not args.name:
                raise SpecError("--spec", "--name is required with --spec")
            check_package_name(args.name, "--name")
            if args.like and args.like not in providers:
                known = sorted(providers)
                raise SpecError(where, f"--like: unknown provider {args.like!r}; known: {known}")
            rules = providers[args.like].rules if args.like else ProviderSpec("x", args.spec, "x").rules
            selected = [ProviderSpec(name=args.name, spec=args.spec, package=args.name, rules=rules)]
        else:
            unknown = [n for n in args.providers if n not in providers]
            if unknown:
                known = sorted(providers)
                raise SpecError(where, f"unknown provider(s) {unknown}; known: {known}")
            selected = [providers[n] for n in (args.providers or providers)]
        # The README's coverage tables describe the shipped packages: only for a full default run.
        readme = ROOT / "README.md"
        default_run = args.spec is None and args.package is None and not args.providers
        documents = default_run and args.out is None and readme.exists()
        if args.check:
            problems = [p for prov in selected for p in check_current(prov, out)]
            if documents and not problems:
                problems += update_readme(readme, selected, out, check=True)
                problems += update_api_docs(ROOT / "docs" / "api", selected, out, check=True)
            for problem in problems:
                print(f"codegen --check: {problem}", file=sys.stderr)
            if not problems:
                print(f"codegen --check: {len(selected)} package(s) current")
            return 1 if problems else 0
        for prov in selected:
            result = build(prov, out, force=args.force, strict=not args.no_strict)
            for line in summary(result):
                print(line)
            if result.report is not None:
                print(result.report.to_markdown().rstrip())
        if documents:
            update_readme(readme, selected, out, check=False)
            update_api_docs(ROOT / "docs" / "api", selected, out, check=False)
        print(f"codegen: done in {time.perf_counter() - started:.2f}s")
        return 0
    except SpecError as exc:
        print(f"codegen: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
