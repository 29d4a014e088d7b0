"""Facts-only transcription of a vendor's OpenAPI file into specs/.

A vendor file carries facts (paths, parameters, schemas, enums, formats, status
codes, examples) and prose (descriptions, summaries, tag texts, long example
sentences).  We may keep the facts, never the prose: this keeps every fact and
drops every prose field, wherever it sits, so `update PROVIDER FILE` can take a
new vendor file unchanged and specs/ still holds no vendor sentence.

Rules, all by shape (nothing here names a vendor):
- `description` and `summary` go everywhere except where they are the *name* of a
  property or a key inside example data (`properties.description` is a field);
- `externalDocs`, `info.contact`, `info.termsOfService` and tag texts go;
- any string of PROSE_WORDS words or more left in example data or an `x-`
  extension takes its example (or extension) with it; any such string left
  elsewhere (enum values excepted: they are what the API sends) is reported by
  `prose_left` and fails the transcription.
"""

from __future__ import annotations

import copy
from http import HTTPStatus
from typing import Any

from .errors import SpecError

PROSE_KEYS = frozenset({"description", "summary"})
DROPPED_KEYS = frozenset({"externalDocs"})
# Strings this long can hold a vendor sentence; shorter ones (names, enum values, codes) cannot.
PROSE_WORDS = 8
# Mappings whose keys are names chosen by the vendor's data model, not OpenAPI keywords.
NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "schemas",
        "responses",
        "parameters",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "examples",
        "paths",
        "content",
        "encoding",
        "mapping",
        "definitions",
        "$defs",
        "variables",
        "scopes",
        "webhooks",
    }
)
DATA_KEYS = frozenset({"example", "default", "enum", "const"})

OUR_INFO = "Facts transcribed from the vendor's published OpenAPI file by commerce-sdk (see specs/README.md)."


def is_prose(value: Any) -> bool:
    return isinstance(value, str) and len(value.split()) >= PROSE_WORDS


def _has_prose(value: Any) -> bool:
    stack = [value]
    while stack:
        cur = stack.pop()
        if is_prose(cur):
            return True
        if isinstance(cur, dict):
            stack.extend(cur.values())
            stack.extend(cur.keys())
        elif isinstance(cur, list):
            stack.extend(cur)
    return False


def _strip(node: Any, in_name_map: bool, counts: dict[str, int]) -> Any:
    if isinstance(node, list):
        return [_strip(x, False, counts) for x in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if in_name_map:
            # `key` is a name (a property, a status code, a media type...): keep it, strip inside.
            # A bare prose string under a name is a text keyed by it (OAuth scopes): keep the key.
            out[key] = "" if is_prose(value) else _strip(value, False, counts)
            continue
        if key in PROSE_KEYS or key in DROPPED_KEYS:
            counts[key] = counts.get(key, 0) + 1
            continue
        if key in DATA_KEYS:
            if key == "example" and _has_prose(value):
                counts["example with prose"] = counts.get("example with prose", 0) + 1
                continue
            out[key] = copy.deepcopy(value)
            continue
        if key == "examples":
            kept = _examples(value, counts)
            if kept is not None:
                out[key] = kept
            continue
        if key.startswith("x-") and _has_prose(value):
            counts["extension with prose"] = counts.get("extension with prose", 0) + 1
            continue
        out[key] = _strip(value, key in NAME_MAPS, counts)
        if key == "responses" and isinstance(out[key], dict):
            _describe_responses(out[key])
    return out


def _describe_responses(responses: dict[str, Any]) -> None:
    """A Response Object must have a description: ours is the status code's reason phrase."""
    for code, response in responses.items():
        if isinstance(response, dict) and "$ref" not in response:
            try:
                phrase = HTTPStatus(int(code)).phrase
            except ValueError:
                phrase = "Response"
            response["description"] = phrase


def _examples(value: Any, counts: dict[str, int]) -> Any:
    """`examples` is a map of Example Objects (media types) or a list of values (schemas)."""
    if isinstance(value, list):
        kept_list = [v for v in value if not _has_prose(v)]
        if len(kept_list) != len(value):
            counts["example with prose"] = counts.get("example with prose", 0) + len(value) - len(kept_list)
        return copy.deepcopy(kept_list) if kept_list else None
    if isinstance(value, dict):
        kept: dict[str, Any] = {}
        for name, example in value.items():
            if isinstance(example, dict):
                example = {k: v for k, v in example.items() if k not in PROSE_KEYS}
            if _has_prose(example):
                counts["example with prose"] = counts.get("example with prose", 0) + 1
                continue
            kept[name] = copy.deepcopy(example)
        return kept or None
    return copy.deepcopy(value)


def prose_left(doc: Any) -> list[str]:
    """JSON paths of strings of PROSE_WORDS words or more still in `doc` (ours excepted)."""
    found: list[str] = []
    stack: list[tuple[str, Any]] = [("$", doc)]
    while stack:
        where, cur = stack.pop()
        if where == "$.info.description" or where.endswith((".enum", ".const")):
            continue  # our own words; enum values are values the API sends, kept verbatim
        if is_prose(cur):
            found.append(where)
        elif isinstance(cur, dict):
            stack.extend((f"{where}.{k}", v) for k, v in cur.items())
            found.extend(f"{where} (key)" for k in cur if is_prose(k))
        elif isinstance(cur, list):
            stack.extend((f"{where}[{i}]", v) for i, v in enumerate(cur))
    return sorted(found)


def transcribe(doc: Any, source: str) -> tuple[dict[str, Any], dict[str, int]]:
    """Return (facts-only copy of `doc`, what was dropped per kind); the input is untouched."""
    if not isinstance(doc, dict):
        raise SpecError(source, "the document is not a mapping at its top level")
    counts: dict[str, int] = {}
    out = _strip(doc, False, counts)
    info = out.get("info")
    if isinstance(info, dict):
        for key in ("contact", "termsOfService"):
            info.pop(key, None)
        info["description"] = OUR_INFO
    if isinstance(out.get("tags"), list):
        out["tags"] = [{"name": t["name"]} for t in out["tags"] if isinstance(t, dict) and "name" in t]
    left = prose_left(out)
    if left:
        raise SpecError(source, f"prose left after transcription at {', '.join(left[:5])}")
    return out, counts
