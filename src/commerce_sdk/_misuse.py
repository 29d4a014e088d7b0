"""Run-time misuse of an operation, caught before sending and explained with what to do.

Misspelt or missing parameters name the operation and the closest parameter, a tenant
operation on `untenanted` names the scope to use, a dict body becomes its model (or is
refused naming it), and `None` for a path parameter never reaches the URL.
"""

from __future__ import annotations

import difflib
import inspect
import types
import typing
from functools import cache
from types import ModuleType
from typing import Any

from ._exceptions import ConfigurationError
from ._manifest import Operation


@cache
def _signature(module: ModuleType) -> inspect.Signature:
    return inspect.signature(module._get_kwargs)


@cache
def _body_model(module: ModuleType) -> type | None:
    """The generated model class the operation's `body` parameter takes, if it is one."""
    param = _signature(module).parameters.get("body")
    if param is None:
        return None
    annotation = param.annotation
    candidates = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    for candidate in candidates:
        if isinstance(candidate, type) and hasattr(candidate, "from_dict"):
            return candidate
    return None


def check_params(
    op: Operation, module: ModuleType, params: dict[str, Any], tenant_param: str | None, tenant_hint: str
) -> None:
    """Refuse (or repair) what would otherwise fail late or be sent wrong."""
    if tenant_param is not None and tenant_param in op.path_params:
        arg = op.path_params[tenant_param]
        if params.get(arg) is None:
            raise ConfigurationError(
                f"{op.key} belongs to a tenant: call it on {tenant_hint}, not untenanted"
            )
    for spec_name, arg in op.path_params.items():
        if arg in params and params[arg] is None:
            raise ConfigurationError(f"{op.key}: path parameter {arg} ({spec_name}) is required, got None")
    body = params.get("body")
    if type(body) is dict:
        model = _body_model(module)
        if model is None:
            return
        # What the caller sends is read strictly: a tolerant read would keep the bad value
        # and send it on (the vendor's answer is what tolerant decoding is for).
        from ._decode import decoding_for

        decoding = decoding_for(module)
        token = decoding.MODE.set(decoding.Mode(True, op.key))
        try:
            params["body"] = model.from_dict(body)  # type: ignore[attr-defined]
        except Exception as exc:
            raise ConfigurationError(
                f"{op.key}: body is a dict that is not a valid {model.__name__} "
                f"({type(exc).__name__}: {exc}); pass a {model.__name__}"
            ) from None
        finally:
            decoding.MODE.reset(token)


def signature_error(
    op: Operation, module: ModuleType, params: dict[str, Any], exc: TypeError
) -> ConfigurationError:
    """`_get_kwargs() got an unexpected keyword argument` -> the operation, the closest name, the list."""
    accepted = [name for name in _signature(module).parameters]
    unknown = [name for name in params if name not in accepted]
    required = [
        name
        for name, p in _signature(module).parameters.items()
        if p.default is inspect.Parameter.empty and name not in params
    ]
    parts = []
    for name in unknown:
        close = difflib.get_close_matches(name, accepted, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        parts.append(f"unknown parameter {name!r}{hint}")
    if required:
        parts.append("missing required " + ", ".join(repr(r) for r in required))
    if not parts:
        parts.append(str(exc).replace("_get_kwargs()", "the call"))
    return ConfigurationError(f"{op.key}: {'; '.join(parts)} (parameters: {', '.join(accepted) or 'none'})")
