"""The model template on the vendors' full files: every model decodes, in both modes.

For every component schema of the vendor's own JTL and Chift files (generated once per
session, conftest) the sandbox's synthesizer makes a schema-valid body.  Strict mode must
read each one (no false alarm), and must refuse the same body spelt the way vendors'
servers deviate (arrays as "", numbers as strings, ...).  Default (tolerant) mode must
read every deviating spelling into a model whose `to_dict()` works -- never an untyped
error, for unions, nullable fields, enums, nested arrays, dates and additionalProperties.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from openapi_python_client.strings import ClassName

from commerce_sdk.sandbox.schema import SchemaSet
from commerce_sdk.sandbox.synth import Synthesizer

from ._helpers import Generated

MINIMUM_MODELS = {"vendor_jtl": 200, "vendor_chift": 400}


def vendor_spelling(value: Any) -> Any:
    """Arrays as "" when empty or as their one scalar, numbers as strings, at every depth."""
    if isinstance(value, dict):
        return {k: vendor_spelling(v) for k, v in value.items()}
    if isinstance(value, list):
        if not value:
            return ""
        if len(value) == 1 and not isinstance(value[0], dict | list):
            return vendor_spelling(value[0])
        return [vendor_spelling(v) for v in value]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


@pytest.mark.parametrize("name", list(MINIMUM_MODELS))
def test_every_vendor_model_decodes_in_both_modes(
    name: str,
    request: pytest.FixtureRequest,
    import_generated: Callable[[Path, str], ModuleType],
) -> None:
    vendor: Generated = request.getfixturevalue(name)
    assert vendor.run.returncode == 0, vendor.run.describe()
    models = import_generated(vendor.out, f"{vendor.package}.models")
    decoding = import_generated(vendor.out, f"{vendor.package}._decoding")
    doc = json.loads((vendor.package_dir / "_openapi.json").read_text())
    synth = Synthesizer(SchemaSet(name, doc, oas31=str(doc.get("openapi", "")).startswith("3.1")))
    strict = decoding.Mode(True, "test")
    outcome: Counter[str] = Counter()
    failures: list[tuple[str, str, str]] = []
    logging.getLogger("commerce_sdk.decoding").disabled = True  # thousands of deviations on purpose
    try:
        for schema_name in doc.get("components", {}).get("schemas", {}):
            cls = getattr(models, ClassName(schema_name, ""), None)
            if cls is None or not hasattr(cls, "from_dict"):
                continue  # an enum, or a name the generator changed
            body = synth.value(synth.schema_pointer(schema_name))
            if not isinstance(body, dict):
                continue
            outcome["models"] += 1
            token = decoding.MODE.set(strict)
            try:
                cls.from_dict(body).to_dict()
            except Exception as exc:
                failures.append(("strict, valid body", schema_name, repr(exc)[:300]))
            try:
                cls.from_dict(vendor_spelling(body))
                outcome["strict accepted the vendor spelling"] += 1  # nothing to respell
            except decoding.Mismatch:
                outcome["strict refused the vendor spelling"] += 1
            except Exception as exc:
                failures.append(("strict, vendor spelling", schema_name, repr(exc)[:300]))
            finally:
                decoding.MODE.reset(token)
            variants = {
                "vendor spelling": vendor_spelling(body),
                "all null": dict.fromkeys(body),
                "all empty strings": dict.fromkeys(body, ""),
                "every value in an array": {k: [v] for k, v in body.items()},
                "nothing": {},
            }
            for variant, data in variants.items():
                try:
                    model = cls.from_dict(data)
                    model.to_dict()
                except Exception as exc:
                    failures.append((f"default, {variant}", schema_name, repr(exc)[:300]))
                else:
                    outcome["default: model"] += 1
    finally:
        logging.getLogger("commerce_sdk.decoding").disabled = False
    print(f"[{name}] {dict(outcome)}")
    assert failures == [], failures[:10]
    assert outcome["models"] >= MINIMUM_MODELS[name]
    assert outcome["default: model"] == 5 * outcome["models"]
    assert outcome["strict refused the vendor spelling"] >= outcome["models"] // 2
