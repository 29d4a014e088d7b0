"""Modules codegen copies into every generated package (checked here by ruff and mypy)."""
