"""The manifest: what each generated function is, written next to the package.

The facade reads it to know, per generated function, its method and path, which
header carries the tenant, which headers it owns, and whether the operation is a
paged list.  Codegen also diffs two manifests for the change report.
"""

from __future__ import annotations

from typing import Any

from .names import python_name, tag_name
from .normalise import HTTP_METHODS, Normalised


def _deref(spec: dict[str, Any], node: Any, depth: int = 0) -> Any:
    while isinstance(node, dict) and "$ref" in node and depth < 50:
        ref = node["$ref"]
        cur: Any = spec
        for part in ref[2:].split("/"):
            cur = cur[part.replace("~1", "/").replace("~0", "~")]
        node = cur
        depth += 1
    return node


def type_string(spec: dict[str, Any], schema: Any, depth: int = 0) -> str:
    """A short, stable description of a schema's type for change reports."""
    if not isinstance(schema, dict) or depth > 4:
        return "any"
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    for combo in ("anyOf", "oneOf", "allOf"):
        if combo in schema:
            parts = sorted(type_string(spec, s, depth + 1) for s in schema[combo])
            return f"{combo}[{', '.join(parts)}]"
    kind = schema.get("type", "any")
    if isinstance(kind, list):
        kind = "|".join(sorted(str(k) for k in kind))
    if kind == "array" or (isinstance(kind, str) and "array" in kind.split("|")):
        return f"array<{type_string(spec, schema.get('items'), depth + 1)}>"
    text = str(kind)
    if schema.get("format"):
        text += f"/{schema['format']}"
    if schema.get("nullable"):
        text += "|null"
    if "enum" in schema:
        text += "{" + ",".join(sorted(str(v) for v in schema["enum"])) + "}"
    return text


def _top_fields(spec: dict[str, Any], schema: Any, seen: frozenset[int] = frozenset()) -> list[str]:
    schema = _deref(spec, schema)
    if not isinstance(schema, dict) or id(schema) in seen:  # allOf reaching itself: once is enough
        return []
    seen = seen | {id(schema)}
    fields = list((schema.get("properties") or {}).keys())
    for part in schema.get("allOf", []) or []:
        fields.extend(_top_fields(spec, part, seen))
    return fields


def _json_schema(spec: dict[str, Any], holder: Any) -> Any:
    holder = _deref(spec, holder)
    content = (holder or {}).get("content") or {}
    for ctype, media in content.items():
        if "json" in ctype and isinstance(media, dict):
            return media.get("schema")
    return None


def _reachable_models(spec: dict[str, Any], roots: list[Any]) -> set[str]:
    """Component schema names a request body can contain (a new required field there breaks callers)."""
    prefix = "#/components/schemas/"
    found: set[str] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(prefix):
                name = ref[len(prefix) :].replace("~1", "/").replace("~0", "~")
                if name not in found:
                    found.add(name)
                    stack.append(((spec.get("components") or {}).get("schemas") or {}).get(name))
            stack.extend(v for k, v in node.items() if k != "$ref")
        elif isinstance(node, list):
            stack.extend(node)
    return found


def build_manifest(norm: Normalised, package: str) -> dict[str, Any]:
    spec = norm.spec
    operations: dict[str, Any] = {}
    request_roots: list[Any] = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            op_id = op["operationId"]
            tag = tag_name((op.get("tags") or ["default"])[0])
            key = f"{tag}.{python_name(op_id)}"
            params = op.get("parameters", []) or []
            responses: dict[str, Any] = {}
            success_schema = None
            for code, resp in sorted((op.get("responses") or {}).items()):
                schema = _json_schema(spec, resp)
                content = (_deref(spec, resp) or {}).get("content") or {}
                media = sorted(m for m in content if "json" not in m.lower())
                if schema is not None:
                    responses[str(code)] = type_string(spec, schema)
                elif media:  # a download arrives as a File; other media types as raw bytes only
                    kind = "file" if media[0] == "application/octet-stream" else "raw"
                    responses[str(code)] = f"{kind}<{media[0]}>"
                else:
                    responses[str(code)] = None
                if success_schema is None and str(code).startswith("2") and schema is not None:
                    success_schema = schema
            body = _deref(spec, op.get("requestBody"))
            body_schema = _json_schema(spec, body) if body else None
            if body_schema is not None:
                request_roots.append(body_schema)
            operations[key] = {
                "operation_id": op_id,
                "method": method.upper(),
                "path": path,
                "path_params": {p["name"]: python_name(p["name"]) for p in params if p["in"] == "path"},
                "query": {
                    p["name"]: type_string(spec, p.get("schema")) for p in params if p["in"] == "query"
                },
                "query_python": {p["name"]: python_name(p["name"]) for p in params if p["in"] == "query"},
                "headers": {
                    p["name"]: type_string(spec, p.get("schema")) for p in params if p["in"] == "header"
                },
                "owned_headers": sorted(norm.owned.get(op_id, {}).get("owned_headers", [])),
                "tenant_header": norm.owned.get(op_id, {}).get("tenant_header"),
                "body": type_string(spec, body_schema) if body else None,
                "body_required": bool((body or {}).get("required")),
                "required": sorted(p["name"] for p in params if p.get("required")),
                "responses": responses,
                "success_fields": {f: python_name(f) for f in _top_fields(spec, success_schema)},
            }
    request_models = _reachable_models(spec, request_roots)
    models: dict[str, Any] = {}
    for name, schema in sorted(((spec.get("components") or {}).get("schemas") or {}).items()):
        schema = _deref(spec, schema)
        props: dict[str, str] = {}
        required: set[str] = set()
        if isinstance(schema, dict):
            for part in [schema, *[_deref(spec, s) for s in schema.get("allOf", []) or []]]:
                if isinstance(part, dict):
                    for prop, sub in (part.get("properties") or {}).items():
                        props[prop] = type_string(spec, sub)
                    required.update(r for r in part.get("required", []) or [] if isinstance(r, str))
        models[name] = {
            "type": type_string(spec, schema) if not props else "object",
            "properties": props,
            "required": sorted(required),
            "in_requests": name in request_models,
        }
    info = spec.get("info", {})
    return {
        "package": package,
        "title": info.get("title"),
        "version": info.get("version"),
        "servers": [s.get("url") for s in spec.get("servers", []) or [] if isinstance(s, dict)],
        "operations": dict(sorted(operations.items())),
        "models": models,
    }
