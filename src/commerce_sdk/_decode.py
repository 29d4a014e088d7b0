"""Reading a 2xx body into its operation's model: tolerant by default, strict on request.

The generated models do the reading (their `from_dict` and the package's `_decoding`
module); this sets the mode and the operation the warnings name, and turns whatever fails
into a `DecodeError`: retryable when the body is not JSON at all (a truncated body, an
HTML page), not when the JSON is there but does not fit the spec (the same request gets
the same answer).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib import import_module
from types import ModuleType
from typing import Any

from ._exceptions import DecodeError
from ._manifest import Operation
from ._wire import WireResponse


class _ParseClient:
    """What a generated `_parse_response` reads from its `client`: undeclared statuses are
    returned as None (the facade decides what they mean), never raised by generated code."""

    raise_on_unexpected_status = False


PARSE_CLIENT = _ParseClient()

# Bodies that are not JSON (cut short, an HTML error page): maybe different next time.
_NOT_JSON = (json.JSONDecodeError, UnicodeDecodeError)


@cache
def _decoding_of(package: str) -> ModuleType:
    return import_module(f"{package}._decoding")


def decoding_for(module: ModuleType) -> ModuleType:
    """The `_decoding` of the package an operation module (`<package>.api.<tag>.<op>`) belongs to.

    The package name may be dotted (`commerce_sdk_clients.chift`): count levels from the end.
    """
    return _decoding_of(module.__name__.rsplit(".", 3)[0])


# One parser per (operation module, mode): they hold no per-call state.  Bounded by the
# generated operations (twice), whatever the number of calls.
_PARSERS: dict[tuple[str, bool], tuple[ModuleType, Operation, Callable[[WireResponse], Any]]] = {}


def parser_for(module: ModuleType, op: Operation, strict: bool) -> Callable[[WireResponse], Any]:
    """`response -> model` for `op` (its generated module), raising DecodeError."""
    key = (module.__name__, strict)
    cached = _PARSERS.get(key)
    if cached is None or cached[0] is not module or cached[1] is not op:  # regenerated, reloaded
        cached = _PARSERS[key] = (module, op, _make_parser(module, op, strict))
    return cached[2]


def _make_parser(module: ModuleType, op: Operation, strict: bool) -> Callable[[WireResponse], Any]:
    decoding = decoding_for(module)
    mode = decoding.Mode(strict, op.key)

    def parse(response: WireResponse) -> Any:
        token = decoding.MODE.set(mode)
        try:
            parsed = module._parse_response(client=PARSE_CLIENT, response=response)
            if parsed is None and response.content and response.status_code not in op.success_statuses:
                # A 2xx the spec does not declare (200 where it says 201): read the body as
                # the declared success body instead of dropping it.
                for code in op.success_statuses:
                    stand_in = WireResponse(code, response.headers, response.content, response.request)
                    parsed = module._parse_response(client=PARSE_CLIENT, response=stand_in)
                    if parsed is not None:
                        break
            return parsed
        except Exception as exc:
            field = exc.field if isinstance(exc, decoding.Mismatch) else None
            raise DecodeError(
                f"{op.key}: response body does not match the spec ({type(exc).__name__}: {exc})",
                method=op.method,
                url=response.request.url,
                status_code=response.status_code,
                body=response.content,
                field=field,
                retryable=isinstance(exc, _NOT_JSON),
            ) from None
        finally:
            decoding.MODE.reset(token)

    return parse
