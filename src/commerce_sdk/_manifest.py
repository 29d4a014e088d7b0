"""Reads the manifest codegen writes next to each generated package.

The facade never lists operations by hand: which header carries the tenant, which
path parameter is the tenant, and which operations are paged lists all come from
here, so a regenerated spec is picked up without a facade edit.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ._exceptions import ConfigurationError


@dataclass(frozen=True, slots=True)
class Operation:
    key: str  # "<tag>.<function module>", e.g. "item.get_item"
    method: str
    path: str
    path_params: dict[str, str]  # spec name -> Python argument name
    query: dict[str, str]  # spec name -> Python argument name
    tenant_header: str | None
    success_fields: dict[str, str]  # top-level fields of the 2xx body: spec name -> Python attribute
    success_statuses: tuple[int, ...] = ()  # the 2xx codes the spec declares, in order

    @property
    def idempotent(self) -> bool:
        return self.method in {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}


@dataclass(frozen=True)
class Manifest:
    package: str
    servers: tuple[str, ...]
    operations: dict[str, Operation]

    def for_module(self, module_name: str) -> Operation:
        """`commerce_sdk_clients.jtl_erp.api.item.get_item` -> the operation it implements."""
        prefix = f"{self.package}.api."
        if not module_name.startswith(prefix):
            raise ConfigurationError(f"{module_name} is not an operation of {self.package}")
        key = module_name[len(prefix) :]
        try:
            return self.operations[key]
        except KeyError:
            raise ConfigurationError(
                f"{module_name} is not in {self.package}'s manifest; regenerate with ./codegen.sh"
            ) from None

    @property
    def default_tenant_header(self) -> str | None:
        """For requests not built by generated code: the name most operations use."""
        names = Counter(op.tenant_header for op in self.operations.values() if op.tenant_header)
        return names.most_common(1)[0][0] if names else None


@cache
def load_manifest(package: str) -> Manifest:
    try:
        raw: dict[str, Any] = json.loads(resources.files(package).joinpath("_manifest.json").read_text())
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise ConfigurationError(f"generated package {package} or its manifest is missing: {exc}") from exc
    ops = {
        key: Operation(
            key=key,
            method=op["method"],
            path=op["path"],
            path_params=dict(op["path_params"]),
            query=dict(op.get("query_python") or {}),
            tenant_header=op.get("tenant_header"),
            success_fields=dict(op.get("success_fields") or {}),
            success_statuses=tuple(
                int(code) for code in op.get("responses") or {} if code.isdigit() and code.startswith("2")
            ),
        )
        for key, op in raw["operations"].items()
    }
    return Manifest(package=package, servers=tuple(raw.get("servers") or ()), operations=ops)
