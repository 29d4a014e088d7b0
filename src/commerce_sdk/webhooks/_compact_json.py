"""The compact JSON forms a sender may have signed instead of the bytes it sent.

Chift's guide signs `JSON.stringify(body)` (Node) and `json.dumps(body, separators=(",", ":"))`
(Python, non-ASCII escaped).  A relay that re-serialises the body (a proxy, a framework that
parses and re-dumps) makes the raw bytes differ from what was signed, so the verifier also
tries these forms.  Node's differs from Python's in more than `ensure_ascii`: numbers are IEEE
doubles printed by ECMAScript's Number::toString (`1.0` -> `1`, `1e-07` -> `1e-7`, integers
beyond 2**53 rounded) and lone surrogates are escaped; `node_form` reproduces that.
"""

from __future__ import annotations

import json
import math
import re
from decimal import Decimal
from typing import Any

_COMPACT = (",", ":")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_MAX_SAFE_INT = 2**53


def python_form(parsed: Any, *, ascii_only: bool) -> bytes | None:
    """`json.dumps(parsed, separators=(",", ":"))` as UTF-8; None if it cannot be encoded."""
    text = json.dumps(parsed, separators=_COMPACT, ensure_ascii=ascii_only, allow_nan=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: a Python sender could not have hashed this
        return None


def node_form(parsed: Any) -> bytes:
    """What Node's `JSON.stringify(JSON.parse(body))` gives, as UTF-8."""
    out: list[str] = []
    _node(parsed, out)
    return "".join(out).encode("utf-8")


def _node(value: Any, out: list[str]) -> None:
    # Recursion as deep as json.loads went; the caller treats a RecursionError as "no match".
    if value is None or value is True or value is False:
        out.append(json.dumps(value))
    elif isinstance(value, str):
        out.append(_node_string(value))
    elif isinstance(value, int):
        out.append(str(value) if abs(value) < _MAX_SAFE_INT else _js_number(_as_double(value)))
    elif isinstance(value, float):
        out.append(_js_number(value))
    elif isinstance(value, dict):
        out.append("{")
        for i, (key, item) in enumerate(value.items()):
            if i:
                out.append(",")
            out.append(_node_string(key))
            out.append(":")
            _node(item, out)
        out.append("}")
    else:  # list: json.loads makes nothing else
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            _node(item, out)
        out.append("]")


def _node_string(text: str) -> str:
    dumped = json.dumps(text, ensure_ascii=False)
    # json.loads joins escaped surrogate pairs, so any surrogate left is lone; Node escapes it.
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)


def _as_double(value: int) -> float:
    try:
        return float(value)
    except OverflowError:  # beyond the double range: JSON.parse makes it Infinity
        return math.inf


def _js_number(x: float) -> str:
    """ECMAScript Number::toString(x) for a finite double (repr gives the same shortest digits)."""
    if x == 0:
        return "0"  # also -0
    if not math.isfinite(x):  # JSON.stringify(Infinity)
        return "null"
    sign, digit_tuple, exponent = Decimal(repr(x)).as_tuple()
    digits = "".join(map(str, digit_tuple)).rstrip("0")
    assert isinstance(exponent, int)
    n = exponent + len("".join(map(str, digit_tuple)))  # decimal point position
    k = len(digits)
    prefix = "-" if sign else ""
    if k <= n <= 21:
        body = digits + "0" * (n - k)
    elif 0 < n <= 21:
        body = f"{digits[:n]}.{digits[n:]}"
    elif -6 < n <= 0:
        body = "0." + "0" * (-n) + digits
    else:
        e = n - 1
        mantissa = digits if k == 1 else f"{digits[0]}.{digits[1:]}"
        body = f"{mantissa}e{'+' if e >= 0 else '-'}{abs(e)}"
    return prefix + body
