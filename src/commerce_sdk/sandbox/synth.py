"""Schema-valid data made up from the contract alone.

This is what lets an operation without hand-written behaviour answer at once: the
response schema is turned into a body, preferring the spec's own examples when they
validate, else the smallest value that does.  With a `random.Random` the same code makes
varied seeded records for the paged lists, and `complete` fills in whatever a
hand-written record lacks when a vendor adds a required field.
"""

from __future__ import annotations

import base64
import random
from typing import Any

from . import seed
from .contracts import JSON, escape_pointer, resolve_pointer
from .schema import SchemaSet

_MAX_DEPTH = 12
_VARIED_DEPTH = 3  # seeded rows: below this depth only required fields, to keep pages fast
_HINTS: dict[str, tuple[str, ...]] = {
    "currency": ("EUR", "USD", "GBP", "CHF"),
    "currency_iso": ("EUR",),
    "country": ("BE", "DE", "FR", "NL", "AT"),
    "country_code": ("BE", "DE", "FR", "NL"),
    "language": ("en", "fr", "de", "nl"),
    "city": tuple(c[0] for c in seed.CITIES),
    "first_name": seed.FIRST_NAMES,
    "last_name": seed.LAST_NAMES,
    "company_name": seed.COMPANIES,
    "status": ("active",),
}


def clone(value: Any) -> Any:
    """Deep copy for JSON data; several times faster than copy.deepcopy."""
    kind = type(value)
    if kind is dict:
        return {k: clone(v) for k, v in value.items()}
    if kind is list:
        return [clone(v) for v in value]
    return value


class Synthesizer:
    """Makes values for the schemas of one contract."""

    def __init__(self, schemas: SchemaSet) -> None:
        self._schemas = schemas
        self._doc = schemas.document
        self._oas31 = schemas.oas31
        self._fixed: dict[tuple[str, bool], Any] = {}
        self._blank = False  # set while `complete` fills in nested blanks

    # -- public -------------------------------------------------------------------------
    def value(self, pointer: str, *, write: bool = False) -> Any:
        """The deterministic value for a schema: examples where valid, else minimal data."""
        key = (pointer, write)
        if key not in self._fixed:
            made = self._make(resolve_pointer(self._doc, pointer), pointer, None, write, 0, "")
            if self._schemas.errors(pointer, made, write=write, limit=1):
                made = self._make(
                    resolve_pointer(self._doc, pointer), pointer, None, write, 0, "", minimal=True
                )
            self._fixed[key] = made
        return clone(self._fixed[key])

    def varied(self, pointer: str, r: random.Random, *, write: bool = False) -> Any:
        """A seeded value: same generator state, same value."""
        made = self._make(resolve_pointer(self._doc, pointer), pointer, r, write, 0, "")
        if self._schemas.errors(pointer, made, write=write, limit=1):
            return self.value(pointer, write=write)
        return made

    def complete(self, value: Any, pointer: str, *, write: bool = False) -> Any:
        """Fill missing required properties (recursively) with blank values so `value` fits.

        Blank means "", 0, false, [] (or the smallest valid value): what a real service
        stores for a field the client did not send.
        """
        return self._complete(value, resolve_pointer(self._doc, pointer), pointer, write, 0)

    def schema_pointer(self, name: str) -> str:
        return f"/components/schemas/{escape_pointer(name)}"

    # -- generation ---------------------------------------------------------------------
    def _deref(self, schema: JSON, ptr: str) -> tuple[JSON, str]:
        hops = 0
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and hops < 32:
            ptr = schema["$ref"][1:]
            schema = resolve_pointer(self._doc, ptr)
            hops += 1
        return schema, ptr

    def _example(self, schema: JSON, ptr: str, write: bool) -> tuple[bool, Any]:
        candidates = []
        if "example" in schema:
            candidates.append(schema["example"])
        examples = schema.get("examples")
        if isinstance(examples, list):
            candidates.extend(examples)
        for candidate in candidates:
            if not self._schemas.errors(ptr, candidate, write=write, limit=1):
                return True, clone(candidate)
        return False, None

    def _make(
        self,
        schema: JSON,
        ptr: str,
        r: random.Random | None,
        write: bool,
        depth: int,
        hint: str,
        *,
        minimal: bool = False,
        blank: bool = False,
    ) -> Any:
        schema, ptr = self._deref(schema, ptr)
        if schema is True or not isinstance(schema, dict) or not schema:
            return {} if depth == 0 else "value"
        blank = blank or self._blank
        minimal = minimal or blank
        if r is None and not minimal:
            found, value = self._example(schema, ptr, write)
            if found:
                return value
        if "const" in schema and self._oas31:
            return clone(schema["const"])
        if schema.get("enum"):
            options = [e for e in schema["enum"] if e is not None] or list(schema["enum"])
            return clone(r.choice(options) if r is not None else options[0])
        for word in ("oneOf", "anyOf"):
            if word in schema:
                return self._choice(schema, word, ptr, r, write, depth, hint, minimal)
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for i, sub in enumerate(schema["allOf"]):
                part = self._make(sub, f"{ptr}/allOf/{i}", r, write, depth, hint, minimal=minimal)
                if isinstance(part, dict):
                    merged.update(part)
            if "properties" in schema or schema.get("type") == "object":
                own = self._object(schema, ptr, r, write, depth, minimal)
                merged.update(own)
            return merged
        kind = self._type(schema)
        if blank:
            blank_value = _blank_scalar(kind, schema)
            if blank_value is not _NO_BLANK:
                return blank_value
        if kind == "object":
            return self._object(schema, ptr, r, write, depth, minimal)
        if kind == "array":
            return self._array(schema, ptr, r, write, depth, hint, minimal)
        if kind == "string":
            return self._string(schema, r, hint)
        if kind == "integer":
            return int(self._number(schema, r, integer=True))
        if kind == "number":
            return self._number(schema, r, integer=False)
        if kind == "boolean":
            return bool(r.random() < 0.5) if r is not None else False
        if kind == "null":
            return None
        return "value"

    def _type(self, schema: JSON) -> str | None:
        declared = schema.get("type")
        if isinstance(declared, list):
            non_null = [t for t in declared if t != "null"]
            return str(non_null[0]) if non_null else "null"
        if isinstance(declared, str):
            return declared
        if "properties" in schema or "additionalProperties" in schema:
            return "object"
        if "items" in schema:
            return "array"
        return None

    def _choice(
        self,
        schema: JSON,
        word: str,
        ptr: str,
        r: random.Random | None,
        write: bool,
        depth: int,
        hint: str,
        minimal: bool,
    ) -> Any:
        branches = list(enumerate(schema[word]))
        non_null = [(i, b) for i, b in branches if not _is_null_schema(b)]
        has_null = len(non_null) < len(branches)
        if has_null and (not non_null or depth >= _MAX_DEPTH or (r is not None and r.random() < 0.15)):
            return None
        order = non_null or branches
        if r is not None and len(order) > 1 and word == "anyOf":
            order = order[:]
            r.shuffle(order)
        fallback: Any = None
        for i, branch in order:
            value = self._make(branch, f"{ptr}/{word}/{i}", r, write, depth, hint, minimal=minimal)
            if r is not None and word == "anyOf":
                return value  # seeded rows are checked once as a whole in `varied`
            if not self._schemas.errors(ptr, value, write=write, limit=1):
                return value
            fallback = value
        return None if has_null else fallback

    def _object(
        self, schema: JSON, ptr: str, r: random.Random | None, write: bool, depth: int, minimal: bool
    ) -> dict[str, Any]:
        props = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        result: dict[str, Any] = {}
        shallow = _VARIED_DEPTH if r is not None else _MAX_DEPTH
        for name, sub in props.items():
            if name not in required and (minimal or depth >= shallow):
                continue
            target, _ = self._deref(sub, ptr)
            if isinstance(target, dict) and not self._oas31:
                if write and target.get("readOnly") and name not in required:
                    continue
                if not write and target.get("writeOnly") and name not in required:
                    continue
            if isinstance(target, dict) and target.get("deprecated") and name not in required:
                continue
            result[name] = self._make(
                sub, f"{ptr}/properties/{escape_pointer(name)}", r, write, depth + 1, name, minimal=minimal
            )
        return result

    def _array(
        self,
        schema: JSON,
        ptr: str,
        r: random.Random | None,
        write: bool,
        depth: int,
        hint: str,
        minimal: bool,
    ) -> list[Any]:
        lo = int(schema.get("minItems", 0))
        hi = schema.get("maxItems")
        if minimal or depth >= _MAX_DEPTH - 2 or (r is not None and depth >= _VARIED_DEPTH):
            count = lo
        elif r is not None:
            count = max(lo, r.randint(0, 2))
        else:
            count = max(lo, 1)
        if hi is not None:
            count = min(count, int(hi))
        items = schema.get("items", {})
        made = [
            self._make(items, f"{ptr}/items", r, write, depth + 1, hint, minimal=minimal)
            for _ in range(count)
        ]
        if schema.get("uniqueItems") and len(made) > 1:
            unique: list[Any] = []
            for item in made:
                if item not in unique:
                    unique.append(item)
            made = unique if len(unique) >= lo else made
        return made

    def _string(self, schema: JSON, r: random.Random | None, hint: str) -> str:
        fmt = schema.get("format")
        value: str
        if fmt == "date-time":
            value = seed.iso(seed.moment(r)) if r is not None else "2024-01-15T10:30:00Z"
        elif fmt == "date":
            value = (seed.moment(r) if r is not None else seed.EPOCH).strftime("%Y-%m-%d")
        elif fmt == "time":
            value = "10:30:00Z"
        elif fmt == "uuid":
            value = seed.uuid_from(r) if r is not None else "3c90c3cc-0d44-4b50-8888-8dd25736052a"
        elif fmt in ("email", "idn-email"):
            value = f"user{r.randrange(10000) if r is not None else 1}@example.com"
        elif fmt in ("uri", "url", "iri"):
            value = "https://example.com/sandbox"
        elif fmt == "byte":
            value = base64.b64encode(b"sandbox").decode("ascii")
        elif fmt == "duration":
            value = "00:05:00"
        elif fmt == "ipv4":
            value = "192.0.2.10"
        elif fmt == "ipv6":
            value = "2001:db8::10"
        else:
            key = hint.lower()
            options = _HINTS.get(key)
            if options is not None:
                value = r.choice(options) if r is not None else options[0]
            elif key == "email" or key.endswith("_email"):
                value = f"user{r.randrange(10000) if r is not None else 1}@example.com"
            elif key in ("name", "display_name", "title", "label"):
                if r is not None:
                    value = f"{r.choice(seed.ADJECTIVES)} {r.choice(seed.NOUNS)}"
                else:
                    value = "Sandbox example"
            elif key in ("url", "website", "redirect_url") or key.endswith("_url"):
                value = "https://example.com/sandbox"
            elif r is not None:
                value = f"{key or 'value'}-{r.randrange(10**6):06d}"
            else:
                value = key or "value"
        lo = int(schema.get("minLength", 0))
        hi = schema.get("maxLength")
        if len(value) < lo:
            value = value + "x" * (lo - len(value))
        if hi is not None and len(value) > int(hi):
            value = value[: int(hi)]
        return value

    def _number(self, schema: JSON, r: random.Random | None, *, integer: bool) -> float | int:
        lo = schema.get("minimum")
        hi = schema.get("maximum")
        xlo = schema.get("exclusiveMinimum")
        xhi = schema.get("exclusiveMaximum")
        step = 1 if integer else 0.01
        if isinstance(xlo, int | float) and not isinstance(xlo, bool):
            lo = xlo + step
        elif xlo is True and lo is not None:
            lo = lo + step
        if isinstance(xhi, int | float) and not isinstance(xhi, bool):
            hi = xhi - step
        elif xhi is True and hi is not None:
            hi = hi - step
        low = lo if lo is not None else (1 if integer else 0.5)
        high = hi if hi is not None else max(low, 0) + (1000 if integer else 500)
        if r is None:
            value: float | int = max(low, min(high, 1))
        elif integer:
            value = r.randint(int(low), int(high))
        else:
            value = round(r.uniform(float(low), float(high)), 2)
            value = min(max(value, low), high)
        if integer:
            return int(value)
        return float(value)

    # -- completion ---------------------------------------------------------------------
    def _complete(self, value: Any, schema: JSON, ptr: str, write: bool, depth: int) -> Any:
        schema, ptr = self._deref(schema, ptr)
        if not isinstance(schema, dict) or depth > _MAX_DEPTH:
            return value
        if isinstance(value, dict):
            props = schema.get("properties") or {}
            for name in schema.get("required") or []:
                if name not in value and name in props:
                    self._blank = True
                    try:
                        value[name] = self._make(
                            props[name],
                            f"{ptr}/properties/{escape_pointer(name)}",
                            None,
                            write,
                            depth + 1,
                            name,
                        )
                    finally:
                        self._blank = False
            for name, sub in props.items():
                if name in value:
                    value[name] = self._complete(
                        value[name], sub, f"{ptr}/properties/{escape_pointer(name)}", write, depth + 1
                    )
            return value
        if isinstance(value, list) and isinstance(schema.get("items"), dict):
            return [self._complete(v, schema["items"], f"{ptr}/items", write, depth + 1) for v in value]
        return value


_NO_BLANK = object()


def _blank_scalar(kind: str | None, schema: JSON) -> Any:
    """ "", 0 or false when that fits the schema's bounds; otherwise leave it to _make."""
    if kind == "string" and not schema.get("format") and int(schema.get("minLength", 0)) == 0:
        return ""
    if kind in ("integer", "number"):
        lo, hi = schema.get("minimum"), schema.get("maximum")
        if (lo is None or lo <= 0) and (hi is None or hi >= 0) and not schema.get("exclusiveMinimum"):
            return 0 if kind == "integer" else 0.0
        return _NO_BLANK
    if kind == "boolean":
        return False
    return _NO_BLANK


def _is_null_schema(schema: JSON) -> bool:
    return isinstance(schema, dict) and (schema.get("type") == "null" or schema.get("enum") == [None])
