"""Python names exactly as the pinned generator derives them (module and tag names)."""

from __future__ import annotations

from openapi_python_client.strings import PythonIdentifier

FIELD_PREFIX = "field_"


def python_name(value: str) -> str:
    return str(PythonIdentifier(value, prefix=FIELD_PREFIX))


def tag_name(value: str) -> str:
    return str(PythonIdentifier(value, prefix="tag"))
