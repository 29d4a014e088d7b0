"""Checks that keep a request from being misread on the wire, run before anything is sent.

Why: an id `..` becomes a dot-segment that servers and URL libraries resolve (a DELETE
meant for an integration hit the organization), and a CR/LF in a header value either
splits the request or fails deep in a transport with an untyped error.  Both are the
caller's input, so both are a `ConfigurationError` naming what is wrong -- never the value,
which may be a credential.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import unquote

from ._exceptions import ConfigurationError

_DOT_SEGMENTS = frozenset({".", ".."})
# Control characters other than TAB split or corrupt a header line.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_TOKEN = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")  # RFC 9110 field-name


def is_dot_segment(value: str) -> bool:
    """`.`/`..`, also percent-encoded (`%2e%2E`): a path would resolve it away."""
    return value in _DOT_SEGMENTS or ("%" in value and unquote(value) in _DOT_SEGMENTS)


def check_path(path: str, what: str) -> None:
    """Refuse a path holding a dot-segment, also one an id becomes after one more decoding
    (`%2e%2e` is quoted to `%252e%252e`; a proxy or server that decodes twice resolves it)."""
    if "." not in path and "%" not in path:
        return
    for segment in path.split("/"):
        if is_dot_segment(segment) or ("%" in segment and is_dot_segment(unquote(segment))):
            raise ConfigurationError(
                f"{what}: a path parameter is {segment!r}, which a server would read as a "
                "relative path segment; not sent"
            )


def check_id(value: str, what: str) -> None:
    if is_dot_segment(value):
        raise ConfigurationError(f"{what} {value!r} is not a usable id (it is a relative path segment)")


def check_header_name(name: str) -> None:
    if not isinstance(name, str) or not _TOKEN.match(name):
        raise ConfigurationError(f"header name {name!r} is not a valid HTTP field name; not sent")


def check_headers(items: Iterable[tuple[str, str]], values: Iterable[str] | None = None) -> None:
    """Every header value single-line and encodable (UTF-8); the error names the header only.

    `values` (the same headers' values) allows one scan of them all on the hot path."""
    if values is not None:
        try:
            joined = "".join(values)
        except TypeError:  # a non-string value: the slow path names it
            joined = None
        if joined is not None and joined.isascii() and not _CONTROL.search(joined):
            return
    for name, value in items:
        if not isinstance(value, str):
            raise ConfigurationError(f"header {name} must be a string, got {type(value).__name__}; not sent")
        if _CONTROL.search(value):
            raise ConfigurationError(
                f"header {name} has a CR, LF or other control character in its value; not sent"
            )
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ConfigurationError(
                    f"header {name} has a value that cannot be encoded; not sent"
                ) from None
