"""Request and response checks against an operation of the contract.

Parameters arrive as text, so they are first coerced to the types their schemas name
(as a real server's framework would) and then validated like bodies.  Every problem is
reported with where it is (query/header/path/body) and what is wrong, so a 400 from the
sandbox tells the SDK developer exactly which part of the request is off-contract.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .contracts import JSON, Operation, Parameter, follow_refs
from .schema import SchemaSet

_INT = re.compile(r"^[+-]?\d+$")
_REQUIRED = re.compile(r"^'(.+)' is a required property$")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a request: `location` is query, header, path or body."""

    location: str
    name: str
    message: str

    def text(self) -> str:
        where = f"{self.location} {self.name}".strip() if self.name else self.location
        return f"{where}: {self.message}"


@dataclass
class ParsedRequest:
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    has_body: bool = False
    problems: list[Problem] = field(default_factory=list)


class MultiValues(Mapping[str, str]):
    """The bits of starlette's QueryParams/Headers the validator needs (also for tests)."""

    def __init__(self, pairs: Sequence[tuple[str, str]], *, fold_case: bool = False) -> None:
        self._fold = fold_case
        self._pairs = [((k.lower() if fold_case else k), v) for k, v in pairs]

    def getlist(self, key: str) -> list[str]:
        key = key.lower() if self._fold else key
        return [v for k, v in self._pairs if k == key]

    def __getitem__(self, key: str) -> str:
        values = self.getlist(key)
        if not values:
            raise KeyError(key)
        return values[0]

    def __iter__(self) -> Any:
        return iter(dict(self._pairs))

    def __len__(self) -> int:
        return len(dict(self._pairs))


def _scalar_types(doc: JSON, schema: JSON, depth: int = 0) -> list[str]:
    """Types a parameter value may take, in the order coercion should try them."""
    if depth > 8 or not isinstance(schema, dict):
        return []
    schema, _ = follow_refs(doc, schema, "")
    declared = schema.get("type")
    found: list[str] = []
    if isinstance(declared, str):
        found.append(declared)
    elif isinstance(declared, list):
        found.extend(str(t) for t in declared)
    for word in ("anyOf", "oneOf", "allOf"):
        for sub in schema.get(word) or []:
            found.extend(_scalar_types(doc, sub, depth + 1))
    if not found and "enum" in schema:
        for value in schema["enum"]:
            if isinstance(value, bool):
                found.append("boolean")
            elif isinstance(value, int):
                found.append("integer")
            elif isinstance(value, str):
                found.append("string")
    return [t for t in dict.fromkeys(found) if t != "null"]


def _items_schema(doc: JSON, schema: JSON) -> JSON:
    schema, _ = follow_refs(doc, schema, "")
    if isinstance(schema, dict):
        if isinstance(schema.get("items"), dict):
            return schema["items"]
        for word in ("anyOf", "oneOf"):
            for sub in schema.get(word) or []:
                sub, _ = follow_refs(doc, sub, "")
                if isinstance(sub, dict) and isinstance(sub.get("items"), dict):
                    return sub["items"]
    return {}


def coerce(doc: JSON, schema: JSON, raw: str) -> Any:
    """Turn a parameter's text into the value its schema describes; unparseable stays text."""
    for kind in _scalar_types(doc, schema):
        if kind == "integer" and _INT.match(raw.strip()):
            return int(raw)
        if kind == "number":
            try:
                number = float(raw)
            except ValueError:
                continue
            return int(number) if _INT.match(raw.strip()) else number
        if kind == "boolean" and raw.lower() in ("true", "false"):
            return raw.lower() == "true"
        if kind == "string":
            return raw
    return raw


class OperationValidator:
    """Checks requests and responses of one operation; built once per operation."""

    def __init__(self, op: Operation, schemas: SchemaSet) -> None:
        self.op = op
        self._schemas = schemas
        self._doc = schemas.document

    # -- request ------------------------------------------------------------------------
    def parse(
        self,
        raw_path: Mapping[str, str],
        query: MultiValues,
        headers: MultiValues,
        body: bytes,
        content_type: str | None,
        *,
        validate: bool = True,
    ) -> ParsedRequest:
        parsed = ParsedRequest()
        for param in self.op.parameters:
            if param.location == "path":
                raw_values = [raw_path[param.name]] if param.name in raw_path else []
                target = parsed.path
            elif param.location == "query":
                raw_values = query.getlist(param.name)
                target = parsed.query
            elif param.location == "header":
                raw_values = headers.getlist(param.name)
                target = parsed.headers
            else:
                continue
            if not raw_values:
                if param.required and validate:
                    parsed.problems.append(Problem(param.location, param.name, "is required but missing"))
                continue
            value = self._param_value(param, raw_values)
            target[param.name] = value
            if validate and param.schema_pointer is not None:
                for message in self._schemas.errors(param.schema_pointer, value, write=True, limit=5):
                    parsed.problems.append(Problem(param.location, param.name, _strip_root(message)))
        self._parse_body(parsed, body, content_type, validate)
        return parsed

    def _param_value(self, param: Parameter, raw_values: list[str]) -> Any:
        kinds = _scalar_types(self._doc, param.schema)
        if "array" in kinds:
            items = _items_schema(self._doc, param.schema)
            if param.explode and param.location == "query":
                pieces = raw_values
            else:
                sep = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(param.style, ",")
                pieces = [p for p in raw_values[0].split(sep)] if raw_values[0] else []
            return [coerce(self._doc, items, p) for p in pieces]
        return coerce(self._doc, param.schema, raw_values[0])

    def _parse_body(
        self, parsed: ParsedRequest, body: bytes, content_type: str | None, validate: bool
    ) -> None:
        spec = self.op.request_body
        if not body.strip():
            if spec is not None and spec.required and validate:
                parsed.problems.append(Problem("body", "", "a request body is required"))
            return
        if spec is None:
            # Not part of the contract: keep it for handlers that want it, but do not judge it.
            try:
                parsed.body = json.loads(body)
                parsed.has_body = True
            except ValueError:
                pass
            return
        media = spec.json_media()
        base = (content_type or "").split(";")[0].strip().lower()
        if media is None:
            if validate:
                accepted = ", ".join(m.media_type for m in spec.content)
                parsed.problems.append(
                    Problem("body", "", f"content type {base!r} is not accepted ({accepted})")
                )
            return
        if base and base != "application/json" and not base.endswith("+json") and validate:
            parsed.problems.append(
                Problem("body", "", f"content type {base!r} is not accepted (expected {media.media_type})")
            )
            return
        try:
            parsed.body = json.loads(body)
        except ValueError as exc:
            parsed.problems.append(Problem("body", "", f"is not valid JSON ({exc})"))
            return
        parsed.has_body = True
        if validate and media.schema_pointer is not None:
            for message in self._schemas.errors(media.schema_pointer, parsed.body, write=True):
                where, _, text = message.partition(": ")
                where = "" if where == "(root)" else where
                missing = _REQUIRED.match(text)
                if missing:  # name the missing field itself, not its parent
                    where = f"{where}/{missing.group(1)}" if where else missing.group(1)
                parsed.problems.append(Problem("body", where, text))

    # -- response -----------------------------------------------------------------------
    def response_problems(self, status: int, body: Any, has_body: bool, *, undeclared_ok: bool) -> list[str]:
        """Why this answer breaks the contract (empty when it conforms)."""
        spec = self.op.response_for(status)
        if spec is None:
            return [] if undeclared_ok else [f"status {status} is not declared for {self.op.route}"]
        if not spec.content:
            return [f"status {status} declares no body but one was sent"] if has_body else []
        media = spec.json_media()
        if media is None:
            return []
        if not has_body:
            if media.schema is None or status == 204:
                return []
            return [f"status {status} declares a {media.media_type} body but none was sent"]
        if media.schema_pointer is None:
            return []
        return self._schemas.errors(media.schema_pointer, body, write=False)


def _strip_root(message: str) -> str:
    return message.removeprefix("(root): ")
