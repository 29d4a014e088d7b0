"""The generated packages' old top-level names, kept importable for one minor version.

Until 0.2 the generated clients installed as `jtl_erp_client`, `chift_client` and
`packcloud_client`: generic names an application's own package could shadow.  They now
live under the SDK's namespace `commerce_sdk_clients`.  The old names are thin aliases:
importing one warns once (DeprecationWarning) and hands back the *same* module objects,
so `jtl_erp_client.models.Item is commerce_sdk_clients.jtl_erp.models.Item`.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from types import FrameType, ModuleType

NAMESPACE = "commerce_sdk_clients"
RENAMED = {
    "jtl_erp_client": f"{NAMESPACE}.jtl_erp",
    "chift_client": f"{NAMESPACE}.chift",
    "packcloud_client": f"{NAMESPACE}.packcloud",
}
REMOVED_IN = "0.3"


def deprecation(old: str) -> str:
    return (
        f"{old} is deprecated and will be removed in commerce-sdk {REMOVED_IN}; import {RENAMED[old]} instead"
    )


def _caller_level() -> int:
    """The stacklevel of the user's line: past this module and the old package.

    `warnings.warn` itself skips importlib's frames (they are not counted), so they are
    skipped here without counting them too.
    """
    frame: FrameType | None = sys._getframe(1)
    level = 1
    here = os.path.dirname(__file__)
    while frame is not None and frame.f_back is not None:
        name = frame.f_code.co_filename
        internal = "importlib" in name and "_bootstrap" in name
        if not internal:
            if not (name.startswith(here) or any(f"{os.sep}{old}{os.sep}" in name for old in RENAMED)):
                break
            level += 1
        frame = frame.f_back
    return level


def canonical(name: str) -> str:
    """A package name as given by a user (old or new) -> its current name, warning on an old one."""
    top, dot, rest = name.partition(".")
    if top not in RENAMED:
        return name
    warnings.warn(deprecation(top), DeprecationWarning, stacklevel=_caller_level())
    return RENAMED[top] + dot + rest


class _AliasLoader(importlib.abc.Loader):
    """Loads `old.sub` as the already importable `new.sub` (one module object, two names)."""

    def __init__(self, target: str) -> None:
        self._target = target

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return importlib.import_module(self._target)

    def exec_module(self, module: ModuleType) -> None:
        """Nothing to run: the target module executed when it was imported."""


class _AliasFinder(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: object = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        top, dot, rest = fullname.partition(".")
        if not dot or top not in RENAMED:
            return None
        new = f"{RENAMED[top]}.{rest}"
        if importlib.util.find_spec(new) is None:
            return None
        return importlib.machinery.ModuleSpec(fullname, _AliasLoader(new))


_FINDER = _AliasFinder()


def alias(old: str) -> None:
    """Called from the old package's `__init__`: warn, then make `old` the new package."""
    warnings.warn(deprecation(old), DeprecationWarning, stacklevel=_caller_level())
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)
    # The import system returns whatever sys.modules holds once this __init__ has run.
    sys.modules[old] = importlib.import_module(RENAMED[old])
