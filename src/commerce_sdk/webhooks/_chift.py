"""Verify a Chift webhook delivery and turn it into a typed, immutable event.

Chift signs a delivery with `X-Chift-Signature: hex(HMAC-SHA256(secret, body))`.  The raw
bytes are checked first; only when they do not match are the compact re-serialisations of
Chift's examples tried (see `_compact_json`), each at most once and only when it differs
from what was already compared.  Every comparison is constant-time.  Chift documents no
timestamp header, so replay protection is `tolerance` on the body's `created` plus the
receiver's own duplicate check.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from .._exceptions import ConfigurationError, WebhookSignatureError
from .._secrets import REDACTOR, Secret
from ._compact_json import node_form, python_form

SIGNATURE_HEADER = "x-chift-signature"
_HEX_DIGITS = frozenset("0123456789abcdef")
_SIGNATURE_LENGTH = 64  # hex SHA-256
_MAX_HEADER_VALUE = 256  # anything longer is not a signature; do not even strip it
# Bodies beyond this are checked as sent, never re-serialised: an unauthenticated sender must
# not buy ~0.15 s of CPU per MiB.  Chift's events are a few hundred bytes.
MAX_RESERIALISED = 256 * 1024

# WebhookSignatureError.reason values.
MISSING_SIGNATURE = "missing_signature"
MALFORMED_SIGNATURE = "malformed_signature"
SIGNATURE_MISMATCH = "signature_mismatch"
INVALID_BODY = "invalid_body"
STALE = "outside_tolerance"
REASONS = frozenset({MISSING_SIGNATURE, MALFORMED_SIGNATURE, SIGNATURE_MISMATCH, INVALID_BODY, STALE})


@dataclass(frozen=True, slots=True)
class ChiftWebhookEvent:
    """One verified delivery.  `payload` is the whole body, read-only all the way down
    (objects are mappings, arrays tuples); `body` is the raw bytes as received."""

    account_id: str
    event: str
    consumer_id: str
    created: datetime
    payload: Mapping[str, Any]
    body: bytes

    def delivery_key(self) -> str:
        """A stable id for duplicate checks: SHA-256 of the canonical payload (Chift sends no
        delivery id; a redelivery carries the same payload)."""
        canonical = json.dumps(_thaw(self.payload), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()

    def __repr__(self) -> str:  # the payload may be large; the ids are what a log needs
        return (
            f"ChiftWebhookEvent(event={self.event!r}, account_id={self.account_id!r}, "
            f"consumer_id={self.consumer_id!r}, created={self.created.isoformat()})"
        )


def verify_chift(
    body: bytes,
    headers: Mapping[str, str],
    secret: str | Secret,
    *,
    tolerance: float | None = None,
) -> ChiftWebhookEvent:
    """Check a delivery's `X-Chift-Signature` against `secret` and parse it.

    Raises `WebhookSignatureError` (its `reason` says which check failed) when the signature
    is missing, malformed or wrong, the body is not a JSON object with `accountid`, `event`,
    `consumerid` and `created`, or `created` is more than `tolerance` seconds from now.
    """
    key = _secret_bytes(secret)
    check_tolerance(tolerance)
    if not isinstance(body, bytes | bytearray | memoryview):
        raise ConfigurationError(f"body must be the raw request bytes, not {type(body).__name__}")
    body = bytes(body)
    expected = _signature_of(headers)

    parsed: Any = None
    authentic = _matches(key, body, expected)
    if not authentic and len(body) <= MAX_RESERIALISED:
        parsed = _parse_or_none(body)
        authentic = parsed is not None and _matches_reserialised(key, body, parsed, expected)
    if not authentic:
        raise WebhookSignatureError(
            "X-Chift-Signature does not match the body (wrong secret, or the body was altered)",
            reason=SIGNATURE_MISMATCH,
        )
    if parsed is None:
        parsed = _parse_or_none(body)
        if parsed is None:
            raise WebhookSignatureError(
                "the webhook body is not JSON (the signature matched)", reason=INVALID_BODY
            )
    return _event(parsed, body, tolerance)


def check_tolerance(tolerance: object) -> None:
    if tolerance is not None and not (
        isinstance(tolerance, int | float)
        and not isinstance(tolerance, bool)
        and math.isfinite(tolerance)
        and tolerance >= 0
    ):
        raise ConfigurationError(f"tolerance must be a number of seconds >= 0 or None, not {tolerance!r}")


def _secret_bytes(secret: str | Secret) -> bytes:
    value = secret.reveal() if isinstance(secret, Secret) else secret
    if not isinstance(value, str) or not value:
        raise ConfigurationError(
            "a Chift webhook signing secret (a non-empty str, the webhook's `signingsecret`) is required"
        )
    REDACTOR.add(value)  # SDK messages and log lines scrub it from now on
    return value.encode("utf-8")


def _signature_of(headers: Mapping[str, str]) -> str:
    if not isinstance(headers, Mapping):
        raise ConfigurationError(f"headers must be a mapping of header names to values, not {type(headers)}")
    found: list[object] = [value for name, value in headers.items() if _is_signature_header(name)]
    if not found:
        raise WebhookSignatureError("the X-Chift-Signature header is missing", reason=MISSING_SIGNATURE)
    if len(found) > 1:
        raise WebhookSignatureError(
            "more than one X-Chift-Signature header was sent", reason=MALFORMED_SIGNATURE
        )
    value = found[0]
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if not isinstance(value, str) or len(value) > _MAX_HEADER_VALUE:
        raise WebhookSignatureError(
            "X-Chift-Signature is not a hex SHA-256 digest (64 hex characters)", reason=MALFORMED_SIGNATURE
        )
    value = value.strip().lower()
    if len(value) != _SIGNATURE_LENGTH or not _HEX_DIGITS.issuperset(value):
        raise WebhookSignatureError(
            f"X-Chift-Signature is not a hex SHA-256 digest (64 hex characters; got {len(value)} characters)",
            reason=MALFORMED_SIGNATURE,
        )
    return value


def _is_signature_header(name: object) -> bool:
    if isinstance(name, bytes):
        name = name.decode("latin-1")
    return isinstance(name, str) and len(name) == len(SIGNATURE_HEADER) and name.lower() == SIGNATURE_HEADER


def _matches(key: bytes, message: bytes, expected: str) -> bool:
    return hmac.compare_digest(hmac.new(key, message, hashlib.sha256).hexdigest(), expected)


def _matches_reserialised(key: bytes, raw: bytes, parsed: Any, expected: str) -> bool:
    """Try each compact form once, skipping any equal to one already compared."""
    tried = {raw}
    for form in _compact_forms(parsed):
        if form in tried:
            continue
        if _matches(key, form, expected):
            return True
        tried.add(form)
    return False


def _compact_forms(parsed: Any) -> Iterator[bytes]:
    """Python's ASCII form, Python's UTF-8 form (only if the ASCII one escaped something),
    Node's form; each made only when the previous did not match."""
    try:
        ascii_form = python_form(parsed, ascii_only=True)
        if ascii_form is not None:
            yield ascii_form
        if ascii_form is None or b"\\u" in ascii_form:
            utf8_form = python_form(parsed, ascii_only=False)
            if utf8_form is not None:
                yield utf8_form
        yield node_form(parsed)
    except (RecursionError, ValueError):
        return


def _parse_or_none(body: bytes) -> Any:
    try:
        return json.loads(body, parse_constant=_reject_constant)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _event(parsed: Any, body: bytes, tolerance: float | None) -> ChiftWebhookEvent:
    if not isinstance(parsed, dict):
        raise WebhookSignatureError(
            f"the webhook body is a JSON {type(parsed).__name__}, not an object", reason=INVALID_BODY
        )
    fields = {name: _text_field(parsed, name) for name in ("accountid", "event", "consumerid")}
    created = _created(parsed)
    if tolerance is not None:
        skew = abs(time.time() - created.timestamp())
        if skew > tolerance:
            raise WebhookSignatureError(
                f"the webhook's `created` ({created.isoformat()}) is {skew:.0f} s from now, beyond the "
                f"tolerance of {tolerance:g} s",
                reason=STALE,
            )
    return ChiftWebhookEvent(
        account_id=fields["accountid"],
        event=fields["event"],
        consumer_id=fields["consumerid"],
        created=created,
        payload=_frozen_payload(parsed),
        body=body,
    )


def _text_field(parsed: dict[str, Any], name: str) -> str:
    value = parsed.get(name)
    if not isinstance(value, str) or not value:
        what = "missing" if name not in parsed else f"a {type(value).__name__}, not a non-empty string"
        raise WebhookSignatureError(f"the webhook body's `{name}` is {what}", reason=INVALID_BODY)
    return value


def _created(parsed: dict[str, Any]) -> datetime:
    value = parsed.get("created")
    seconds: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value) if math.isfinite(value) else None
    elif isinstance(value, str):
        try:
            seconds = float(value) if len(value) <= 32 else None
        except ValueError:
            seconds = None
    if seconds is not None and math.isfinite(seconds):
        try:
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            pass
    what = "missing" if "created" not in parsed else f"not epoch seconds ({str(value)[:40]!r})"
    raise WebhookSignatureError(f"the webhook body's `created` is {what}", reason=INVALID_BODY)


def _frozen_payload(parsed: dict[str, Any]) -> Mapping[str, Any]:
    try:
        frozen: Mapping[str, Any] = _freeze(parsed)
    except RecursionError:
        raise WebhookSignatureError("the webhook body is nested too deeply", reason=INVALID_BODY) from None
    return frozen


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({key: _freeze(item) for key, item in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(item) for item in value)
    return value


def _thaw(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {key: _thaw(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return [_thaw(item) for item in value]
    return value
