"""Multi-file specs -> one document: every external `$ref` resolved and brought in.

Vendors split big specs into files (`$ref: schemas/Pet.yaml`, `common.yaml#/schemas/Error`);
the generator reads one document only.  Schemas (and anything under a components-like
`/<kind>/<name>` pointer) are *hoisted* into the root's `components`, so their names
survive as model names and recursion across files stays a `$ref`; path items,
parameters, responses and the like are inlined where they are used.  Relative
references resolve against the file (or URL) that contains them.

Own code, not prance/jsonref: those dereference by inlining every reference, which
loses component names (models get renamed or duplicated) and cannot represent
recursion; openapi-spec-validator's resolver is lazy and never writes a bundle.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urljoin, urlparse

from .errors import SpecError

COMPONENT_KINDS = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
)
# A `$ref` directly under one of these keys (or in these lists) is a schema.
_SCHEMA_KEYS = {"schema", "items", "additionalProperties", "not", "contains", "propertyNames"}
_SCHEMA_KEYS |= {"if", "then", "else", "unevaluatedItems", "unevaluatedProperties"}
_SCHEMA_MAPS = {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
_SCHEMA_LISTS = {"allOf", "anyOf", "oneOf", "prefixItems"}
# Where an unresolvable reference can be dropped: nothing is generated from these.
_DROPPABLE = {"examples", "example", "links", "callbacks", "webhooks"}
MAX_DOWNLOAD = 64 * 1024 * 1024

Reader = Callable[[str], bytes]


@dataclass
class Bundled:
    doc: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # every document read, the root first


def has_external_refs(node: Any) -> bool:
    stack = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, dict):
            ref = cur.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                return True
            stack.extend(cur.values())
        elif isinstance(cur, list):
            stack.extend(cur)
    return False


def base_uri(source: str | Path) -> str:
    """A file path or URL as the URI relative references resolve against."""
    text = str(source)
    if urlparse(text).scheme in ("http", "https", "file"):
        return text
    return Path(text).resolve().as_uri()


def read_uri(uri: str) -> bytes:
    """Bytes of a referenced document: a local file, or an http(s) download (bounded)."""
    parsed = urlparse(uri)
    if parsed.scheme == "file":
        try:
            return Path(unquote(parsed.path)).read_bytes()
        except OSError as exc:
            raise SpecError(unquote(parsed.path), f"cannot read: {exc.strerror}") from exc
    if parsed.scheme not in ("http", "https"):
        raise SpecError(uri, f"unsupported $ref scheme {parsed.scheme!r}")
    import httpx

    try:
        resp = httpx.get(uri, follow_redirects=True, timeout=60)
    except httpx.HTTPError as exc:
        raise SpecError(uri, f"download failed: {type(exc).__name__}: {exc}") from exc
    if resp.status_code != 200:
        raise SpecError(uri, f"download failed: HTTP {resp.status_code}")
    if len(resp.content) > MAX_DOWNLOAD:
        raise SpecError(uri, f"download larger than {MAX_DOWNLOAD} bytes")
    return resp.content


def _display(uri: str) -> str:
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else uri


def _pointer_get(doc: Any, pointer: str) -> Any:
    node = doc
    for raw in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
        part = unquote(raw).replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(part)
    return node


def _is_schema_context(path: tuple[str, ...]) -> bool:
    if len(path) >= 3 and path[-3:-1] == ("components", "schemas"):
        return True
    if path and path[-1] in _SCHEMA_KEYS:
        return True
    return len(path) >= 2 and (path[-2] in _SCHEMA_MAPS or path[-2] in _SCHEMA_LISTS)


class _Bundler:
    def __init__(self, root: dict[str, Any], root_uri: str, read: Reader) -> None:
        self.root = root
        self.root_uri = urldefrag(root_uri)[0]
        self.read = read
        self.docs: dict[str, Any] = {self.root_uri: root}
        self.hoisted: dict[tuple[str, str], str] = {}  # (uri, pointer) -> local "#/components/..."
        self.inlining: list[tuple[str, str]] = []
        self.warnings: list[str] = []
        # Hoisted components, kept apart from the root while it is being walked.
        self.extra: dict[str, dict[str, Any]] = {}

    def load(self, uri: str) -> Any:
        if uri not in self.docs:
            from .generate import parse_document

            self.docs[uri] = parse_document(self.read(uri), _display(uri))
        return self.docs[uri]

    def _unique_name(self, kind: str, wanted: str) -> str:
        existing = (self.root.get("components") or {}).get(kind) or {}
        taken = self.extra.setdefault(kind, {})
        base = re.sub(r"[^A-Za-z0-9_.-]", "_", wanted) or kind.rstrip("s")
        name, n = base, 1
        while name in existing or name in taken:
            n += 1
            name = f"{base}_{n}"
        return name

    def _hoist_target(self, pointer: str, path: tuple[str, ...], uri: str) -> tuple[str, str] | None:
        """(kind, name) when the target belongs in the root's components, else None (inline it)."""
        parts = [p for p in pointer.split("/") if p]
        if len(parts) >= 2 and parts[-2] in COMPONENT_KINDS:
            return parts[-2], unquote(parts[-1])
        if _is_schema_context(path):
            stem = unquote(parts[-1]) if parts else Path(urlparse(uri).path).stem
            return "schemas", stem
        return None

    def resolve(self, ref: str, current_uri: str, path: tuple[str, ...]) -> Any:
        """The replacement for a `{"$ref": ref}` found in `current_uri` at `path` (root-relative)."""
        target_uri, fragment = urldefrag(urljoin(current_uri, ref))
        pointer = unquote(fragment)
        if target_uri == self.root_uri:
            return {"$ref": "#" + fragment}  # a reference back into the root (parent-reference)
        key = (target_uri, pointer)
        if key in self.hoisted:
            return {"$ref": self.hoisted[key]}
        target = _pointer_get(self.load(target_uri), pointer)
        if current_uri == self.root_uri and len(path) == 3 and path[0] == "components":
            # The root's own `components/schemas/Pet: {$ref: schemas/Pet.yaml}`: the content
            # goes right there, under the root's name (no alias, no second name).
            self.hoisted[key] = "#/components/{}/{}".format(
                *(part.replace("~", "~0").replace("/", "~1") for part in path[1:])
            )
            return self.walk(copy.deepcopy(target), target_uri, path)
        hoist = self._hoist_target(pointer, path, target_uri)
        if hoist is None:
            if key in self.inlining:
                chain = " -> ".join(f"{_display(u)}#{p}" for u, p in [*self.inlining, key])
                raise SpecError(_display(target_uri), f"circular $ref outside any schema: {chain}")
            self.inlining.append(key)
            try:
                return self.walk(copy.deepcopy(target), target_uri, path)
            finally:
                self.inlining.pop()
        kind, wanted = hoist
        name = self._unique_name(kind, wanted)
        local = f"#/components/{kind}/{name.replace('~', '~0').replace('/', '~1')}"
        self.hoisted[key] = local
        section = self.extra[kind]
        section[name] = {}  # reserved before walking: recursion back here finds `local`
        section[name] = self.walk(copy.deepcopy(target), target_uri, ("components", kind, name))
        return {"$ref": local}

    def walk(self, node: Any, uri: str, path: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [self.walk(v, uri, (*path, str(i))) for i, v in enumerate(node)]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and (uri != self.root_uri or not ref.startswith("#")):
            try:
                replacement = self.resolve(ref, uri, path)
            except (SpecError, KeyError) as exc:
                replacement = self._unresolved(ref, uri, path, exc)
                if replacement is None:
                    return None
            siblings = {k: self.walk(v, uri, (*path, k)) for k, v in node.items() if k != "$ref"}
            if not siblings:
                return replacement
            if "$ref" in replacement:
                return {"$ref": replacement["$ref"], **siblings}  # 3.1 allows siblings of $ref
            return {**replacement, **siblings}
        return {k: self.walk(v, uri, (*path, k)) for k, v in node.items()}

    def _unresolved(self, ref: str, uri: str, path: tuple[str, ...], exc: Exception) -> Any:
        why = exc.problem if isinstance(exc, SpecError) else f"no {exc.args[0]!r} in the target document"
        where = f"$ref {ref!r} in {_display(uri)} at /{'/'.join(path)}"
        if any(p in _DROPPABLE or p.startswith("x-") for p in path):
            self.warnings.append(f"{where} does not resolve ({why}); dropped (nothing is generated from it)")
            return None
        if _is_schema_context(path):
            self.warnings.append(f"{where} does not resolve ({why}); that value is typed as any JSON")
            return {}
        raise SpecError(_display(uri), f"{where} does not resolve: {why}")


def bundle(doc: dict[str, Any], source: str | Path, *, read: Reader = read_uri) -> Bundled:
    """`doc` (read from `source`) with every external $ref brought in; `doc` is not changed."""
    if not has_external_refs(doc):
        return Bundled(doc, files=[str(source)])
    root = copy.deepcopy(doc)
    bundler = _Bundler(root, base_uri(source), read)
    walked = bundler.walk(root, bundler.root_uri, ())
    for kind, section in bundler.extra.items():
        if section:
            walked.setdefault("components", {}).setdefault(kind, {}).update(section)
    return Bundled(walked, bundler.warnings, [_display(u) for u in bundler.docs])
