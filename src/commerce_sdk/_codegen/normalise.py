"""Generic repairs that make real vendor OpenAPI files generate completely.

Every rule here is keyed on a *shape* of the document, never on a schema or
operation name, so a vendor file dropped in unchanged gets the same treatment
as our own specs.  Each rule counts what it touched; the counts go into the
codegen log so no change is silent.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import PythonIdentifier, pascal_case

from .errors import SpecError
from .names import FIELD_PREFIX, python_name, tag_name

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Header formats the generator turns into non-str Python objects (UUID, datetime, date),
# which httpx refuses as header values or which make the generator drop the operation.
_NON_STR_HEADER_FORMATS = {"uuid", "date-time", "date"}


@dataclass
class ProviderRules:
    """What a provider's entry in specs/sources.yaml asks the normaliser to do."""

    owned_headers: list[str] = field(default_factory=list)
    tenant_header_pattern: str | None = None
    operation_id_pattern: str | None = None
    operation_id_replace: str | None = None


@dataclass
class Normalised:
    spec: dict[str, Any]
    counts: Counter[str]
    # operationId -> facade metadata the generated signature no longer shows
    owned: dict[str, dict[str, Any]]
    # Request media types the generator cannot encode, sent as raw bytes under their own name.
    content_type_overrides: dict[str, str] = field(default_factory=dict)
    # What the document has that is deliberately not generated, each with its reason.
    warnings: list[str] = field(default_factory=list)


def _json_pointer_get(doc: dict[str, Any], ref: str, source: str) -> Any:
    if not ref.startswith("#/"):
        raise SpecError(source, f"external $ref {ref!r} is not supported; bundle the document first")
    node: Any = doc
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise SpecError(source, f"$ref {ref!r} does not resolve (no {part!r})")
    return node


def _ref_cycle(doc: dict[str, Any], ref: str, source: str) -> list[str] | None:
    """The chain of references when following `ref` only ever reaches another bare `$ref`."""
    chain = [ref]
    node = _json_pointer_get(doc, ref, source)
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in chain:
            return [*chain, ref]
        chain.append(ref)
        node = _json_pointer_get(doc, ref, source)
    return None


def check_refs(doc: dict[str, Any], source: str) -> None:
    """Fail early, naming the reference, when any local $ref points nowhere or only in a circle."""
    stack: list[Any] = [doc]
    seen: set[str] = set()
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref not in seen:
                seen.add(ref)
                cycle = _ref_cycle(doc, ref, source)
                if cycle is not None:
                    # A schema that is nothing but a reference back to itself has no type at all
                    # (the generator crashes on it); recursion *through* properties is fine.
                    raise SpecError(source, f"$ref cycle without a schema in it: {' -> '.join(cycle)}")
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def check_version(doc: Any, source: str) -> None:
    """An OpenAPI 3.0/3.1 mapping, or a clear error (Swagger 2.0 is named as such)."""
    if not isinstance(doc, dict):
        raise SpecError(source, "the document is not a mapping at its top level")
    if "swagger" in doc and "openapi" not in doc:
        raise SpecError(
            source,
            f"Swagger {doc['swagger']} is not supported: convert it to OpenAPI 3 first "
            "(e.g. `npx swagger2openapi FILE`)",
        )
    version = doc.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        raise SpecError(source, f"'openapi' must be a 3.x version string, found {version!r}")


def check_shape(doc: Any, source: str) -> None:
    check_version(doc, source)
    paths = doc.get("paths", {})
    if paths is None:
        paths = doc["paths"] = {}
    if not isinstance(paths, dict):
        raise SpecError(source, "'paths' is not a mapping")
    if not paths and not doc.get("webhooks") and not (doc.get("components") or {}).get("schemas"):
        why = "'paths' is missing or empty and there are no webhooks or component schemas"
        raise SpecError(source, f"nothing to generate: {why}")
    info = doc.get("info")
    if not isinstance(info, dict) or "title" not in info or "version" not in info:
        raise SpecError(source, "'info' must have 'title' and 'version'")
    for path, item in paths.items():
        if not isinstance(item, dict):
            raise SpecError(source, f"path {path!r} is not a mapping")
        for method in HTTP_METHODS:
            if method in item and not isinstance(item[method], dict):
                raise SpecError(source, f"{method.upper()} {path} is not a mapping")
    check_refs(doc, source)


def _resolve_param(doc: dict[str, Any], param: Any, source: str) -> dict[str, Any]:
    seen = 0
    while isinstance(param, dict) and "$ref" in param:
        param = _json_pointer_get(doc, param["$ref"], source)
        seen += 1
        if seen > 20:
            raise SpecError(source, "parameter $ref chain is circular")
    if not isinstance(param, dict) or "name" not in param or "in" not in param:
        raise SpecError(source, f"a parameter lacks 'name' or 'in': {str(param)[:120]}")
    return copy.deepcopy(param)


def _strip_object_defaults(node: Any, counts: Counter[str]) -> None:
    """Drop object/array `default`s inside schemas: the generator only accepts None there."""
    stack = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, dict):
            if isinstance(cur.get("default"), dict | list) and (
                "type" in cur or "anyOf" in cur or "oneOf" in cur or "allOf" in cur or "$ref" in cur
            ):
                del cur["default"]
                counts["object/array default removed"] += 1
            stack.extend(cur.values())
        elif isinstance(cur, list):
            stack.extend(cur)


def _non_str_header_format(doc: dict[str, Any], schema: Any, source: str) -> str | None:
    """The uuid/date-time/date format of a header schema, also behind a $ref or inside the
    anyOf/oneOf of a nullable header (FastAPI's `Optional[UUID]`); None if it is a plain type."""
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 20:
        schema = _json_pointer_get(doc, schema["$ref"], source)
        seen += 1
    if not isinstance(schema, dict):
        return None
    fmt = schema.get("format")
    if fmt in _NON_STR_HEADER_FORMATS:
        return str(fmt)
    for combo in ("anyOf", "oneOf"):
        for branch in schema.get(combo, []) or []:
            found = _non_str_header_format(doc, branch, source)
            if found is not None:
                return found
    return None


# Request body media types the pinned generator can encode (after dropping parameters).
_ENCODABLE = {"application/json", "application/x-www-form-urlencoded", "multipart/form-data"}
_ENCODABLE |= {"application/octet-stream"}
# Component sections where a bare `$ref` alias makes the generator skip the entry.
_ALIASABLE = ("parameters", "responses", "requestBodies", "headers")


def _encodable(media_type: str) -> bool:
    base = media_type.split(";", 1)[0].strip().lower()
    return base in _ENCODABLE or base.endswith("+json")


def _dedupe_enums(node: Any, counts: Counter[str]) -> None:
    """Enums the generator crashes on: repeated values (a country list naming LKA twice),
    enums under `type: number`."""
    stack = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, dict):
            values = cur.get("enum")
            if isinstance(values, list):
                unique: list[Any] = []
                for v in values:
                    if not any(v == u and type(v) is type(u) for u in unique):
                        unique.append(v)
                if len(unique) != len(values):
                    cur["enum"] = unique
                    counts["repeated enum value removed"] += len(values) - len(unique)
                if cur.get("type") == "number":
                    # Figma's `type: number, enum: [0, 1]`: the generator makes an int enum of it,
                    # which cannot merge with the plain number it meets in an allOf ("can't
                    # combine enum of type int with float"); a float stays a float.
                    del cur["enum"]
                    counts["enum dropped from a number schema (no float enums)"] += 1
            stack.extend(cur.values())
        elif isinstance(cur, list):
            stack.extend(cur)


def _inline_component_aliases(spec: dict[str, Any], counts: Counter[str], source: str) -> None:
    """A parameter/response/... component that is only a `$ref` to another one: the generator
    rejects it ("Reference parameters are not supported"), so it gets a copy of its target."""
    components = spec.get("components") or {}
    for kind in _ALIASABLE:
        section = components.get(kind)
        if not isinstance(section, dict):
            continue
        for name, entry in list(section.items()):
            seen = 0
            target = entry
            while isinstance(target, dict) and set(target) == {"$ref"} and seen < 20:
                target = _json_pointer_get(spec, target["$ref"], source)
                seen += 1
            if seen:
                section[name] = copy.deepcopy(target)
                counts[f"{kind} component that only aliases another one inlined"] += 1


def _redirect_schema_aliases(spec: dict[str, Any], counts: Counter[str]) -> None:
    """A schema component that is only a `$ref` to another one (Ideal Postcodes' `ecad` ->
    `EcadAddress`) makes the generator build the target's model twice and drop both
    ("duplicate models"): references to the alias go to its target, and the alias goes."""
    schemas = (spec.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    prefix = "#/components/schemas/"

    def final(name: str) -> str | None:
        seen: set[str] = set()
        while True:
            entry = schemas.get(name)
            ref = entry.get("$ref") if isinstance(entry, dict) and len(entry) == 1 else None
            if not isinstance(ref, str) or not ref.startswith(prefix) or name in seen:
                return name if seen else None
            seen.add(name)
            name = ref[len(prefix) :].replace("~1", "/").replace("~0", "~")

    aliases = {name: target for name in schemas if (target := final(name)) is not None}
    aliases = {a: t for a, t in aliases.items() if t in schemas and t not in aliases}
    if not aliases:
        return
    encode = {a: prefix + a.replace("~", "~0").replace("/", "~1") for a in aliases}
    redirect = {encode[a]: prefix + t.replace("~", "~0").replace("/", "~1") for a, t in aliases.items()}
    stack: list[Any] = [spec]
    while stack:
        cur = stack.pop()
        if isinstance(cur, dict):
            ref = cur.get("$ref")
            if isinstance(ref, str) and ref in redirect:
                cur["$ref"] = redirect[ref]
            stack.extend(cur.values())
        elif isinstance(cur, list):
            stack.extend(cur)
    for alias in aliases:
        del schemas[alias]
    counts["schema component that only aliases another one folded into it"] += len(aliases)


def _strip_null(schema: dict[str, Any]) -> bool:
    """Make a schema non-nullable in place (3.0 `nullable: true`, 3.1 `type: [..., "null"]`);
    True when it was nullable."""
    if schema.get("nullable") is True:
        del schema["nullable"]
        return True
    types = schema.get("type")
    if isinstance(types, list) and "null" in types:
        rest = [t for t in types if t != "null"]
        if not rest:
            return False  # only null: nothing else to generate
        schema["type"] = rest[0] if len(rest) == 1 else rest
        return True
    return False


def _nullable_components_to_references(spec: dict[str, Any], counts: Counter[str]) -> None:
    """A nullable schema component (GitHub's `nullable-integration`: `type: object, nullable:
    true`) becomes a union at the top of the generator's model tree, which it builds eagerly:
    references not yet parsed fail ("Invalid property in union"), inline models are built twice
    ("duplicate models") and everything referring to it is dropped.  The component loses its
    `nullable`; each place that refers to it says "this or null" instead (the same values).  In
    an allOf the reference stays plain: an object merged with null is not one."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    prefix = "#/components/schemas/"
    nullable: set[str] = set()
    for name, schema in schemas.items():
        if isinstance(schema, dict) and "$ref" not in schema and "enum" not in schema and _strip_null(schema):
            nullable.add(prefix + str(name).replace("~", "~0").replace("/", "~1"))
    if not nullable:
        return
    counts["nullable schema component made nullable where it is referenced"] += len(nullable)
    v31 = str(spec.get("openapi", "")).startswith("3.1")

    def wrap(ref_node: dict[str, Any]) -> dict[str, Any]:
        siblings = {k: v for k, v in ref_node.items() if k != "$ref"}
        if v31:
            return {**siblings, "anyOf": [{"$ref": ref_node["$ref"]}, {"type": "null"}]}
        return {**siblings, "anyOf": [{"$ref": ref_node["$ref"]}], "nullable": True}

    def is_target(node: Any) -> bool:
        return isinstance(node, dict) and node.get("$ref") in nullable

    def visit(node: Any, names: bool = False) -> None:
        """`names`: `node` maps property names to schemas (a property may be called "default")."""
        if isinstance(node, list):
            for i, item in enumerate(node):
                if is_target(item):
                    node[i] = wrap(item)
                else:
                    visit(item)
            return
        if not isinstance(node, dict):
            return
        for key, value in list(node.items()):
            if not names and key in ("example", "examples", "enum", "const", "default"):
                continue  # values, not schemas
            if key == "allOf" and isinstance(value, list):
                for item in value:
                    if not is_target(item):
                        visit(item)
            elif key in ("anyOf", "oneOf") and isinstance(value, list):
                if any(is_target(item) for item in value):
                    if v31:
                        if not any(isinstance(i, dict) and i.get("type") == "null" for i in value):
                            value.append({"type": "null"})
                    else:
                        node["nullable"] = True
                for item in value:
                    if not is_target(item):
                        visit(item)
            elif key == "$ref" and not names:
                continue
            elif is_target(value):
                node[key] = wrap(value)
            else:
                visit(value, names=not names and key in ("properties", "patternProperties"))

    # Every place a schema can be: paths, components (each component itself stays as it is).
    visit(spec.get("paths"))
    visit(spec.get("webhooks"))
    components = spec.get("components") or {}
    for section in components.values():
        if not isinstance(section, dict):
            continue
        for entry in section.values():
            visit(entry)


def _effective_object(
    spec: dict[str, Any], schema: Any, source: str, depth: int = 0
) -> dict[str, Any] | None:
    """A schema's properties and required list with its allOf members merged (later members
    win), or None when it is not a plain object composition."""
    while isinstance(schema, dict) and "$ref" in schema and depth < 20:
        schema = _json_pointer_get(spec, schema["$ref"], source)
        depth += 1
    if not isinstance(schema, dict) or depth >= 20 or "oneOf" in schema or "anyOf" in schema:
        return None
    props: dict[str, Any] = {}
    required: list[str] = []
    for member in schema.get("allOf") or []:
        part = _effective_object(spec, member, source, depth + 1)
        if part is None:
            return None
        props.update(part["properties"])
        required += [r for r in part["required"] if r not in required]
    props.update(schema.get("properties") or {})
    required += [r for r in schema.get("required") or [] if r not in required]
    return {"properties": props, "required": required}


def _enum_values(spec: dict[str, Any], schema: Any, source: str) -> list[Any] | None:
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 20:
        schema = _json_pointer_get(spec, schema["$ref"], source)
        seen += 1
    values = schema.get("enum") if isinstance(schema, dict) else None
    return values if isinstance(values, list) else None


def _defines_model(schema: Any, *, enums: bool = True) -> bool:
    """The schema builds a class of its own (an inline object or enum, also inside items or a
    union); two allOf members each building one for one property make "duplicate models"."""
    stack = [schema]
    while stack:
        cur = stack.pop()
        if isinstance(cur, list):
            stack.extend(cur)
        elif isinstance(cur, dict) and "$ref" not in cur:
            if "properties" in cur or (enums and "enum" in cur):
                return True
            stack.extend(
                cur[k] for k in ("items", "additionalProperties", "anyOf", "oneOf", "allOf") if k in cur
            )
    return False


def _scalar_shape(schema: Any) -> tuple[Any, bool, bool] | None:
    """(types, nullable, is a union) of an inline typed schema; None for a reference, an
    untyped schema (it merges with anything) or an object (the generator merges those)."""
    if not isinstance(schema, dict) or "$ref" in schema or "allOf" in schema:
        return None
    union = "anyOf" in schema or "oneOf" in schema
    types = schema.get("type")
    nullable = schema.get("nullable") is True or (isinstance(types, list) and "null" in types)
    if isinstance(types, list):
        rest = sorted(str(t) for t in types if t != "null")
        types = rest[0] if len(rest) == 1 else tuple(rest) or None
    if types == "object" or (types is None and not union):
        return None
    return types, nullable, union


def _member_conflict(spec: dict[str, Any], before: Any, after: Any, source: str) -> str | None:
    """Why the generator cannot merge two allOf members' definitions of one property, if it
    cannot: different enums, two inline classes, a nullable type over the plain one ("None | str
    can't be merged with str"), a union over a plain type, two different plain types."""
    if before == after:
        return None
    old, new = _enum_values(spec, before, source), _enum_values(spec, after, source)
    if old is not None and new is not None:
        # Any redefinition, even a subset: the generator names some values by their position
        # ("" -> VALUE_2), so `[""]` under `["S", "L", ""]` is "incompatible".
        return "enum" if old != new else None
    if _defines_model(before) and _defines_model(after):
        return "shape"  # two classes of one name (an enum next to a plain string merges)
    one, other = _scalar_shape(before), _scalar_shape(after)
    if one is None or other is None or one == other:
        return None
    numeric = {"integer", "number"}
    if not one[2] and not other[2] and {one[0], other[0]} <= numeric and one[1] == other[1]:
        return None  # an int narrows a number
    return "shape"


def _flatten_conflicting_allofs(spec: dict[str, Any], counts: Counter[str], source: str) -> None:
    """allOf members that define one property differently mean "override" (Ideal Postcodes'
    `postcode_type: [""]` over the base's `["S", "L", ""]`; GitHub's `nullable` string over a
    plain one, or an inline object redefined by the next member).  The generator cannot merge
    them ("incompatible lists of values", "None | str can't be merged with str", "duplicate
    models") and drops the schema with all that refers to it.  Such a schema, a component or
    inline, is flattened into one object: the earlier members' properties, then the later ones'."""
    stack: list[Any] = [spec.get("components"), spec.get("paths")]
    while stack:
        schema = stack.pop()
        if isinstance(schema, list):
            stack.extend(schema)
            continue
        if not isinstance(schema, dict):
            continue
        members = schema.get("allOf")
        if isinstance(members, list) and len(members) >= 2:
            kind = _allof_conflict(spec, members, source)
            flat = _effective_object(spec, schema, source) if kind else None
            if kind and flat is not None:
                del schema["allOf"]
                schema["type"] = schema.get("type", "object")
                schema["properties"] = copy.deepcopy(flat["properties"])
                if flat["required"]:
                    schema["required"] = flat["required"]
                if kind == "enum":
                    counts["allOf overriding an inherited enum flattened into one object"] += 1
                else:
                    counts["allOf redefining a property differently flattened into one object"] += 1
        stack.extend(schema.values())


def _allof_conflict(spec: dict[str, Any], members: list[Any], source: str) -> str | None:
    seen: dict[str, Any] = {}
    found: str | None = None
    for member in members:
        part = _effective_object(spec, member, source)
        if part is None:
            return None
        for name, prop in part["properties"].items():
            if name in seen:
                kind = _member_conflict(spec, seen[name], prop, source)
                if kind == "enum" or found is None:
                    found = kind or found
            seen[name] = prop
    return found


def _python_name_collisions(spec: dict[str, Any], warnings: list[str]) -> None:
    """Properties whose names differ only in characters Python cannot spell (GitHub's reactions
    `+1` and `-1`): the generator refuses the whole model ("have the same python_name").  The
    first keeps its typed attribute; the others are still parsed, into `additional_properties`."""
    stack: list[tuple[Any, str]] = [(spec.get("components"), "#/components"), (spec.get("paths"), "#/paths")]
    while stack:
        node, where = stack.pop()
        if isinstance(node, list):
            stack.extend((v, f"{where}/{i}") for i, v in enumerate(node))
            continue
        if not isinstance(node, dict):
            continue
        props = node.get("properties")
        if isinstance(props, dict) and "$ref" not in node:
            owner: dict[tuple[str, str], str] = {}
            for key in list(props):
                name = (
                    python_name(str(key)),
                    str(PythonIdentifier(str(key), FIELD_PREFIX, skip_snake_case=True)),
                )
                if name not in owner:
                    owner[name] = str(key)
                    continue
                del props[key]
                if isinstance(node.get("required"), list):
                    node["required"] = [r for r in node["required"] if r != key]
                warnings.append(
                    f"{where}: property {key!r} has the Python name of {owner[name]!r}; it is parsed "
                    "into additional_properties, not a typed attribute"
                )
        stack.extend((v, f"{where}/{k}") for k, v in node.items())


def _hoist_component_union_members(spec: dict[str, Any], counts: Counter[str]) -> None:
    """A schema component that is a union of inline objects is built before the components it
    uses: a member that is an allOf over other components (GitHub's `org-ruleset-conditions`)
    fails ("Invalid property in union"), one with inline objects of its own builds them twice
    ("duplicate models"), and all that refers to the union is dropped.  Each such member becomes
    a component of its own (named after the union and the member's title or position) and the
    union refers to it."""
    schemas = (spec.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    prefix = "#/components/schemas/"
    for name in list(schemas):
        schema = schemas[name]
        if not isinstance(schema, dict):
            continue
        for key in ("anyOf", "oneOf"):
            members = schema.get(key)
            if not isinstance(members, list):
                continue
            for i, member in enumerate(members):
                if not isinstance(member, dict) or "$ref" in member:
                    continue
                props: dict[str, Any] = member.get("properties") or {}
                # (an enum built twice is the same enum; an object built twice is "duplicate")
                nested = any(_defines_model(p, enums=False) for p in props.values())
                if not (nested or "allOf" in member):
                    continue  # a flat object builds fine in place
                suffix = python_name(str(member.get("title") or f"option_{i + 1}"))
                new, n = f"{name}_{suffix}", 1
                while new in schemas:
                    n += 1
                    new = f"{name}_{suffix}_{n}"
                member["title"] = new
                schemas[new] = member
                members[i] = {"$ref": prefix + new.replace("~", "~0").replace("/", "~1")}
                counts["inline object in a component's union made a component of its own"] += 1


def _class_name_groups(node: dict[str, Any]) -> list[list[tuple[dict[str, Any], str]]]:
    """The inline schemas that get classes named `<node's class><Name>`, each with the name it
    gets without a title: its properties, their array items and union members (the generator
    names a titled one after its title instead)."""
    group: list[tuple[dict[str, Any], str]] = []

    def add(schema: Any, default: str, depth: int) -> None:
        if not isinstance(schema, dict) or "$ref" in schema or depth > 10:
            return
        group.append((schema, default))
        add(schema.get("items"), f"{default}_item", depth + 1)
        for key in ("anyOf", "oneOf"):
            members = schema.get(key)
            if isinstance(members, list):
                for i, member in enumerate(members):
                    add(member, f"{default}_type_{i}", depth + 1)

    props = node.get("properties")
    if isinstance(props, dict):
        for key, prop in props.items():
            add(prop, str(key), 0)
    return [group] if group else []


def _colliding_titles(spec: dict[str, Any], counts: Counter[str]) -> None:
    """Inline schemas name their class after their `title` (parent class + title); a title
    shared with a sibling, or equal to a sibling's property name (GitHub's `assignee: {title:
    User}` next to `user`), makes "duplicate models" and the generator drops the parent.  Such
    titles go: the class is named after the property (or the position in a union) instead."""
    stack: list[Any] = [spec.get("components"), spec.get("paths")]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        for group in _class_name_groups(node):
            for _ in range(3):  # a dropped title can meet another sibling's name
                names = Counter(pascal_case(str(m.get("title") or default)) for m, default in group)
                clash = [
                    m
                    for m, _default in group
                    if isinstance(m.get("title"), str) and names[pascal_case(m["title"])] > 1
                ]
                if not clash:
                    break
                for member in clash:
                    del member["title"]
                    counts["inline schema title that would name two classes alike dropped"] += 1
        stack.extend(node.values())


def _inline_names_meeting_components(spec: dict[str, Any], counts: Counter[str]) -> None:
    """An inline enum or object is named after its parent and property (`status` of component
    `analysis` -> `AnalysisStatus`); when a component has that name too (`analysis-status`), the
    generator finds two enums with one name and drops the parent ("conflicting enums").  The
    inline one gets a title that names it apart (`AnalysisStatusValue`)."""
    schemas = (spec.get("components") or {}).get("schemas")
    if not isinstance(schemas, dict):
        return
    taken = {pascal_case(str(k)) for k in schemas}

    def visit(node: dict[str, Any], cls: str, depth: int) -> None:
        if depth > 30:
            return
        for group in _class_name_groups(node):
            for member, default in group:
                own = pascal_case(str(member.get("title") or default))
                name = cls + own
                builds = "enum" in member or "properties" in member or member.get("type") == "object"
                if builds and name in taken:
                    n, title = 1, f"{member.get('title') or default}_value"
                    while cls + pascal_case(title) in taken:
                        n += 1
                        title = f"{member.get('title') or default}_value_{n}"
                    member["title"] = title
                    name = cls + pascal_case(title)
                    counts["inline schema named like a component given a title of its own"] += 1
                visit(member, name, depth + 1)

    for key, schema in schemas.items():
        if isinstance(schema, dict):
            visit(schema, pascal_case(str(key)), 0)


def _content_param_as_string(param: dict[str, Any], counts: Counter[str]) -> None:
    """A parameter described by `content` (a value serialized as JSON, say) instead of `schema`:
    the generator drops it; it becomes a string the caller passes already serialized."""
    if param.get("schema") is None and isinstance(param.get("content"), dict):
        media = next(iter(param["content"]), "")
        param.pop("content")
        param["schema"] = {"type": "string", "x-serialized-as": media}
        counts["parameter given as `content` taken as a serialized string"] += 1


def _fallback_operation_id(path: str, method: str) -> str:
    # The same shape the generator would derive, made explicit so the manifest agrees with it.
    unsafe = path.replace("{", "").replace("}", "").replace("/", "_").strip("_")
    return f"{method}_{unsafe}"


def normalise(doc: dict[str, Any], rules: ProviderRules, source: str) -> Normalised:
    """Return a repaired deep copy of `doc`; the input is left untouched."""
    check_shape(doc, source)
    spec = copy.deepcopy(doc)
    spec.setdefault("paths", {})
    counts: Counter[str] = Counter()
    warnings: list[str] = []
    if not spec["paths"]:
        warnings.append("'paths' is empty: the package has models only, no operations")
    if isinstance(spec.get("webhooks"), dict) and spec["webhooks"]:
        names = ", ".join(sorted(map(str, spec["webhooks"])))[:300]
        warnings.append(f"webhooks not generated (requests the vendor sends to you, not calls): {names}")
    owned: dict[str, dict[str, Any]] = {}
    owned_lower = {h.lower() for h in rules.owned_headers}
    tenant_re = re.compile(rules.tenant_header_pattern, re.I) if rules.tenant_header_pattern else None
    op_re = re.compile(rules.operation_id_pattern) if rules.operation_id_pattern else None

    # 1. Model names come from `title`; vendor files reuse titles (FastAPI's "Validation Error",
    #    "-Input"/"-Output" twins), so two models collide and one is silently dropped.  The
    #    component key is unique by construction: use it.
    schemas = spec.get("components", {}).get("schemas", {}) or {}
    for key, schema in schemas.items():
        if isinstance(schema, dict) and "title" in schema and schema["title"] != key:
            schema["title"] = key
            counts["component title set to its key"] += 1

    # 2. Object/array defaults anywhere in the document; repeated enum values; aliases.
    _strip_object_defaults(spec.get("components", {}), counts)
    _strip_object_defaults(spec.get("paths", {}), counts)
    _dedupe_enums(spec.get("components", {}), counts)
    _dedupe_enums(spec.get("paths", {}), counts)
    _inline_component_aliases(spec, counts, source)
    _redirect_schema_aliases(spec, counts)
    _nullable_components_to_references(spec, counts)
    _hoist_component_union_members(spec, counts)
    _flatten_conflicting_allofs(spec, counts, source)
    _colliding_titles(spec, counts)
    _inline_names_meeting_components(spec, counts)
    _python_name_collisions(spec, warnings)
    for param in ((spec.get("components") or {}).get("parameters") or {}).values():
        if isinstance(param, dict):
            _content_param_as_string(param, counts)
    overrides: dict[str, str] = {}

    used_names: dict[tuple[str, str], str] = {}
    for path, item in spec["paths"].items():
        path_params = [_resolve_param(spec, p, source) for p in item.get("parameters", []) or []]
        if "parameters" in item:
            del item["parameters"]  # folded into each operation below
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            where = f"{method.upper()} {path}"
            # 3. Explicit, unique operation ids (optionally rewritten per provider).
            op_id = op.get("operationId") or _fallback_operation_id(path, method)
            if op_re is not None and rules.operation_id_replace is not None:
                new_id = op_re.sub(rules.operation_id_replace, op_id)
                if new_id != op_id:
                    counts["operationId rewritten"] += 1
                op_id = new_id
            tag = (op.get("tags") or ["default"])[0]
            key = (tag_name(str(tag)), python_name(op_id))
            if key in used_names:
                # A third (fourth...) operation with the same id must not collide with the
                # second one's new name: one of them would silently be lost.
                base, n = f"{op_id}_{method}", 1
                op_id = base
                while (tag_name(str(tag)), python_name(op_id)) in used_names:
                    n += 1
                    op_id = f"{base}_{n}"
                counts["duplicate operationId disambiguated"] += 1
                key = (tag_name(str(tag)), python_name(op_id))
            used_names[key] = where
            op["operationId"] = op_id

            # 4. Parameters: merge path-level ones, inline $refs, lift facade-owned headers
            #    out of the signature, and make the remaining header values plain strings.
            merged: dict[tuple[str, str], dict[str, Any]] = {}
            for p in path_params:
                merged[(p["name"], p["in"])] = copy.deepcopy(p)
            for p in op.get("parameters", []) or []:
                rp = _resolve_param(spec, p, source)
                merged[(rp["name"], rp["in"])] = rp
            kept: list[dict[str, Any]] = []
            meta: dict[str, Any] = {"owned_headers": [], "tenant_header": None}
            for (name, location), p in merged.items():
                if location == "header":
                    if name.lower() in owned_lower:
                        meta["owned_headers"].append(name)
                        if tenant_re is not None and tenant_re.fullmatch(name):
                            meta["tenant_header"] = name
                        counts["facade-owned header lifted out of the signature"] += 1
                        continue
                    if tenant_re is not None and tenant_re.fullmatch(name):
                        meta["tenant_header"] = name
                        meta["owned_headers"].append(name)
                        counts["facade-owned header lifted out of the signature"] += 1
                        continue
                    fmt = _non_str_header_format(spec, p.get("schema"), source)
                    if fmt is not None:
                        p["schema"] = {"type": "string", "x-original-format": fmt}
                        counts[f"header of format {fmt} sent as a string"] += 1
                _content_param_as_string(p, counts)
                schema = p.get("schema")
                if location == "path" and isinstance(schema, dict) and "default" in schema:
                    # A path parameter is always required: the generator would give it a default
                    # and put it before required ones, which is a Python syntax error.
                    p["schema"] = {k: v for k, v in schema.items() if k != "default"}
                    counts["default dropped from a path parameter"] += 1
                kept.append(p)
            # 5. A JSON response whose schema is a binary string is a file download: the
            #    generator would hand the parsed JSON to BytesIO and fail at run time.
            for response in (op.get("responses") or {}).values():
                content = response.get("content") if isinstance(response, dict) else None
                if not isinstance(content, dict):
                    continue
                for media_type in [m for m in content if "json" in m.lower()]:
                    schema = (
                        content[media_type].get("schema") if isinstance(content[media_type], dict) else None
                    )
                    while isinstance(schema, dict) and "$ref" in schema:
                        schema = _json_pointer_get(spec, schema["$ref"], source)
                    if (
                        isinstance(schema, dict)
                        and schema.get("type") == "string"
                        and schema.get("format") == "binary"
                    ):
                        content.setdefault("application/octet-stream", content.pop(media_type))
                        counts["binary JSON response served as a file"] += 1
            # 6. Request bodies: a media type without a schema gets "any" (JSON) or raw bytes; a
            #    body the generator can encode in no media type (CBOR, XML, text) is sent as raw
            #    bytes under its own Content-Type instead of dropping the operation.
            body = op.get("requestBody")
            while isinstance(body, dict) and "$ref" in body:
                body = _json_pointer_get(spec, body["$ref"], source)
            content = body.get("content") if isinstance(body, dict) else None
            if isinstance(content, dict) and content:
                for media_type, media in list(content.items()):
                    if media is None:
                        media = content[media_type] = {}
                    if isinstance(media, dict) and media.get("schema") is None:
                        json_like = "json" in media_type.lower()
                        media["schema"] = {} if json_like else {"type": "string", "format": "binary"}
                        counts["request body media type without a schema given one"] += 1
                encodable = [m for m in content if _encodable(m)]
                if len(encodable) > 1:
                    # The pinned generator's union-of-bodies signature names `Unset` without
                    # importing it (the module does not import): keep one, JSON first.
                    keep = next((m for m in encodable if "json" in m.lower()), encodable[0])
                    for dropped in encodable:
                        if dropped != keep:
                            del content[dropped]
                    warnings.append(
                        f"{where}: request body offered as {', '.join(encodable)}; generated as {keep} only"
                    )
                    counts["request body with several media types generated as one"] += 1
                if not encodable:
                    for media_type in content:
                        overrides[media_type] = "application/octet-stream"
                    counts["request body in a non-encodable media type sent as raw bytes"] += 1
            if kept:
                op["parameters"] = kept
            elif "parameters" in op:
                del op["parameters"]
            owned[op_id] = meta

    return Normalised(
        spec=spec, counts=counts, owned=owned, content_type_overrides=overrides, warnings=warnings
    )
