"""Shared by the contract tests: what the generated packages declare, read from their files.

Nothing here lists operations by hand.  The operations come from each package's
`_manifest.json`, the contract from its `_openapi.json`, and the Python types of the
arguments from the generated functions' own annotations.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import json
import types
import typing
import uuid
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from dateutil.parser import isoparse

# provider key (as the sandbox names it) -> generated package
PACKAGES: dict[str, str] = {
    "jtl_erp": "commerce_sdk_clients.jtl_erp",
    "chift": "commerce_sdk_clients.chift",
    "packcloud": "commerce_sdk_clients.packcloud",
}
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@cache
def package_json(package: str, name: str) -> Any:
    """`_manifest.json` or `_openapi.json` as shipped inside the generated package."""
    return json.loads(resources.files(package).joinpath(name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class ManifestOp:
    """One generated function, as its package's manifest describes it."""

    provider: str
    package: str
    key: str  # "<tag>.<module>"
    entry: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.provider}:{self.key}"

    @property
    def method(self) -> str:
        return str(self.entry["method"]).upper()

    @property
    def path(self) -> str:
        return str(self.entry["path"])

    @property
    def module(self) -> types.ModuleType:
        return importlib.import_module(f"{self.package}.api.{self.key}")

    def declared_body(self, status: int) -> str | None:
        """What the manifest says the answer for `status` carries (None: no body)."""
        responses: dict[str, str | None] = self.entry.get("responses") or {}
        return responses.get(str(status))


def manifest_operations() -> list[ManifestOp]:
    """Every generated operation of every provider, computed from the manifests."""
    found = []
    for provider, package in PACKAGES.items():
        manifest = package_json(package, "_manifest.json")
        for key, entry in sorted(manifest["operations"].items()):
            found.append(ManifestOp(provider, package, key, entry))
    return found


def contract_routes(package: str) -> set[tuple[str, str]]:
    """(METHOD, path) of every operation in the package's `_openapi.json`."""
    doc = package_json(package, "_openapi.json")
    return {
        (method.upper(), path)
        for path, item in (doc.get("paths") or {}).items()
        for method in HTTP_METHODS
        if isinstance(item, dict) and isinstance(item.get(method), dict)
    }


# -- turning contract data (JSON) into the generated functions' argument types -------------


def _is_unset(hint: Any) -> bool:
    return isinstance(hint, type) and hint.__name__ == "Unset"


def to_python(value: Any, hint: Any) -> Any:
    """JSON data -> the type a generated function annotates (models via `from_dict`).

    Unions (`A | B`, `X | None | Unset`) take the first branch that both accepts the value
    and gives it back unchanged, so a body meant for `CreateSyncItem` is not squeezed into
    `CreateAgenticSyncItem`; list bodies convert item by item.
    """
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        branches = [a for a in typing.get_args(hint) if not _is_unset(a)]
        if value is None and type(None) in branches:
            return None
        branches = [a for a in branches if a is not type(None)]
        fallback: Any = None
        errors = []
        for branch in branches:
            try:
                converted = to_python(value, branch)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                errors.append(f"{getattr(branch, '__name__', branch)}: {exc!r}")
                continue
            if to_json(converted) == to_json(value):
                return converted
            if fallback is None:
                fallback = converted
        if fallback is not None:
            return fallback
        raise TypeError(f"{value!r} fits no branch of {hint}: {'; '.join(errors)}")
    if origin is list:
        (item_hint,) = typing.get_args(hint) or (Any,)
        if not isinstance(value, list):
            raise TypeError(f"expected a list for {hint}, got {value!r}")
        return [to_python(v, item_hint) for v in value]
    if origin is dict or hint is Any or not isinstance(hint, type):
        return value
    if issubclass(hint, enum.Enum):
        return hint(value)
    if hasattr(hint, "from_dict"):
        if not isinstance(value, dict):
            raise TypeError(f"{hint.__name__} needs an object, got {value!r}")
        return hint.from_dict(value)
    if hint is datetime.datetime:
        return isoparse(str(value))
    if hint is datetime.date:
        return isoparse(str(value)).date()
    if hint is uuid.UUID:
        return uuid.UUID(str(value))
    if hint is bool:
        if not isinstance(value, bool):
            raise TypeError(f"expected a boolean, got {value!r}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise TypeError(f"expected an integer, got {value!r}")
        return int(value)
    if hint is float:
        return float(value)
    if hint is str:
        if not isinstance(value, str | int | uuid.UUID):
            raise TypeError(f"expected a string, got {value!r}")
        return str(value)
    return value


def to_json(value: Any) -> Any:
    """A converted argument back to JSON-ish data, to compare union branches."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def required_arguments(module: types.ModuleType) -> dict[str, Any]:
    """Required keyword arguments of a generated operation -> their annotated types."""
    function = module._get_kwargs
    hints = typing.get_type_hints(function)
    return {
        name: hints.get(name, Any)
        for name, param in inspect.signature(function).parameters.items()
        if param.default is inspect.Parameter.empty
    }


def argument_hints(module: types.ModuleType) -> dict[str, Any]:
    """Every keyword argument of a generated operation -> its annotated type."""
    return typing.get_type_hints(module._get_kwargs)


def python_name(spec_name: str) -> str:
    """How the generator names a header argument (`x-challengecode` -> `x_challengecode`)."""
    return "".join(c if c.isalnum() else "_" for c in spec_name).lower()
