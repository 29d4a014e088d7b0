"""The provider contracts as the sandbox serves them.

Everything routable comes from each generated package's `_openapi.json` (the exact
contract the real service speaks) plus `_manifest.json` (which header carries the
tenant).  Nothing here lists operations by hand, so a regenerated spec is served at once.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

JSON = Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TENANT_HEADER = re.compile(r"^(x-)?tenant-id$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ProviderInfo:
    """Where a provider package is mounted; the mount makes the vendor's base URL work."""

    key: str
    package: str
    mount: str


# Known providers and the mount each base URL needs.  Other generated packages found
# in the distribution are served too, under "/<name><server path>".
KNOWN_PROVIDERS: tuple[ProviderInfo, ...] = (
    ProviderInfo("jtl_erp", "commerce_sdk_clients.jtl_erp", "/erp"),
    ProviderInfo("chift", "commerce_sdk_clients.chift", "/chift"),
    ProviderInfo("packcloud", "commerce_sdk_clients.packcloud", "/packcloud/v1"),
)


def escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve_pointer(doc: JSON, pointer: str) -> JSON:
    """Follow a JSON pointer ("/components/schemas/Item") inside `doc`."""
    node = doc
    if not pointer:
        return node
    for raw in pointer.lstrip("/").split("/"):
        token = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def follow_refs(doc: JSON, node: JSON, pointer: str) -> tuple[JSON, str]:
    """Resolve OpenAPI-level `$ref`s (parameters, responses, bodies) to the object and its pointer."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
        pointer = node["$ref"][1:]
        node = resolve_pointer(doc, pointer)
        seen += 1
        if seen > 32:
            raise ValueError(f"$ref loop at {pointer}")
    return node, pointer


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str
    location: str  # path | query | header | cookie
    required: bool
    schema: JSON
    schema_pointer: str | None
    style: str
    explode: bool


@dataclass(frozen=True, slots=True)
class MediaSpec:
    media_type: str
    schema: JSON | None
    schema_pointer: str | None


@dataclass(frozen=True, slots=True)
class ResponseSpec:
    status: str  # "200", "2XX" or "default"
    content: tuple[MediaSpec, ...]

    def json_media(self) -> MediaSpec | None:
        for media in self.content:
            if _is_json(media.media_type):
                return media
        return None


@dataclass(frozen=True, slots=True)
class RequestBodySpec:
    required: bool
    content: tuple[MediaSpec, ...]

    def json_media(self) -> MediaSpec | None:
        for media in self.content:
            if _is_json(media.media_type):
                return media
        return None


def _is_json(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json") or base == "*/*"


@dataclass(eq=False)
class Operation:
    """One method on one path of one provider contract."""

    provider: str
    mount: str
    method: str  # upper case
    path: str  # spec template, e.g. "/items/{itemId}"
    operation_id: str
    pointer: str
    parameters: tuple[Parameter, ...]
    request_body: RequestBodySpec | None
    responses: dict[str, ResponseSpec]
    security: list[dict[str, list[str]]]
    tenant_header: str | None
    regex: re.Pattern[str]
    literal_segments: int
    path_groups: dict[str, str]  # regex group -> path parameter name

    @property
    def route(self) -> str:
        """Route key used by fault rules, counters and the request log."""
        return f"{self.method} {self.mount}{self.path}"

    def param(self, location: str, name: str) -> Parameter | None:
        lname = name.lower()
        for p in self.parameters:
            if p.location == location and (
                p.name == name or (location == "header" and p.name.lower() == lname)
            ):
                return p
        return None

    def response_for(self, status: int) -> ResponseSpec | None:
        exact = self.responses.get(str(status))
        if exact is not None:
            return exact
        ranged = self.responses.get(f"{status // 100}XX") or self.responses.get(f"{status // 100}xx")
        if ranged is not None:
            return ranged
        return self.responses.get("default")

    def declares(self, status: int) -> bool:
        return str(status) in self.responses or f"{status // 100}XX" in self.responses

    def success_status(self) -> int:
        codes = sorted(int(s) for s in self.responses if s.isdigit() and 200 <= int(s) < 300)
        if codes:
            return codes[0]
        return 200


@dataclass(eq=False)
class Contract:
    """One provider's `_openapi.json` with its operations pre-parsed."""

    info: ProviderInfo
    document: JSON
    manifest: JSON
    operations: list[Operation] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.info.key

    @property
    def mount(self) -> str:
        return self.info.mount

    @property
    def oas31(self) -> bool:
        return str(self.document.get("openapi", "3.0")).startswith("3.1")

    @property
    def schemas(self) -> dict[str, JSON]:
        comps = self.document.get("components", {})
        result: dict[str, JSON] = comps.get("schemas", {})
        return result

    def operation(self, method: str, path: str) -> Operation | None:
        for op in self.operations:
            if op.method == method.upper() and op.path == path:
                return op
        return None

    def match(self, method: str, subpath: str) -> tuple[Operation | None, dict[str, str], bool]:
        """Find the operation for a request path below the mount.

        Returns (operation, raw path params, path_known); path_known without an
        operation means the path exists but not for this method (405).
        """
        path_known = False
        for op in self.operations:  # sorted: literal segments win over placeholders
            m = op.regex.match(subpath)
            if m is None:
                continue
            if op.method == method.upper():
                raw = {op.path_groups.get(k, k): v for k, v in m.groupdict().items()}
                return op, raw, True
            path_known = True
        return None, {}, path_known


def _package_dir(package: str) -> Path | None:
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    if spec.submodule_search_locations:
        for loc in spec.submodule_search_locations:
            return Path(loc)
    if spec.origin:
        return Path(spec.origin).parent
    return None


def _load_json(path: Path) -> JSON:
    with path.open("r", encoding="utf-8") as fh:
        return json.load(fh)


def discover_providers() -> list[ProviderInfo]:
    """Known providers first, then any other generated package shipped with the SDK."""
    infos = list(KNOWN_PROVIDERS)
    known = {p.package for p in infos}
    try:
        top = importlib.metadata.distribution("commerce-sdk").read_text("top_level.txt") or ""
    except importlib.metadata.PackageNotFoundError:
        top = ""
    for name in sorted({line.strip() for line in top.splitlines() if line.strip()}):
        if name in known:
            continue
        pkg_dir = _package_dir(name)
        if pkg_dir is None or not (pkg_dir / "_openapi.json").is_file():
            continue
        doc = _load_json(pkg_dir / "_openapi.json")
        server_path = _server_path(doc)
        key = name.removesuffix("_client")
        infos.append(ProviderInfo(key, name, f"/{key}{server_path}"))
    return infos


def _server_path(doc: JSON) -> str:
    servers = doc.get("servers") or []
    if not servers:
        return ""
    return urlsplit(str(servers[0].get("url", ""))).path.rstrip("/")


def load_contract(info: ProviderInfo) -> Contract | None:
    """Read a provider package's contract; None when the package is not installed."""
    pkg_dir = _package_dir(info.package)
    if pkg_dir is None or not (pkg_dir / "_openapi.json").is_file():
        return None
    document = _load_json(pkg_dir / "_openapi.json")
    manifest_path = pkg_dir / "_manifest.json"
    manifest = _load_json(manifest_path) if manifest_path.is_file() else {}
    return build_contract(info, document, manifest)


def build_contract(info: ProviderInfo, document: JSON, manifest: JSON) -> Contract:
    contract = Contract(info=info, document=document, manifest=manifest)
    manifest_tenants: dict[tuple[str, str], str | None] = {}
    for entry in (manifest.get("operations") or {}).values():
        if isinstance(entry, dict) and "method" in entry and "path" in entry:
            manifest_tenants[(str(entry["method"]).upper(), str(entry["path"]))] = entry.get("tenant_header")
    global_security = document.get("security") or []
    for path, item in (document.get("paths") or {}).items():
        item_ptr = f"/paths/{escape_pointer(path)}"
        item, item_ptr = follow_refs(document, item, item_ptr)
        shared = item.get("parameters") or []
        for method in HTTP_METHODS:
            op_obj = item.get(method)
            if not isinstance(op_obj, dict):
                continue
            op_ptr = f"{item_ptr}/{method}"
            params = _parameters(
                document, shared, f"{item_ptr}/parameters", op_obj.get("parameters") or [], op_ptr
            )
            tenant = manifest_tenants.get((method.upper(), path))
            if tenant is None:
                tenant = next(
                    (p.name for p in params if p.location == "header" and _TENANT_HEADER.match(p.name)), None
                )
            regex, literals, groups = _path_regex(path)
            contract.operations.append(
                Operation(
                    provider=info.key,
                    mount=info.mount,
                    method=method.upper(),
                    path=path,
                    operation_id=str(op_obj.get("operationId") or f"{method}_{path}"),
                    pointer=op_ptr,
                    parameters=params,
                    request_body=_request_body(document, op_obj.get("requestBody"), f"{op_ptr}/requestBody"),
                    responses=_responses(document, op_obj.get("responses") or {}, f"{op_ptr}/responses"),
                    security=list(op_obj.get("security", global_security)),
                    tenant_header=tenant,
                    regex=regex,
                    literal_segments=literals,
                    path_groups=groups,
                )
            )
    # A literal segment beats a placeholder at the same position ("/a/b" before "/a/{x}").
    contract.operations.sort(key=lambda o: ([("{" in seg) for seg in o.path.strip("/").split("/")], o.path))
    return contract


def _path_regex(path: str) -> tuple[re.Pattern[str], int, dict[str, str]]:
    parts = []
    literals = 0
    groups: dict[str, str] = {}

    def group(m: re.Match[str]) -> str:
        # Regex group names must be identifiers; a param like `consumer-id` gets an alias.
        alias = f"p{len(groups)}"
        groups[alias] = m.group(1)
        return f"(?P<{alias}>[^/]+)"

    for segment in path.strip("/").split("/"):
        if not segment:
            continue
        if "{" in segment:
            parts.append(re.sub(r"\{([^{}]+)\}", group, _escape_literal(segment)))
        else:
            parts.append(re.escape(segment))
            literals += 1
    return re.compile("^/" + "/".join(parts) + "/?$"), literals, groups


def _escape_literal(segment: str) -> str:
    """Escape regex metacharacters outside `{param}` placeholders."""
    out = []
    for piece in re.split(r"(\{[^{}]+\})", segment):
        out.append(piece if piece.startswith("{") else re.escape(piece))
    return "".join(out)


def _parameters(
    doc: JSON, shared: list[JSON], shared_ptr: str, own: list[JSON], op_ptr: str
) -> tuple[Parameter, ...]:
    merged: dict[tuple[str, str], Parameter] = {}
    for items, base in ((shared, shared_ptr), (own, f"{op_ptr}/parameters")):
        for i, raw in enumerate(items):
            obj, ptr = follow_refs(doc, raw, f"{base}/{i}")
            location = str(obj.get("in"))
            schema = obj.get("schema")
            schema_ptr = f"{ptr}/schema" if schema is not None else None
            if schema is None and isinstance(obj.get("content"), dict):
                for mt, media in obj["content"].items():
                    schema = media.get("schema")
                    schema_ptr = f"{ptr}/content/{escape_pointer(mt)}/schema"
                    break
            style = obj.get("style") or ("form" if location in ("query", "cookie") else "simple")
            explode = bool(obj.get("explode", style == "form"))
            key = (location, str(obj["name"]).lower() if location == "header" else str(obj["name"]))
            merged[key] = Parameter(
                name=str(obj["name"]),
                location=location,
                required=bool(obj.get("required", location == "path")),
                schema=schema if schema is not None else {},
                schema_pointer=schema_ptr,
                style=str(style),
                explode=explode,
            )
    return tuple(merged.values())


def _content(doc: JSON, content: JSON, ptr: str) -> tuple[MediaSpec, ...]:
    result = []
    for media_type, media in (content or {}).items():
        media = media or {}
        schema = media.get("schema")
        result.append(
            MediaSpec(
                media_type=str(media_type),
                schema=schema,
                schema_pointer=f"{ptr}/{escape_pointer(media_type)}/schema" if schema is not None else None,
            )
        )
    return tuple(result)


def _request_body(doc: JSON, raw: JSON, ptr: str) -> RequestBodySpec | None:
    if raw is None:
        return None
    obj, ptr = follow_refs(doc, raw, ptr)
    return RequestBodySpec(
        required=bool(obj.get("required", False)), content=_content(doc, obj.get("content"), f"{ptr}/content")
    )


def _responses(doc: JSON, raw: JSON, ptr: str) -> dict[str, ResponseSpec]:
    result = {}
    for status, resp in raw.items():
        obj, rptr = follow_refs(doc, resp, f"{ptr}/{escape_pointer(str(status))}")
        result[str(status)] = ResponseSpec(
            status=str(status), content=_content(doc, (obj or {}).get("content"), f"{rptr}/content")
        )
    return result


def load_contracts(
    providers: tuple[str, ...] | None = None, packages: tuple[tuple[str, str], ...] = ()
) -> list[Contract]:
    """All installed provider contracts (optionally only the given provider keys); `packages`
    serves an application's generated package in place of a provider's shipped one."""
    contracts = []
    overrides = dict(packages)
    for info in discover_providers():
        if providers is not None and info.key not in providers:
            continue
        if info.key in overrides:
            info = ProviderInfo(info.key, overrides[info.key], info.mount)
            if _package_dir(info.package) is None:
                raise ValueError(f"sandbox packages: {info.package!r} (for {info.key}) is not importable")
        contract = load_contract(info)
        if contract is not None:
            contracts.append(contract)
    return contracts
