"""OpenAPI Overlay 1.0: targeted, reviewable fixes kept outside the spec itself.

An overlay is `{overlay: 1.0.x, info, actions: [{target, update?, remove?}]}`; each
`target` is an RFC 9535 JSONPath.  `update` is merged into every selected node
(mappings recursively, sequences appended); `remove: true` deletes the nodes.
A target that selects nothing is an error: a silent no-op would hide that the
vendor changed the spec under our fix.
"""

from __future__ import annotations

import copy
from typing import Any

import jsonpath

from .errors import SpecError


def _merge(into: Any, update: Any) -> Any:
    if isinstance(into, dict) and isinstance(update, dict):
        for key, value in update.items():
            into[key] = _merge(into[key], value) if key in into else copy.deepcopy(value)
        return into
    if isinstance(into, list) and isinstance(update, list):
        into.extend(copy.deepcopy(update))
        return into
    return copy.deepcopy(update)


def _sort_key(match: Any) -> list[tuple[int, str | int]]:
    return [(0, p) if isinstance(p, int) else (1, str(p)) for p in match.parts]


def _parent(doc: Any, parts: tuple[Any, ...]) -> Any:
    node = doc
    for part in parts[:-1]:
        node = node[part]
    return node


def apply_overlay(doc: dict[str, Any], overlay: Any, source: str) -> dict[str, Any]:
    if not isinstance(overlay, dict) or not str(overlay.get("overlay", "")).startswith("1."):
        raise SpecError(source, "not an OpenAPI Overlay 1.x document (missing 'overlay: 1.0.0')")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise SpecError(source, "'actions' must be a non-empty list")
    for index, action in enumerate(actions):
        target = action.get("target") if isinstance(action, dict) else None
        if not isinstance(target, str):
            raise SpecError(source, f"action {index} has no 'target'")
        try:
            matches = list(jsonpath.finditer(target, doc))
        except jsonpath.JSONPathError as exc:
            raise SpecError(source, f"action {index}: bad JSONPath {target!r}: {exc}") from exc
        if not matches:
            raise SpecError(source, f"action {index}: target {target!r} selects nothing in the spec")
        if action.get("remove") is True:
            # Delete deepest/last first so list indices stay valid.
            for match in sorted(matches, key=_sort_key, reverse=True):
                parent = _parent(doc, match.parts)
                del parent[match.parts[-1]]
        elif "update" in action:
            for match in matches:
                if match.parts:
                    parent = _parent(doc, match.parts)
                    parent[match.parts[-1]] = _merge(match.obj, action["update"])
                else:
                    _merge(doc, action["update"])
        else:
            raise SpecError(source, f"action {index} has neither 'update' nor 'remove: true'")
    return doc
