"""Tolerant decoding for generated models: the slow path behind every `from_dict`.

Copied by codegen into each generated package as `_decoding.py` (the source lives in
commerce_sdk/_codegen/runtime/ so ruff and mypy check it).  A generated `from_dict` checks
each field with one inline type test; only a value that fails it comes here.

Vendors' servers deviate from their own specs (JTL documents `"Categories": ""` where its
schema says array).  By default a deviation is coerced where the intent is plain (`""` or
null for an empty array or an absent object, one value where an array is declared, a
number spelt as a string), anything else is left unset on the model with the value kept
in the model's `raw_values`, and one WARNING per (operation, field) names the field on the
`commerce_sdk.decoding` logger -- never the value, which may be a credential.  In strict
mode (`MODE` set by the facade: `strict=True` on a client or a call) every deviation raises
`Mismatch`, naming the field.
"""

from __future__ import annotations

import datetime
import logging
import math
from collections.abc import Callable, Mapping
from contextvars import ContextVar, Token
from typing import Any, NamedTuple

from .types import UNSET, Unset

log = logging.getLogger("commerce_sdk.decoding")


class Mode(NamedTuple):
    strict: bool
    operation: str | None  # named in warnings; None outside the facade


TOLERANT = Mode(False, None)
MODE: ContextVar[Mode] = ContextVar("commerce_sdk_decoding_mode", default=TOLERANT)

# (operation, field path) pairs already warned about: bounded by the schema's fields, capped anyway.
_WARNED: set[tuple[str | None, str]] = set()
_WARNED_CAP = 10_000

Raw = dict[str, Any] | None


class Mismatch(ValueError):
    """A field does not match the spec (strict mode, or a body that is not an object at all)."""

    def __init__(self, field: str, expected: str, got: str) -> None:
        self.field = field
        self.expected = expected
        self.got = got
        super().__init__(f"{field or '<body>'}: expected {expected}, got {got}")


def _got(value: Any) -> str:
    if value is UNSET:
        return "nothing (missing)"
    if value is None:
        return "null"
    if value == "" and isinstance(value, str):
        return 'an empty string ("")'
    return type(value).__name__


def _note(value: Any, path: str, key: str, expected: str, outcome: str) -> None:
    """Strict: raise.  Tolerant: one WARNING per (operation, field), naming what was done."""
    mode = MODE.get()
    field = path + key
    if mode.strict:
        raise Mismatch(field, expected, _got(value))
    seen = (mode.operation, field)
    if seen in _WARNED or len(_WARNED) >= _WARNED_CAP:
        return
    _WARNED.add(seen)
    log.warning(
        "%s: field %s: expected %s, got %s; %s (further deviations of this field are not logged)",
        mode.operation or "decode",
        field,
        expected,
        _got(value),
        outcome,
    )


def _keep_raw(value: Any, path: str, key: str, expected: str, raw: Raw) -> tuple[Unset, Raw]:
    _note(value, path, key, expected, "left unset, the value kept in raw_values")
    raw = {} if raw is None else raw
    raw[key] = value
    return UNSET, raw


def _touched(raw: Raw) -> dict[str, Any]:
    return {} if raw is None else raw


def missing(path: str, key: str, expected: str, raw: Raw) -> tuple[Unset, Raw]:
    """A required field is absent."""
    _note(UNSET, path, key, expected, "left unset")
    return UNSET, _touched(raw)


def _number(text: str) -> int | float | None:
    text = text.strip()
    try:
        return int(text)
    except ValueError:
        pass
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def scalar(value: Any, kind: str, path: str, key: str, raw: Raw) -> tuple[Any, Raw]:
    """`kind` is int, float, bool or str; `value` failed the inline `type(...) is` test."""
    if value is UNSET:
        return missing(path, key, kind, raw)
    is_bool = isinstance(value, bool)
    # Subclasses (an IntEnum, a str subclass) are what was declared: no deviation.
    if kind == "int" and isinstance(value, int) and not is_bool:
        return value, raw
    if kind == "float" and isinstance(value, int | float) and not is_bool:
        return value, raw
    if kind == "str" and isinstance(value, str):
        return value, raw
    if value is None or value == "":
        _note(value, path, key, kind, "read as null")
        return None, _touched(raw)
    coerced: Any = None
    if kind == "int":
        number = _number(value) if isinstance(value, str) else value if isinstance(value, float) else None
        if isinstance(number, float) and number.is_integer():
            number = int(number)
        coerced = number if isinstance(number, int) and not is_bool else None
    elif kind == "float":
        coerced = _number(value) if isinstance(value, str) else None
    elif kind == "bool":
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            coerced = value.strip().lower() == "true"
        elif type(value) is int and value in (0, 1):
            coerced = bool(value)
    elif kind == "str" and isinstance(value, int | float) and not is_bool:
        coerced = str(value)
    if coerced is None:
        return _keep_raw(value, path, key, kind, raw)
    _note(value, path, key, kind, f"coerced to {kind}")
    return coerced, _touched(raw)


def as_list(value: Any, items: str, path: str, key: str, raw: Raw) -> tuple[Any, Raw]:
    """An array was declared.  `items`: "model" (objects), "scalar" or "any"."""
    if value is UNSET:
        return missing(path, key, "array", raw)
    if isinstance(value, list):
        return value, raw
    if value is None or value == "":
        _note(value, path, key, "array", "read as an empty array")
        return [], _touched(raw)
    single = isinstance(value, Mapping) if items == "model" else True
    if items == "scalar":
        single = isinstance(value, str | int | float | bool)
    if single:
        _note(value, path, key, "array", "read as an array of that one value")
        return [value], _touched(raw)
    return _keep_raw(value, path, key, "array", raw)


def bad_item(whole: list[Any], item: Any, cls: type, path: str, key: str, raw: Raw) -> Raw:
    """An element of an array of objects is not an object: skipped; the whole array kept raw."""
    _note(item, path, key + "[]", f"object ({cls.__name__})", "element skipped, the array kept in raw_values")
    raw = _touched(raw)
    raw[key] = whole
    return raw


def as_model(value: Any, cls: Any, path: str, key: str, raw: Raw) -> tuple[Any, Raw]:
    """An object was declared and `value` is not a dict."""
    expected = f"object ({cls.__name__})"
    if value is UNSET:
        return missing(path, key, expected, raw)
    if isinstance(value, Mapping):
        return cls.from_dict(dict(value), path + key + "."), raw
    if value is None or value == "":
        _note(value, path, key, expected, "read as absent (left unset)")
        return UNSET, _touched(raw)
    return _keep_raw(value, path, key, expected, raw)


def as_mapping(value: Any, cls: type, path: str) -> dict[str, Any]:
    """The start of every `from_dict`: a non-dict mapping is copied; anything else fails."""
    if isinstance(value, Mapping):
        return dict(value)
    raise Mismatch(path.rstrip("."), f"object ({cls.__name__})", _got(value))


def as_datetime(value: Any, kind: str, path: str, key: str, raw: Raw) -> tuple[Any, Raw]:
    """`kind` is date-time or date; `value` is not a str `fromisoformat` takes."""
    if value is UNSET:
        return missing(path, key, kind, raw)
    if isinstance(value, str) and value.strip():
        from dateutil.parser import isoparse  # ISO 8601 spellings fromisoformat does not take

        try:
            parsed = isoparse(value.strip())
        except (ValueError, OverflowError):
            pass
        else:  # a valid ISO 8601 spelling: no deviation to report
            return (parsed.date() if kind == "date" else parsed), raw
    if kind == "date" and isinstance(value, datetime.date):
        return value, raw
    if value is None or value == "":
        _note(value, path, key, kind, "read as absent (left unset)")
        return UNSET, _touched(raw)
    return _keep_raw(value, path, key, kind, raw)


def failed(
    value: Any, error: Exception | None, path: str, key: str, expected: str, raw: Raw
) -> tuple[Any, Raw]:
    """The generator's own decoding of a field (enum, union, uuid...) raised, or (None) gave
    the value back as it came where no variant takes it."""
    if isinstance(error, Mismatch) and MODE.get().strict:
        # from a model decoded inside a union, named relative to it
        raise Mismatch(f"{path}{key}.{error.field}".rstrip("."), error.expected, error.got) from None
    if value is None or value == "":
        _note(value, path, key, expected, "read as absent (left unset)")
        return UNSET, _touched(raw)
    return _keep_raw(value, path, key, expected, raw)


def extras_key(extras: dict[str, Any] | None) -> dict[str, Any]:
    """Models compare their unknown keys as dicts, made on first use or not."""
    return extras or {}


def name_operation(operation: str) -> Token[Mode] | None:
    """For a generated `_parse_response`: warnings name its operation (None: already named)."""
    mode = MODE.get()
    if mode.operation is not None:
        return None
    return MODE.set(Mode(mode.strict, operation))


def enter_strict() -> Token[Mode]:
    """Union variants are tried strictly: a tolerant first variant would accept anything."""
    return MODE.set(Mode(True, MODE.get().operation))


def leave(token: Token[Mode]) -> None:
    MODE.reset(token)


def lazy(
    owner: type, name: str, key: str, bit: int, from_dict: Callable[[Any, str], Any], many: bool
) -> Callable[[Any, Any], None]:
    """Make `owner.name` (a nested object, or array of objects) build on its first read from
    the JSON a tolerant decode kept; returns the slot's own setter, for `from_dict`.

    A bulk read touches few nested objects of each item, and every built one is a GC-tracked
    object: built up front, a JTL `Item` was 16 of them (11 models, 5 arrays) instead of one
    model over the JSON it keeps, which doubled the cyclic collector's runs per page (bench
    NOTES.md, 6 and 7; issue 18).
    Nothing the caller sees changes by waiting: the parent's own checks (an object where one
    is declared, every element of an array an object) are made when it is decoded, a nested
    model keeps its deviations in its own `raw_values`, and its warnings name the operation
    and path of the decode that kept it.  Strict mode builds everything at once.

    A property over the slot: attrs' `__eq__`, `__repr__`, `asdict`, `evolve`, pickling and
    `to_dict` read through it, and an assignment counts as built.
    """
    slot = owner.__dict__[name]
    get: Callable[[Any], Any] = slot.__get__
    put: Callable[[Any, Any], None] = slot.__set__

    suffix = key + ("[]." if many else ".")

    def read(obj: Any) -> Any:
        value = get(obj)
        if not obj._lazy_pending & bit:
            return value
        # still the JSON object or array, as decoded
        path = obj._lazy_path
        path = path + suffix if path else suffix
        mode = obj._lazy_mode
        token = MODE.set(mode) if mode is not None and MODE.get() is not mode else None
        try:
            built = [from_dict(x, path) for x in value] if many else from_dict(value, path)
        finally:
            if token is not None:
                MODE.reset(token)
        put(obj, built)
        obj._lazy_pending &= ~bit
        return built

    def write(obj: Any, value: Any) -> None:
        put(obj, value)
        if obj._lazy_pending & bit:
            obj._lazy_pending &= ~bit

    def delete(obj: Any) -> None:
        slot.__delete__(obj)
        obj._lazy_pending &= ~bit

    setattr(owner, name, property(read, write, delete, getattr(slot, "__doc__", None)))
    return put
