"""Change report: what a regeneration added, removed or changed, and what breaks callers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ChangeReport:
    provider: str
    added_operations: list[str] = field(default_factory=list)
    removed_operations: list[str] = field(default_factory=list)
    changed_operations: dict[str, list[str]] = field(default_factory=dict)
    added_models: list[str] = field(default_factory=list)
    removed_models: list[str] = field(default_factory=list)
    changed_models: dict[str, list[str]] = field(default_factory=dict)
    breaking: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (
            self.added_operations
            or self.removed_operations
            or self.changed_operations
            or self.added_models
            or self.removed_models
            or self.changed_models
        )

    def to_markdown(self) -> str:
        lines = [f"# Change report: {self.provider}", ""]
        if self.empty:
            lines.append("No operations or models changed.")
            return "\n".join(lines) + "\n"
        lines.append(f"Breaking changes: {len(self.breaking)}")
        for entry in self.breaking:
            lines.append(f"- BREAKING {entry}")
        lines.append("")

        def section(title: str, names: list[str]) -> None:
            if names:
                lines.append(f"## {title} ({len(names)})")
                lines.extend(f"- {n}" for n in names)
                lines.append("")

        def changed(title: str, items: dict[str, list[str]]) -> None:
            if items:
                lines.append(f"## {title} ({len(items)})")
                for name, notes in items.items():
                    lines.append(f"- {name}: " + "; ".join(notes))
                lines.append("")

        section("Operations added", self.added_operations)
        section("Operations removed", self.removed_operations)
        changed("Operations changed", self.changed_operations)
        section("Models added", self.added_models)
        section("Models removed", self.removed_models)
        changed("Models changed", self.changed_models)
        return "\n".join(lines).rstrip() + "\n"


def _op_label(key: str, op: dict[str, Any]) -> str:
    return f"{key} ({op['method']} {op['path']})"


def _diff_mapping(
    kind: str, old: dict[str, Any], new: dict[str, Any], notes: list[str], breaking: list[str], owner: str
) -> None:
    for name in sorted(new.keys() - old.keys()):
        notes.append(f"{kind} {name!r} added")
    for name in sorted(old.keys() - new.keys()):
        notes.append(f"{kind} {name!r} removed")
        breaking.append(f"{owner}: {kind} {name!r} removed")
    for name in sorted(old.keys() & new.keys()):
        if old[name] != new[name]:
            notes.append(f"{kind} {name!r} type {old[name]} -> {new[name]}")
            breaking.append(f"{owner}: {kind} {name!r} type {old[name]} -> {new[name]}")


def diff_manifests(provider: str, old: dict[str, Any] | None, new: dict[str, Any]) -> ChangeReport:
    report = ChangeReport(provider)
    old_ops: dict[str, Any] = (old or {}).get("operations", {})
    new_ops: dict[str, Any] = new.get("operations", {})
    report.added_operations = [_op_label(k, new_ops[k]) for k in sorted(new_ops.keys() - old_ops.keys())]
    report.removed_operations = [_op_label(k, old_ops[k]) for k in sorted(old_ops.keys() - new_ops.keys())]
    report.breaking.extend(f"operation removed: {x}" for x in report.removed_operations)
    for key in sorted(old_ops.keys() & new_ops.keys()):
        a, b = old_ops[key], new_ops[key]
        notes: list[str] = []
        if (a["method"], a["path"]) != (b["method"], b["path"]):
            notes.append(f"moved {a['method']} {a['path']} -> {b['method']} {b['path']}")
            report.breaking.append(f"{key}: moved to {b['method']} {b['path']}")
        _diff_mapping("query parameter", a["query"], b["query"], notes, report.breaking, key)
        _diff_mapping("header", a["headers"], b["headers"], notes, report.breaking, key)
        _diff_mapping("path parameter", a["path_params"], b["path_params"], notes, report.breaking, key)
        _diff_mapping("response", a["responses"], b["responses"], notes, report.breaking, key)
        if a.get("body") != b.get("body"):
            notes.append(f"request body {a.get('body')} -> {b.get('body')}")
            report.breaking.append(f"{key}: request body {a.get('body')} -> {b.get('body')}")
        if "required" in a:  # manifests written before requiredness was recorded: nothing to compare
            for name in sorted(set(b.get("required", [])) - set(a["required"])):
                notes.append(f"parameter {name!r} became required")
                report.breaking.append(f"{key}: parameter {name!r} became required")
        if b.get("body_required") and a.get("body_required") is False and a.get("body") is not None:
            notes.append("request body became required")
            report.breaking.append(f"{key}: request body became required")
        for kind in ("path_params", "query_python"):
            renamed = {
                n: (a[kind][n], b[kind][n])
                for n in a.get(kind, {}).keys() & b.get(kind, {}).keys()
                if a[kind][n] != b[kind][n]
            }
            for n, (was, now) in sorted(renamed.items()):
                notes.append(f"function signature: argument for {n!r} {was} -> {now}")
                report.breaking.append(
                    f"{key}: function signature changed, argument for {n!r} {was} -> {now}"
                )
        if a.get("tenant_header") != b.get("tenant_header"):
            notes.append(f"tenant header {a.get('tenant_header')} -> {b.get('tenant_header')}")
        if notes:
            report.changed_operations[key] = notes
    old_models: dict[str, Any] = (old or {}).get("models", {})
    new_models: dict[str, Any] = new.get("models", {})
    report.added_models = sorted(new_models.keys() - old_models.keys())
    report.removed_models = sorted(old_models.keys() - new_models.keys())
    report.breaking.extend(f"model removed: {m}" for m in report.removed_models)
    for name in sorted(old_models.keys() & new_models.keys()):
        notes = []
        _diff_mapping(
            "property",
            old_models[name]["properties"],
            new_models[name]["properties"],
            notes,
            report.breaking,
            name,
        )
        was, now = old_models[name], new_models[name]
        if "required" in was and now.get("in_requests"):
            for prop in sorted(set(now.get("required", [])) - set(was["required"])):
                notes.append(f"field {prop!r} became required")
                report.breaking.append(f"{name}: request body field {prop!r} became required")
        if old_models[name]["type"] != new_models[name]["type"]:
            notes.append(f"type {old_models[name]['type']} -> {new_models[name]['type']}")
            report.breaking.append(f"{name}: type {old_models[name]['type']} -> {new_models[name]['type']}")
        if notes:
            report.changed_models[name] = notes
    return report
