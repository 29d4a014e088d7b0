"""The API reference, `docs/api/<provider>.md`, written by codegen from the packages it ships.

Read from the same typed resources users call (their signatures, result types, paging) and
the manifest (HTTP method, path, error statuses), so it cannot drift from the code:
`./codegen.sh` rewrites it and `./codegen.sh --check` fails when it is stale.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from .errors import SpecError
from .generate import MANIFEST, ProviderSpec, package_path
from .resources import Method, read_methods


def _method_doc(m: Method, responses: dict[str, Any]) -> list[str]:
    call = f"scope.{m.tag}.{m.name}"
    params = ", ".join(f"`{p.signature()}`" for p in m.params) or "none"
    errors = ", ".join(
        f"{code}" + (f" (`{responses[code]}`)" if responses.get(code) else "") for code in m.error_statuses
    )
    lines = [
        f"#### `{m.key}`",
        "",
        f"- call: `await {call}(...)` → `{m.success}`",
        f"- HTTP: `{m.http_method} {m.path}`",
        f"- parameters (keyword-only; `options: RequestOptions | None` too): {params}",
    ]
    if m.filled:
        lines.append(f"- filled by the scope: {', '.join(f'`{f}`' for f in m.filled)}")
    if m.page_params:
        item = m.item_type or "Any"
        lines.append(
            f"- pages: yes — `{call}.paginate(...)` → `AsyncIterator[{item}]`, "
            f"`{call}.pages(...)` → `AsyncIterator[Page[{item}]]` (`{m.page_params[0]}`/`{m.page_params[1]}` "
            "set by the pager)"
        )
    else:
        lines.append("- pages: no")
    lines.append(f"- error statuses (raise typed errors): {errors or 'none declared'}")
    lines.append("")
    return lines


def render(provider: ProviderSpec, out_dir: Path) -> str:
    pkg_dir = package_path(out_dir, provider.package)
    try:
        manifest = json.loads((pkg_dir / MANIFEST).read_text())
    except (OSError, ValueError) as exc:
        raise SpecError(str(pkg_dir), f"no readable manifest: {exc}") from exc
    methods = read_methods(manifest, pkg_dir, provider.tenant_path_param)
    per_tag: Counter[str] = Counter(m.tag for m in methods)
    paged: Counter[str] = Counter(m.tag for m in methods if m.page_params)
    lines = [
        f"# {provider.name} API reference (`{provider.package}`)",
        "",
        "<!-- written by ./codegen.sh from generated/ (typed resources and manifest); do not edit -->",
        "",
        f"{manifest.get('title')} {manifest.get('version')}: {len(methods)} operations, "
        f"{sum(paged.values())} paged lists. Every operation is a typed method of a scope, "
        "`await scope.<tag>.<operation>(...)`, returning the success model; error statuses raise "
        "the SDK's typed errors (`NotFoundError`, ...). The generic `scope.call(module, ...)` reaches "
        "the same operations.",
        "",
        "| tag | operations | paged lists |",
        "|---|---:|---:|",
    ]
    lines += [f"| [`{tag}`](#{tag}) | {per_tag[tag]} | {paged[tag]} |" for tag in sorted(per_tag)]
    lines.append("")
    for tag in sorted(per_tag):
        lines += [f"## {tag}", ""]
        for m in sorted((m for m in methods if m.tag == tag), key=lambda m: m.name):
            lines += _method_doc(m, manifest["operations"][m.key]["responses"])
    return "\n".join(lines).rstrip() + "\n"


def update_api_docs(docs: Path, providers: list[ProviderSpec], out_dir: Path, *, check: bool) -> list[str]:
    """Rewrite docs/api/<provider>.md (or, with check, report the stale ones)."""
    problems = []
    for provider in providers:
        path = docs / f"{provider.name}.md"
        new = render(provider, out_dir)
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if new == old:
            continue
        if check:
            problems.append(f"{path}: the API reference is stale; run ./codegen.sh")
        else:
            docs.mkdir(parents=True, exist_ok=True)
            path.write_text(new, encoding="utf-8")
    return problems
