"""The README's coverage tables, written by codegen from the manifests it ships.

What the README says is shipped is counted from the generated packages themselves, so
it cannot drift from them: `./codegen.sh` rewrites the block between the markers and
`./codegen.sh --check` fails when it is stale.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from .errors import SpecError
from .generate import MANIFEST, ProviderSpec, package_path

BEGIN = "<!-- coverage:begin (written by ./codegen.sh from generated/*/_manifest.json; do not edit) -->"
END = "<!-- coverage:end -->"
PAGE_PARAMS = {("pageNumber", "pageSize"), ("page", "size"), ("page", "per_page")}


def _is_paged(op: dict[str, Any]) -> bool:
    query = set(op.get("query") or {})
    return any(page in query and size in query for page, size in PAGE_PARAMS)


def render(providers: list[ProviderSpec], out_dir: Path) -> str:
    lines = [BEGIN, ""]
    summary = []
    for provider in providers:
        try:
            manifest = json.loads((package_path(out_dir, provider.package) / MANIFEST).read_text())
        except (OSError, ValueError) as exc:
            raise SpecError(
                str(package_path(out_dir, provider.package)), f"no readable manifest: {exc}"
            ) from exc
        ops: dict[str, Any] = manifest["operations"]
        summary.append(f"{provider.name} {len(ops)}")
        per_tag: Counter[str] = Counter(key.split(".", 1)[0] for key in ops)
        paged: Counter[str] = Counter(key.split(".", 1)[0] for key, op in ops.items() if _is_paged(op))
        owned = sorted({h for op in ops.values() for h in op.get("owned_headers") or []}, key=str.lower)
        tenant_headers = sorted({op["tenant_header"] for op in ops.values() if op.get("tenant_header")})
        lines.append(
            f"**{provider.name}** (`{provider.package}`, {manifest.get('title')} {manifest.get('version')}): "
            f"{len(ops)} operations, {sum(paged.values())} paged lists, "
            f"{len(manifest.get('models') or {})} models."
        )
        fills = [f"`{h}`" for h in owned if h not in tenant_headers]
        if tenant_headers:
            fills.append(
                "the tenant header " + " / ".join(f"`{h}`" for h in tenant_headers) + " (per operation)"
            )
        if provider.tenant_path_param:
            fills.append(f"the `{provider.tenant_path_param}` path parameter (the scope's tenant)")
        lines.append(f"The facade fills: {', '.join(fills) or 'nothing'}.")
        lines.append("")
        lines.append("| tag | operations | paged lists |")
        lines.append("|---|---:|---:|")
        for tag in sorted(per_tag):
            lines.append(f"| `{tag}` | {per_tag[tag]} | {paged[tag]} |")
        lines.append("")
    lines.insert(2, f"Shipped operations: {', '.join(summary)}.")
    lines.insert(3, "")
    lines.append(END)
    return "\n".join(lines)


def splice(text: str, block: str, source: str) -> str:
    if BEGIN not in text or END not in text:
        raise SpecError(source, "the coverage markers are missing")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return head + block + tail


def update_readme(readme: Path, providers: list[ProviderSpec], out_dir: Path, *, check: bool) -> list[str]:
    """Rewrite the coverage block (or, with check, report that it is stale)."""
    text = readme.read_text(encoding="utf-8")
    new = splice(text, render(providers, out_dir), str(readme))
    if new == text:
        return []
    if check:
        return [f"{readme}: the coverage tables are stale; run ./codegen.sh"]
    readme.write_text(new, encoding="utf-8")
    return []
