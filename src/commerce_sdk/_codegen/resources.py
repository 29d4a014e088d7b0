"""Typed resources: every operation a method of its scope, grouped by tag, written by codegen.

Rendered from what the generator itself wrote (each endpoint's `_get_kwargs` signature and
its `_Success` alias, the list models' item annotations) plus the manifest, so the types
are the generator's own and a regenerated spec brings its new methods.  One module per
tag under `<package>/_resources/`, imported only when the tag is first touched.
"""

from __future__ import annotations

import ast
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import SpecError

RESOURCES = "_resources"
# (page parameter, size parameter) -> the list response field holding the items; mirrors the
# facade's PageShape per provider (tests/codegen/test_resources.py keeps the two in step).
PAGE_SHAPES: dict[tuple[str, str], str] = {
    ("pageNumber", "pageSize"): "Items",
    ("page", "size"): "items",
    ("page", "per_page"): "data",
}
# Names a tag attribute must not take: the scope's own API.
SCOPE_NAMES = {"tenant", "client", "call", "call_raw", "pages", "paginate", "list_operation"}
OWN_PARAMS = {"self", "options"}
PAGING_PARAMS = {"page_size", "start_page", "prefetch"}


@dataclass
class Param:
    name: str
    annotation: str
    default: str | None  # source text; None: required

    def signature(self) -> str:
        return f"{self.name}: {self.annotation}" + (f" = {self.default}" if self.default is not None else "")


@dataclass
class Method:
    key: str  # "item.get_item"
    tag: str
    name: str  # the generated module's name, also the method's
    http_method: str
    path: str
    params: list[Param]
    filled: list[str]  # arguments the scope fills (the tenant path parameter)
    success: str  # the `_Success` alias's source text
    error_statuses: list[str]
    page_params: tuple[str, str] | None = None  # python names of page and size, when paged
    item_type: str | None = None
    imports: dict[str, str] = field(default_factory=dict)  # bound name -> import line


def camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.strip("_").split("_") if part)


def _imports(tree: ast.Module, *, level_shift: int, only_top: bool = False) -> dict[str, str]:
    """Bound name -> a `from .. import` line valid inside `<package>/_resources/`."""
    out: dict[str, str] = {}
    nodes: list[ast.stmt] = list(tree.body)
    if not only_top:
        for node in tree.body:
            if isinstance(node, ast.If):  # `if TYPE_CHECKING:` blocks of model files
                nodes.extend(node.body)
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            level = node.level - level_shift
            for alias in node.names:
                bound = alias.asname or alias.name
                rename = f" as {alias.asname}" if alias.asname else ""
                out[bound] = f"from {'.' * level}{node.module or ''} import {alias.name}{rename}"
        elif isinstance(node, ast.Import | ast.ImportFrom):
            for alias in node.names:
                bound = (alias.asname or alias.name).split(".")[0]
                if isinstance(node, ast.Import):
                    out[bound] = f"import {alias.name}" + (f" as {alias.asname}" if alias.asname else "")
                elif node.module != "typing" or alias.name not in {"cast", "TYPE_CHECKING"}:
                    rename = f" as {alias.asname}" if alias.asname else ""
                    out[bound] = f"from {node.module} import {alias.name}{rename}"
    return out


def _list_item(pkg_dir: Path, model_line: str, model: str, attr: str) -> tuple[str | None, dict[str, str]]:
    """The element type of `model.attr` (`list[Item] | Unset` -> Item) and its import."""
    match = re.match(r"from \.\.models\.(\w+) import", model_line)
    if not match:
        return None, {}
    path = pkg_dir / "models" / f"{match.group(1)}.py"
    text = path.read_text()
    tree = ast.parse(text)
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == model:
            for stmt in node.body:
                if (
                    isinstance(stmt, ast.AnnAssign)
                    and isinstance(stmt.target, ast.Name)
                    and stmt.target.id == attr
                ):
                    for sub in ast.walk(stmt.annotation):
                        if (
                            isinstance(sub, ast.Subscript)
                            and isinstance(sub.value, ast.Name)
                            and sub.value.id == "list"
                        ):
                            inner = sub.slice
                            item = (
                                inner.value
                                if isinstance(inner, ast.Constant) and isinstance(inner.value, str)
                                else ast.get_source_segment(text, inner)
                            )
                            if not item:
                                return None, {}
                            found = _imports(tree, level_shift=0)
                            names = set(re.findall(r"[A-Za-z_]\w*", item))
                            return item, {n: found[n] for n in names if n in found}
    return None, {}


def read_methods(manifest: dict[str, Any], pkg_dir: Path, tenant_path_param: str | None) -> list[Method]:
    methods = []
    for key, op in manifest["operations"].items():
        tag, name = key.split(".", 1)
        path = pkg_dir / "api" / tag / f"{name}.py"
        if not path.exists():
            continue  # not generated: the coverage check names it
        text = path.read_text()
        tree = ast.parse(text)
        imports = _imports(tree, level_shift=1, only_top=True)
        func = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_get_kwargs")
        alias = next(
            n
            for n in tree.body
            if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name) and n.target.id == "_Success"
        )
        success = ast.get_source_segment(text, alias.value) if alias.value else None
        if not success:
            raise SpecError(str(path), "no _Success alias (endpoint template out of date?)")
        args = func.args
        positional = args.posonlyargs + args.args
        defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(
            args.defaults
        )
        pairs = list(zip(positional, defaults, strict=True)) + list(
            zip(args.kwonlyargs, args.kw_defaults, strict=True)
        )
        filled = []
        if tenant_path_param and tenant_path_param in op["path_params"]:
            filled.append(op["path_params"][tenant_path_param])
        params = []
        for arg, default in pairs:
            if arg.arg in filled:
                continue
            if arg.arg in OWN_PARAMS:
                raise SpecError(str(path), f"parameter {arg.arg!r} collides with a typed method's own")
            annotation = ast.get_source_segment(text, arg.annotation) if arg.annotation else "Any"
            default_text = ast.get_source_segment(text, default) if default is not None else None
            params.append(Param(arg.arg, annotation or "Any", default_text))
        method = Method(
            key=key,
            tag=tag,
            name=name,
            http_method=op["method"],
            path=op["path"],
            params=params,
            filled=filled,
            success=success,
            error_statuses=[c for c in op["responses"] if not (c.isdigit() and c.startswith("2"))],
            imports=imports,
        )
        query = op.get("query_python") or {}
        for (page, size), items in PAGE_SHAPES.items():
            if page in query and size in query and items in (op.get("success_fields") or {}):
                method.page_params = (query[page], query[size])
                model = success.strip()
                line = imports.get(model)
                if line:
                    item, extra = _list_item(pkg_dir, line, model, op["success_fields"][items])
                    method.item_type = item
                    method.imports.update(extra)
                break
        methods.append(method)
    return methods


def _default_names(method: Method) -> set[str]:
    names: set[str] = set()
    for p in method.params:
        if p.default is not None:
            names.update(n.id for n in ast.walk(ast.parse(p.default, mode="eval")) if isinstance(n, ast.Name))
    return names


def _call_dict(params: list[Param]) -> str:
    return "{" + ", ".join(f'"{p.name}": {p.name}' for p in params) + "}"


def _sig(params: list[Param], extra: list[str]) -> str:
    parts = ["self", "*"] + [p.signature() for p in params] + extra
    return ", ".join(parts)


def _doc(m: Method) -> str:
    errors = ", ".join(m.error_statuses) or "none declared"
    return f'"""`{m.http_method} {m.path}`; error statuses ({errors}) raise typed errors."""'


def _render_tag(tag: str, methods: list[Method], package: str) -> str:
    runtime: dict[str, str] = {}
    typing_only: dict[str, str] = {}
    owners: dict[str, str] = {}
    for m in methods:
        needed = _default_names(m)
        for bound, line in m.imports.items():
            if owners.setdefault(bound, line) != line:
                raise SpecError(
                    f"{package}.api.{tag}", f"the name {bound!r} is imported differently by two operations"
                )
            (runtime if bound in needed else typing_only)[bound] = line
    for bound in runtime:
        typing_only.pop(bound, None)
    out = [
        f'"""Typed methods of the `{tag}` tag (written by ./codegen.sh from the spec; do not edit)."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING, cast",
        "",
    ]
    out += [f"from ..api.{tag} import {m.name} as _{m.name}" for m in methods]
    out += sorted(runtime.values())
    out += [
        "",
        "if TYPE_CHECKING:",
        "    from collections.abc import AsyncIterator",
        "",
        "    from commerce_sdk._base_client import Scope",
        "    from commerce_sdk._options import RequestOptions",
        "    from commerce_sdk._pagination import Page",
    ]
    out += [f"    {line}" for line in sorted(typing_only.values())]
    out.append("")
    opts = "options: RequestOptions | None = None"
    classes: list[str] = []
    resource = [
        "",
        f"class {camel(tag)}Api:",
        f'    """The `{tag}` operations of one scope: `await scope.{tag}.<operation>(...)`."""',
        "",
    ]
    paged = [m for m in methods if m.page_params]
    resource.append(f"    __slots__ = {tuple(['_scope'] + [m.name for m in paged])!r}")
    resource += ["", "    def __init__(self, scope: Scope) -> None:", "        self._scope = scope"]
    for m in paged:
        resource.append(f"        self.{m.name} = {camel(m.name)}Operation(scope)")
    for m in methods:
        ret = f"_{m.name}._Success"
        invoke = f'self._scope._invoke(_{m.name}, "{m.key}", options, {_call_dict(m.params)})'
        body = f'        return cast("{ret}", await {invoke})'
        if not m.page_params:
            resource += [
                "",
                f"    async def {m.name}({_sig(m.params, [opts])}) -> {ret}:",
                f"        {_doc(m)}",
                body,
            ]
            continue
        page_arg, size_arg = m.page_params
        rest = [p for p in m.params if p.name not in (page_arg, size_arg)]
        if PAGING_PARAMS & {p.name for p in rest}:
            raise SpecError(
                m.key,
                f"parameters {sorted(PAGING_PARAMS & {p.name for p in rest})} collide with paging's own",
            )
        item = m.item_type or "Any"
        paging = [
            "page_size: int | None = None",
            "start_page: int | None = None",
            "prefetch: bool = True",
            opts,
        ]
        pages_call = (
            f'self._scope._pages(_{m.name}, "{m.key}", options, {_call_dict(rest)}, '
            "page_size, start_page, prefetch)"
        )
        classes += [
            "",
            f"class {camel(m.name)}Operation:",
            f'    """`{m.http_method} {m.path}`, a paged list: await it for one page, or `.paginate()` /',
            '    `.pages()` for all of them; error statuses raise typed errors."""',
            "",
            '    __slots__ = ("_scope",)',
            "",
            "    def __init__(self, scope: Scope) -> None:",
            "        self._scope = scope",
            "",
            f"    async def __call__({_sig(m.params, [opts])}) -> {ret}:",
            "        " + body.strip().replace("self._scope", "self._scope"),
            "",
            f"    def pages({_sig(rest, paging)}) -> AsyncIterator[Page[{item}]]:",
            '        """Every page, the next one fetched while you work on this one."""',
            f'        return cast("AsyncIterator[Page[{item}]]", {pages_call})',
            "",
            f"    def paginate({_sig(rest, paging)}) -> AsyncIterator[{item}]:",
            '        """Every item across all pages."""',
            f'        return cast("AsyncIterator[{item}]", self._scope._items({pages_call}))',
        ]
    if any(not m.item_type for m in paged):
        out.insert(out.index("if TYPE_CHECKING:") + 1, "    from typing import Any")
    return "\n".join(out + classes + [""] + resource) + "\n"


def _render_init(tags: list[str], package: str) -> str:
    out = [
        f'"""Every tag of `{package}` as a typed attribute of a scope (written by ./codegen.sh).',
        "",
        "A tag's module is imported the first time the tag is touched.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from functools import cached_property",
        "from typing import TYPE_CHECKING, cast",
        "",
        "from commerce_sdk._base_client import Scope",
        "",
        "if TYPE_CHECKING:",
        "    from ..client import AuthenticatedClient",
    ]
    out += [f"    from .{tag} import {camel(tag)}Api" for tag in tags]
    out += [
        "",
        "",
        "class ApiScope(Scope):",
        f'    """A scope of `{package}` with one attribute per tag: `scope.<tag>.<operation>(...)`."""',
        "",
        "    @property",
        "    def client(self) -> AuthenticatedClient:",
        '        """The generated client over this scope\'s pipeline (error statuses raise typed errors).',
        "",
        "        Typed as `AuthenticatedClient` so that every generated function accepts it; it is the",
        "        package's `Client`, and the pipeline adds the credentials.",
        '        """',
        '        return cast("AuthenticatedClient", super().client)',
    ]
    for tag in tags:
        out += [
            "",
            "    @cached_property",
            f"    def {tag}(self) -> {camel(tag)}Api:",
            f"        from .{tag} import {camel(tag)}Api",
            "",
            f"        return {camel(tag)}Api(self)",
        ]
    return "\n".join(out) + "\n"


def write_resources(manifest: dict[str, Any], pkg_dir: Path, tenant_path_param: str | None) -> list[Method]:
    """Write `<pkg_dir>/_resources/`; returns the methods (the API reference reads them too)."""
    package = str(manifest.get("package") or pkg_dir.name)
    methods = read_methods(manifest, pkg_dir, tenant_path_param)
    by_tag: dict[str, list[Method]] = {}
    for m in methods:
        by_tag.setdefault(m.tag, []).append(m)
    clash = SCOPE_NAMES & by_tag.keys()
    if clash:
        raise SpecError(str(pkg_dir), f"tags {sorted(clash)} collide with the scope's own attributes")
    out = pkg_dir / RESOURCES
    out.mkdir(exist_ok=True)
    tags = sorted(by_tag)
    for tag in tags:
        (out / f"{tag}.py").write_text(_render_tag(tag, by_tag[tag], package))
    (out / "__init__.py").write_text(_render_init(tags, package))
    _format(out)
    return methods


def _format(directory: Path) -> None:
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    ruff = str(find_ruff_bin())
    common = ["--isolated", "--no-cache", "--line-length=110", "--quiet"]
    for cmd in (
        [ruff, "check", ".", *common, "--fix-only", "--select=F401,I"],
        [ruff, "format", ".", *common],
    ):
        proc = subprocess.run(cmd, cwd=directory, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise SpecError(str(directory), f"ruff failed on the typed resources: {proc.stderr[-500:]}")
