"""Provider settings that travel inside the generated packages, so codegen works without a checkout.

Every package codegen writes carries `_provider.json` (the provider's normalise rules,
whether its spec is transcribed, its official URL) and `_overlays/` (our overlays for it).
An installed SDK therefore knows how to regenerate its providers for an application, and
an application's package records how it was made.  The application's own packages are
listed in a small config file in its output directory.
"""

from __future__ import annotations

import json
import keyword
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import SpecError
from .normalise import ProviderRules

SETTINGS = "_provider.json"
OVERLAYS = "_overlays"
APP_CONFIG = "commerce-sdk-codegen.json"
# The SDK's own generated packages, whose settings an installed SDK can use.
SDK_PACKAGES = (
    "commerce_sdk_clients.jtl_erp",
    "commerce_sdk_clients.chift",
    "commerce_sdk_clients.packcloud",
)


def settings_document(provider: Any) -> dict[str, Any]:
    """What `_provider.json` holds for a ProviderSpec (overlays by their bundled names)."""
    return {
        "provider": provider.name,
        "transcribe": provider.transcribe,
        "official_url": provider.official_url,
        "tenant_path_param": provider.tenant_path_param,
        "normalise": asdict(provider.rules),
        "overlays": [f"{OVERLAYS}/{Path(o).name}" for o in provider.overlays],
    }


def write_bundle(provider: Any, pkg_dir: Path) -> None:
    (pkg_dir / OVERLAYS).mkdir(exist_ok=True)
    for overlay in provider.overlays:
        (pkg_dir / OVERLAYS / Path(overlay).name).write_bytes(Path(overlay).read_bytes())
    text = json.dumps(settings_document(provider), indent=1, sort_keys=True) + "\n"
    (pkg_dir / SETTINGS).write_text(text, encoding="utf-8")


def _from_settings(package: str, package_dir: Path, data: dict[str, Any], spec: Path) -> Any:
    from .generate import ProviderSpec

    rules = data.get("normalise") or {}
    return ProviderSpec(
        name=str(data["provider"]),
        spec=spec,
        package=package,
        overlays=[package_dir / rel for rel in data.get("overlays") or []],
        rules=ProviderRules(**rules),
        official_url=data.get("official_url"),
        transcribe=bool(data.get("transcribe")),
        tenant_path_param=data.get("tenant_path_param"),
    )


def bundled_providers() -> dict[str, Any]:
    """The installed SDK's providers, by name (jtl-erp, chift, packcloud)."""
    found: dict[str, Any] = {}
    for package in SDK_PACKAGES:
        try:
            root = Path(str(resources.files(package)))
        except ModuleNotFoundError:
            continue
        try:
            data = json.loads((root / SETTINGS).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        provider = _from_settings(package, root, data, root / "_openapi.json")
        found[provider.name] = provider
    if not found:
        raise SpecError(SETTINGS, "no SDK provider package with bundled settings is importable")
    return found


def check_package_name(name: str, option: str = "--package") -> str:
    """A (possibly dotted) package name: it becomes folders under --out and an `import` in users' code."""
    if not all(part.isidentifier() and not keyword.iskeyword(part) for part in name.split(".")):
        raise SpecError(option, f"{name!r} is not a valid Python package name")
    return name


def read_app_config(out_dir: Path) -> dict[str, Any]:
    path = out_dir / APP_CONFIG
    if not path.exists():
        return {"packages": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise SpecError(str(path), f"invalid JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("packages"), dict):
        raise SpecError(str(path), "expected {'packages': {NAME: {provider, spec}}}")
    return data


def write_app_config(out_dir: Path, package: str, provider: str, spec_name: str) -> None:
    data = read_app_config(out_dir)
    data["packages"][package] = {"provider": provider, "spec": spec_name}
    text = json.dumps(data, indent=1, sort_keys=True) + "\n"
    (out_dir / APP_CONFIG).write_text(text, encoding="utf-8")


def app_provider(out_dir: Path, package: str, providers: dict[str, Any]) -> Any:
    """The ProviderSpec of an application's package recorded in its config file."""
    from dataclasses import replace

    entry = read_app_config(out_dir)["packages"].get(package)
    if entry is None:
        raise SpecError(
            str(out_dir / APP_CONFIG),
            f"no package {package!r} here; create it with: commerce-sdk codegen update PROVIDER "
            f"URL|FILE --out {out_dir} --package {package}",
        )
    base = providers.get(entry.get("provider"))
    if base is None:
        raise SpecError(str(out_dir / APP_CONFIG), f"{package}: unknown provider {entry.get('provider')!r}")
    return replace(base, spec=out_dir / entry["spec"], package=package)
