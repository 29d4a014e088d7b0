"""JSON-Schema checks for the contracts: compiled for speed, jsonschema as the judge.

jsonschema (through openapi-schema-validator, which knows the OpenAPI 3.0 and 3.1
dialects) needs ~50 ms for a page of 100 JTL items, which makes the sandbox slower than
the code under test.  So each schema is compiled once into plain Python closures that
answer "valid or not" in a few ms; only when they say "not valid" does the reference
validator run, to produce the detailed messages (and to overrule the fast path, so a
compiler gap can never invent an error).  Keywords the compiler does not know make it
hand the whole schema to the reference validator.
"""

from __future__ import annotations

import importlib
import math
import re
from collections.abc import Callable
from typing import Any

from openapi_schema_validator import (
    OAS30ReadValidator,
    OAS30WriteValidator,
    OAS31Validator,
    oas30_format_checker,
    oas31_format_checker,
)
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4, DRAFT202012

from .contracts import JSON, escape_pointer, resolve_pointer

Check = Callable[[Any], bool]

# jsonschema ships no type information; its JSON equality helpers are used untyped.
js_utils: Any = importlib.import_module("jsonschema._utils")


class Unsupported(Exception):
    """A schema uses a keyword the compiler does not implement."""


# Validation keywords of draft 2020-12 that the compiler leaves to jsonschema.
_UNSUPPORTED_31 = frozenset(
    {
        "patternProperties",
        "dependentRequired",
        "dependentSchemas",
        "dependencies",
        "if",
        "then",
        "else",
        "prefixItems",
        "contains",
        "minContains",
        "maxContains",
        "unevaluatedItems",
        "unevaluatedProperties",
        "$dynamicRef",
        "$recursiveRef",
        "additionalItems",
        "multipleOf",
        "$defs",
        "$anchor",
        "$dynamicAnchor",
        "$id",
    }
)
# The OpenAPI 3.0 validator only knows these keywords; everything else is ignored by it.
_KNOWN_30 = frozenset(
    {
        "multipleOf",
        "maximum",
        "minimum",
        "exclusiveMaximum",
        "exclusiveMinimum",
        "maxLength",
        "minLength",
        "pattern",
        "maxItems",
        "minItems",
        "uniqueItems",
        "maxProperties",
        "minProperties",
        "enum",
        "type",
        "allOf",
        "oneOf",
        "anyOf",
        "not",
        "items",
        "properties",
        "required",
        "additionalProperties",
        "format",
        "$ref",
        "nullable",
        "discriminator",
        "readOnly",
        "writeOnly",
    }
)
_UNSUPPORTED_30 = frozenset({"multipleOf"})


def _always(_: Any) -> bool:
    return True


def _never(_: Any) -> bool:
    return False


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_int_or_integral(v: Any) -> bool:
    if isinstance(v, bool):
        return False
    return isinstance(v, int) or (isinstance(v, float) and v.is_integer())


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _type_check(name: str, oas31: bool) -> Check:
    if name == "object":
        return lambda v: isinstance(v, dict)
    if name == "array":
        return lambda v: isinstance(v, list)
    if name == "string":
        return lambda v: isinstance(v, str)
    if name == "boolean":
        return lambda v: isinstance(v, bool)
    if name == "integer":
        return _is_int_or_integral if oas31 else _is_int
    if name == "number":
        return _is_number
    if name == "null" and oas31:
        return lambda v: v is None
    raise Unsupported(f"type {name!r}")


def _enum_check(values: list[Any]) -> Check:
    if all(isinstance(e, str) for e in values):
        allowed = frozenset(values)
        return lambda v: isinstance(v, str) and v in allowed
    if all(_is_int(e) for e in values):
        ints = frozenset(values)
        return lambda v: _is_number(v) and v in ints
    return lambda v: any(js_utils.equal(v, e) for e in values)


class Compiler:
    """Turns schemas of one contract into closures; one instance per (dialect, direction)."""

    def __init__(self, document: JSON, *, oas31: bool, write: bool) -> None:
        self._doc = document
        self._oas31 = oas31
        self._write = write
        checker = oas31_format_checker if oas31 else oas30_format_checker
        self._formats = checker.checkers
        self._cache: dict[str, Check] = {}
        self._pending: dict[str, list[Check]] = {}

    def compile_pointer(self, pointer: str) -> Check:
        cached = self._cache.get(pointer)
        if cached is not None:
            return cached
        pending = self._pending.get(pointer)
        if pending is not None:  # recursive schema: bind late
            return lambda v: pending[0](v)
        cell: list[Check] = []
        self._pending[pointer] = cell
        try:
            fn = self._compile(resolve_pointer(self._doc, pointer), pointer)
        finally:
            del self._pending[pointer]
        cell.append(fn)
        self._cache[pointer] = fn
        return fn

    def _compile(self, schema: JSON, ptr: str) -> Check:
        if schema is True:
            return _always
        if schema is False:
            if self._oas31:
                return _never
            raise Unsupported("boolean schema")
        if not isinstance(schema, dict):
            raise Unsupported("non-object schema")
        oas31 = self._oas31
        keys = set(schema)
        if oas31:
            bad = keys & _UNSUPPORTED_31
        else:
            bad = keys & _UNSUPPORTED_30
            keys &= _KNOWN_30
        if bad:
            raise Unsupported(", ".join(sorted(bad)))
        checks: list[Check] = []

        if "$ref" in keys:
            ref = schema["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#"):
                raise Unsupported(f"$ref {ref!r}")
            checks.append(self.compile_pointer(ref[1:]))

        if "type" in keys:
            checks.append(self._types(schema))
        elif "nullable" in keys and not oas31:
            pass  # nullable without type has no effect in 3.0

        if "enum" in keys:
            checks.append(_enum_check(list(schema["enum"])))
        if oas31 and "const" in schema:
            const = schema["const"]
            checks.append(lambda v: js_utils.equal(v, const))

        if "readOnly" in keys and not oas31 and self._write and schema["readOnly"]:
            return _never
        if "writeOnly" in keys and not oas31 and not self._write and schema["writeOnly"]:
            return _never

        obj = self._object(schema, keys, ptr)
        if obj is not None:
            checks.append(obj)
        arr = self._array(schema, keys, ptr)
        if arr is not None:
            checks.append(arr)
        string = self._string(schema, keys)
        if string is not None:
            checks.append(string)
        num = self._numeric(schema, keys)
        if num is not None:
            checks.append(num)
        if "format" in keys:
            fmt = self._format(str(schema["format"]))
            if fmt is not None:
                checks.append(fmt)

        if not oas31 and "discriminator" in keys and keys & {"anyOf", "oneOf", "allOf"}:
            raise Unsupported("discriminator")
        for word in ("allOf", "anyOf", "oneOf"):
            if word in keys:
                subs = [self._compile(s, f"{ptr}/{word}/{i}") for i, s in enumerate(schema[word])]
                checks.append(_combinator(word, subs))
        if "not" in keys:
            inner = self._compile(schema["not"], f"{ptr}/not")
            checks.append(lambda v: not inner(v))

        if not checks:
            return _always
        if len(checks) == 1:
            return checks[0]
        if len(checks) == 2:
            a, b = checks
            return lambda v: a(v) and b(v)
        frozen = tuple(checks)
        return lambda v: all(c(v) for c in frozen)

    def _types(self, schema: JSON) -> Check:
        declared = schema["type"]
        if not self._oas31:
            if not isinstance(declared, str):
                raise Unsupported("type list in 3.0")
            base = _type_check(declared, False)
            if schema.get("nullable") is True:
                return lambda v: v is None or base(v)
            return lambda v: v is not None and base(v)
        names = [declared] if isinstance(declared, str) else list(declared)
        tests = tuple(_type_check(n, True) for n in names)
        if len(tests) == 1:
            return tests[0]
        return lambda v: any(t(v) for t in tests)

    def _object(self, schema: JSON, keys: set[str], ptr: str) -> Check | None:
        props_schema = schema.get("properties") if "properties" in keys else None
        props: list[tuple[str, Check]] = []
        if isinstance(props_schema, dict):
            for name, sub in props_schema.items():
                props.append((name, self._compile(sub, f"{ptr}/properties/{escape_pointer(name)}")))
        required: list[str] = []
        if "required" in keys:
            for name in schema["required"]:
                sub = (props_schema or {}).get(name)
                if not self._oas31 and isinstance(sub, dict):
                    if self._write and sub.get("readOnly"):
                        continue
                    if not self._write and sub.get("writeOnly"):
                        continue
                required.append(name)
        extra: Check | None = None
        extra_banned = False
        if "additionalProperties" in keys:
            ap = schema["additionalProperties"]
            if ap is False:
                extra_banned = True
            elif ap is not True and isinstance(ap, dict):
                extra = self._compile(ap, f"{ptr}/additionalProperties")
        names_check: Check | None = None
        if self._oas31 and "propertyNames" in schema:
            names_check = self._compile(schema["propertyNames"], f"{ptr}/propertyNames")
        min_p = schema.get("minProperties") if "minProperties" in keys else None
        max_p = schema.get("maxProperties") if "maxProperties" in keys else None
        unbounded = min_p is None and max_p is None
        if (
            not props
            and not required
            and extra is None
            and not extra_banned
            and names_check is None
            and unbounded
        ):
            return None
        known = frozenset(n for n, _ in props) if props_schema else frozenset()
        prop_items = tuple(props)
        req = tuple(required)

        def check(v: Any) -> bool:
            if not isinstance(v, dict):
                return True
            for name in req:
                if name not in v:
                    return False
            for name, sub in prop_items:
                if name in v and not sub(v[name]):
                    return False
            if extra_banned or extra is not None:
                for key in v:
                    if key not in known:
                        if extra_banned:
                            return False
                        if extra is not None and not extra(v[key]):
                            return False
            if names_check is not None:
                for key in v:
                    if not names_check(key):
                        return False
            if min_p is not None and len(v) < min_p:
                return False
            return not (max_p is not None and len(v) > max_p)

        return check

    def _array(self, schema: JSON, keys: set[str], ptr: str) -> Check | None:
        item: Check | None = None
        if "items" in keys:
            items = schema["items"]
            if isinstance(items, list):
                raise Unsupported("tuple items")
            item = self._compile(items, f"{ptr}/items")
        min_i = schema.get("minItems") if "minItems" in keys else None
        max_i = schema.get("maxItems") if "maxItems" in keys else None
        unique = bool(schema.get("uniqueItems")) if "uniqueItems" in keys else False
        if item is None and min_i is None and max_i is None and not unique:
            return None

        def check(v: Any) -> bool:
            if not isinstance(v, list):
                return True
            if min_i is not None and len(v) < min_i:
                return False
            if max_i is not None and len(v) > max_i:
                return False
            if item is not None:
                for x in v:
                    if not item(x):
                        return False
            return not (unique and not js_utils.uniq(v))

        return check

    def _string(self, schema: JSON, keys: set[str]) -> Check | None:
        min_l = schema.get("minLength") if "minLength" in keys else None
        max_l = schema.get("maxLength") if "maxLength" in keys else None
        pattern = None
        if "pattern" in keys:
            from openapi_schema_validator._regex import has_ecma_regex

            if has_ecma_regex():
                raise Unsupported("ECMA pattern")
            pattern = re.compile(str(schema["pattern"]))
        if min_l is None and max_l is None and pattern is None:
            return None

        def check(v: Any) -> bool:
            if not isinstance(v, str):
                return True
            if min_l is not None and len(v) < min_l:
                return False
            if max_l is not None and len(v) > max_l:
                return False
            return not (pattern is not None and pattern.search(v) is None)

        return check

    def _numeric(self, schema: JSON, keys: set[str]) -> Check | None:
        lo = schema.get("minimum") if "minimum" in keys else None
        hi = schema.get("maximum") if "maximum" in keys else None
        xlo: Any = schema.get("exclusiveMinimum") if "exclusiveMinimum" in keys else None
        xhi: Any = schema.get("exclusiveMaximum") if "exclusiveMaximum" in keys else None
        if not self._oas31:
            # 3.0: exclusive* are booleans modifying minimum/maximum (and ignored without them).
            lo_excl, hi_excl = bool(xlo) and lo is not None, bool(xhi) and hi is not None
            xlo = lo if lo_excl else None
            xhi = hi if hi_excl else None
            lo = None if lo_excl else lo
            hi = None if hi_excl else hi
        if lo is None and hi is None and xlo is None and xhi is None:
            return None

        def check(v: Any) -> bool:
            if not _is_number(v) or (isinstance(v, float) and math.isnan(v)):
                return True
            if lo is not None and v < lo:
                return False
            if hi is not None and v > hi:
                return False
            if xlo is not None and v <= xlo:
                return False
            return not (xhi is not None and v >= xhi)

        return check

    def _format(self, name: str) -> Check | None:
        entry = self._formats.get(name)
        if entry is None:
            return None
        func, raises = entry
        skip_none = not self._oas31

        def check(v: Any) -> bool:
            if skip_none and v is None:
                return True
            try:
                return bool(func(v))
            except raises:
                return False

        return check


def _combinator(word: str, subs: list[Check]) -> Check:
    frozen = tuple(subs)
    if word == "allOf":
        return lambda v: all(s(v) for s in frozen)
    if word == "anyOf":
        return lambda v: any(s(v) for s in frozen)

    def one_of(v: Any) -> bool:
        hits = 0
        for s in frozen:
            if s(v):
                hits += 1
                if hits > 1:
                    return False
        return hits == 1

    return one_of


def _describe(error: Any) -> str:
    where = "/".join(str(p) for p in error.absolute_path)
    message = error.message
    if len(message) > 300:
        message = message[:300] + "..."
    return f"{where or '(root)'}: {message}"


class SchemaSet:
    """All validators for one contract: compiled fast paths and reference validators."""

    def __init__(self, key: str, document: JSON, *, oas31: bool) -> None:
        self.key = key
        self.document = document
        self.oas31 = oas31
        self._base = f"urn:commerce-sdk-sandbox:{key}"
        spec = DRAFT202012 if oas31 else DRAFT4
        self._registry: Registry[Any] = Registry().with_resource(
            self._base, Resource.from_contents(document, default_specification=spec)
        )
        self._compilers = {
            False: Compiler(document, oas31=oas31, write=False),
            True: Compiler(document, oas31=oas31, write=True),
        }
        self._checks: dict[tuple[str, bool], Check | None] = {}
        self._references: dict[tuple[str, bool], Any] = {}
        self.discrepancies: list[str] = []  # fast path said invalid, reference said valid

    def check(self, pointer: str, *, write: bool) -> Check | None:
        """The compiled check for a schema (None when it needs the reference validator)."""
        key = (pointer, write)
        if key not in self._checks:
            try:
                self._checks[key] = self._compilers[write].compile_pointer(pointer)
            except Unsupported:
                self._checks[key] = None
        return self._checks[key]

    def reference(self, pointer: str, *, write: bool) -> Any:
        key = (pointer, write)
        validator = self._references.get(key)
        if validator is None:
            schema = {"$ref": f"{self._base}#{pointer}"}
            if self.oas31:
                validator = OAS31Validator(
                    schema, registry=self._registry, format_checker=oas31_format_checker
                )
            else:
                cls = OAS30WriteValidator if write else OAS30ReadValidator
                validator = cls(schema, registry=self._registry, format_checker=oas30_format_checker)
            self._references[key] = validator
        return validator

    def errors(self, pointer: str, value: Any, *, write: bool, limit: int = 20) -> list[str]:
        """Empty when `value` conforms to the schema at `pointer`, else readable messages."""
        fast = self.check(pointer, write=write)
        if fast is not None and fast(value):
            return []
        found = []
        for error in self.reference(pointer, write=write).iter_errors(value):
            found.append(_describe(error))
            if len(found) >= limit:
                break
        if fast is not None and not found:
            self.discrepancies.append(pointer)
        return found
