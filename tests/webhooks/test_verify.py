"""verify_chift: every way a delivery can be authentic, and every way it can be refused.

Signatures are computed independently of the SDK: with hmac over the exact bytes Chift's two
documented examples hash, the Node one by a real `node` process (skipped where there is none).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import math
import shutil
import subprocess
import sys
import time
import traceback
from datetime import UTC, datetime
from typing import Any

import pytest

import commerce_sdk
from commerce_sdk import CommerceError, ConfigurationError, Secret, WebhookSignatureError
from commerce_sdk.webhooks import REASONS, ChiftWebhookEvent, verify_chift

SECRET = "whsec-test-7f3a9c1e5b"
NOW = int(time.time())


def event_body(**extra: Any) -> dict[str, Any]:
    return {
        "accountid": "0e4b8f6a-1111-4c3e-9a55-2b6f0b1d9e01",
        "event": "account.connection.created",
        "consumerid": "5d2c7e10-2222-4f8e-8c1a-9b7a6e5d4c03",
        "created": int(time.time()),  # now, not at import: suites run for minutes, tolerances are tested
        **extra,
    }


def sign(data: bytes, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), data, hashlib.sha256).hexdigest()


def python_example_bytes(body: Any) -> bytes:
    """Chift's Python example: json.dumps(body, separators=(',', ':')) (non-ASCII escaped)."""
    return json.dumps(body, separators=(",", ":")).encode()


NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="no node interpreter on this machine")


def node_stringify(raw: bytes) -> bytes:
    """Chift's Node example, run by Node itself: JSON.stringify(JSON.parse(body))."""
    assert NODE is not None
    script = (
        "let d='';process.stdin.setEncoding('utf8');process.stdin.on('data',c=>d+=c);"
        "process.stdin.on('end',()=>process.stdout.write(JSON.stringify(JSON.parse(d))))"
    )
    return subprocess.run([NODE, "-e", script], input=raw, capture_output=True, check=True, timeout=30).stdout


# -- authentic deliveries ---------------------------------------------------------------------


def test_signature_over_the_raw_body_gives_a_typed_immutable_event() -> None:
    raw = json.dumps(
        event_body(created=NOW, data={"connectionid": "c-1", "status": "active"}), indent=2
    ).encode()
    event = verify_chift(raw, {"X-Chift-Signature": sign(raw)}, SECRET)

    assert isinstance(event, ChiftWebhookEvent)
    assert event.account_id == "0e4b8f6a-1111-4c3e-9a55-2b6f0b1d9e01"
    assert event.event == "account.connection.created"
    assert event.consumer_id == "5d2c7e10-2222-4f8e-8c1a-9b7a6e5d4c03"
    assert event.created == datetime.fromtimestamp(NOW, tz=UTC)
    assert event.created.utcoffset() is not None and event.created.utcoffset().total_seconds() == 0
    assert event.payload["data"]["connectionid"] == "c-1"
    assert event.body == raw
    with pytest.raises(AttributeError):
        event.event = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        event.payload["event"] = "other"  # type: ignore[index]
    with pytest.raises(TypeError):
        event.payload["data"]["status"] = "gone"  # type: ignore[index]


@pytest.mark.parametrize(
    "name", ["X-Chift-Signature", "x-chift-signature", "X-CHIFT-SIGNATURE", "x-ChIfT-sIgNaTuRe"]
)
def test_header_name_is_case_insensitive(name: str) -> None:
    raw = python_example_bytes(event_body())
    assert verify_chift(raw, {"Content-Type": "application/json", name: sign(raw)}, SECRET).event


def test_upper_case_hex_and_surrounding_whitespace_are_accepted() -> None:
    raw = python_example_bytes(event_body())
    assert verify_chift(raw, {"x-chift-signature": f"  {sign(raw).upper()} "}, SECRET)


def test_signed_python_form_verifies_a_pretty_printed_body() -> None:
    """A relay re-indented the body; Chift's Python example form still verifies."""
    body = event_body(name="Café Zürich ☕ 東京")
    signed = python_example_bytes(body)
    assert b"\\u00e9" in signed  # the ASCII-escaped form really is what was signed
    sent = json.dumps(body, indent=4, ensure_ascii=False).encode()
    event = verify_chift(sent, {"x-chift-signature": sign(signed)}, SECRET)
    assert event.payload["name"] == "Café Zürich ☕ 東京"


@needs_node
def test_signed_node_form_verifies_a_pretty_printed_non_ascii_body() -> None:
    body = event_body(name="Café Zürich ☕ 東京 😀", amount=1.0, ratio=2.5e-7, big=12345678901234567890)
    sent = json.dumps(body, indent=2, ensure_ascii=True).encode()
    signed = node_stringify(sent)
    assert "☕".encode() in signed and b'"amount":1,' in signed  # what Node really signs
    assert signed != json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
    event = verify_chift(sent, {"x-chift-signature": sign(signed)}, SECRET)
    assert event.payload["name"].endswith("😀")


@needs_node
def test_node_form_of_the_raw_non_ascii_body_as_sent() -> None:
    """Node sends JSON.stringify's bytes and signs them: the raw check covers it."""
    signed = node_stringify(json.dumps(event_body(city="Köln")).encode())
    assert verify_chift(signed, {"x-chift-signature": sign(signed)}, SECRET).payload["city"] == "Köln"


def test_non_ascii_signatures_of_the_two_forms_differ_and_both_verify() -> None:
    body = event_body(label="naïve \u2013 ß")
    ascii_form = json.dumps(body, separators=(",", ":")).encode()
    utf8_form = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
    assert sign(ascii_form) != sign(utf8_form)
    for signed in (ascii_form, utf8_form):
        for sent in (ascii_form, utf8_form):
            assert (
                verify_chift(sent, {"x-chift-signature": sign(signed)}, SECRET).payload["label"]
                == "naïve \u2013 ß"
            )


def test_secret_may_be_a_secret_object() -> None:
    raw = python_example_bytes(event_body())
    assert verify_chift(raw, {"x-chift-signature": sign(raw)}, Secret(SECRET)).event


def test_delivery_key_is_stable_across_serialisations() -> None:
    body = event_body(name="Café")
    compact = python_example_bytes(body)
    pretty = json.dumps(body, indent=2, ensure_ascii=False).encode()
    one = verify_chift(compact, {"x-chift-signature": sign(compact)}, SECRET)
    two = verify_chift(pretty, {"x-chift-signature": sign(compact)}, SECRET)
    other = python_example_bytes(event_body(name="Cafe"))
    three = verify_chift(other, {"x-chift-signature": sign(other)}, SECRET)
    assert one.delivery_key() == two.delivery_key() != three.delivery_key()


# -- refused deliveries -------------------------------------------------------------------------


def reason_of(body: bytes, headers: Any, secret: Any = SECRET, **kw: Any) -> str:
    with pytest.raises(WebhookSignatureError) as info:
        verify_chift(body, headers, secret, **kw)
    assert isinstance(info.value, CommerceError)
    assert info.value.reason in REASONS
    return info.value.reason


@pytest.mark.parametrize(
    "tamper",
    [
        lambda raw: raw.replace(b"created", b"Created"),
        lambda raw: raw.replace(b'"account.connection.created"', b'"account.connection.deleted"'),
        lambda raw: raw[:-1] + b',"extra":1}',
        lambda raw: raw + b" ",  # whitespace only: verifies through the compact form (below)
        lambda raw: raw.replace(b"Caf\\u00e9", b"Cafe"),
    ],
)
def test_tampered_body_is_refused(tamper: Any) -> None:
    raw = python_example_bytes(event_body(name="Café"))
    tampered = tamper(raw)
    assert tampered != raw
    if tampered.rstrip() == raw:  # whitespace only: its compact re-serialisation IS the signed form
        assert verify_chift(tampered, {"x-chift-signature": sign(raw)}, SECRET)
        return
    assert reason_of(tampered, {"x-chift-signature": sign(raw)}) == "signature_mismatch"


def test_wrong_secret_is_refused_and_missing_secret_is_a_configuration_error() -> None:
    raw = python_example_bytes(event_body())
    assert reason_of(raw, {"x-chift-signature": sign(raw, "another-secret")}) == "signature_mismatch"
    assert reason_of(raw, {"x-chift-signature": sign(raw)}, secret=SECRET + "x") == "signature_mismatch"
    for missing in ("", None, b"bytes-secret"):
        with pytest.raises(ConfigurationError, match="signing secret"):
            verify_chift(raw, {"x-chift-signature": sign(raw)}, missing)  # type: ignore[arg-type]


def test_missing_signature_header() -> None:
    raw = python_example_bytes(event_body())
    assert reason_of(raw, {}) == "missing_signature"
    assert reason_of(raw, {"x-chift-signatures": sign(raw), "signature": sign(raw)}) == "missing_signature"


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "sha256=" + "a" * 64,
        "z" * 64,
        "a" * 63,
        "a" * 65,
        "é" * 64,
        "a" * 10_000_000,  # huge header: refused on its length, not scanned
        "\x00" * 64,
        "a" * 32 + "\n" + "a" * 31,
    ],
)
def test_garbage_signature_headers_are_malformed(value: str) -> None:
    raw = python_example_bytes(event_body())
    started = time.perf_counter()
    assert reason_of(raw, {"X-Chift-Signature": value}) == "malformed_signature"
    assert time.perf_counter() - started < 0.05


def test_two_signature_headers_differing_in_case_are_refused() -> None:
    raw = python_example_bytes(event_body())
    headers = {"X-Chift-Signature": sign(raw), "x-chift-signature": sign(raw)}
    assert reason_of(raw, headers) == "malformed_signature"


@pytest.mark.parametrize(
    ("raw", "signed_ok"),
    [
        (b"not json at all", True),
        (b"\xff\xfe\x00garbage", True),
        (b'{"accountid": NaN}', True),
        (b"[1, 2, 3]", True),
        (b'"just a string"', True),
        (b"{" * 100_000, True),
        (b"not json at all", False),
    ],
)
def test_non_json_bodies(raw: bytes, signed_ok: bool) -> None:
    """Authentic but unusable -> invalid_body (a 400); unauthentic -> signature_mismatch (a 401)."""
    signature = sign(raw) if signed_ok else sign(b"something else")
    expected = "invalid_body" if signed_ok else "signature_mismatch"
    assert reason_of(raw, {"x-chift-signature": signature}) == expected


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"accountid": None}, "accountid"),
        ({"event": 7}, "event"),
        ({"consumerid": ""}, "consumerid"),
        ({"created": "yesterday"}, "created"),
        ({"created": True}, "created"),
        ({"created": 10**30}, "created"),
        ({"created": None}, "created"),
    ],
)
def test_missing_or_mistyped_fields_name_the_field(change: dict[str, Any], field: str) -> None:
    body = (
        {k: v for k, v in event_body().items() if k != field}
        if change[field] is None
        else event_body(**change)
    )
    raw = python_example_bytes(body)
    with pytest.raises(WebhookSignatureError, match=f"`{field}`") as info:
        verify_chift(raw, {"x-chift-signature": sign(raw)}, SECRET)
    assert info.value.reason == "invalid_body"


def test_created_as_float_or_numeric_string() -> None:
    for created in (NOW + 0.25, str(NOW)):
        raw = python_example_bytes(event_body(created=created))
        event = verify_chift(raw, {"x-chift-signature": sign(raw)}, SECRET)
        assert math.isclose(event.created.timestamp(), float(created))


def test_tolerance() -> None:
    fresh = python_example_bytes(event_body(created=int(time.time()) - 30))
    stale = python_example_bytes(event_body(created=int(time.time()) - 3600))
    future = python_example_bytes(event_body(created=int(time.time()) + 3600))
    assert verify_chift(fresh, {"x-chift-signature": sign(fresh)}, SECRET, tolerance=300)
    assert verify_chift(stale, {"x-chift-signature": sign(stale)}, SECRET)  # no tolerance: any age
    for raw in (stale, future):
        with pytest.raises(WebhookSignatureError, match="tolerance of 300 s") as info:
            verify_chift(raw, {"x-chift-signature": sign(raw)}, SECRET, tolerance=300)
        assert info.value.reason == "outside_tolerance"
    for bad in (-1, float("nan"), float("inf"), "300", True):
        with pytest.raises(ConfigurationError, match="tolerance"):
            verify_chift(fresh, {"x-chift-signature": sign(fresh)}, SECRET, tolerance=bad)  # type: ignore[arg-type]


def test_tolerance_is_checked_only_after_the_signature() -> None:
    """A forged stale delivery is a signature failure, not a timing hint."""
    stale = python_example_bytes(event_body(created=1))
    assert (
        reason_of(stale, {"x-chift-signature": sign(stale, "forger")}, tolerance=60) == "signature_mismatch"
    )


def test_large_unauthentic_body_is_not_re_serialised() -> None:
    big = python_example_bytes(event_body(items=[{"i": i, "s": "é" * 20} for i in range(40_000)]))
    pretty = json.dumps(json.loads(big), indent=2).encode()
    assert len(pretty) > 1_000_000
    started = time.perf_counter()
    assert reason_of(pretty, {"x-chift-signature": sign(b"forged")}) == "signature_mismatch"
    assert time.perf_counter() - started < 0.1  # one HMAC; no parse, no three re-serialisations
    assert verify_chift(pretty, {"x-chift-signature": sign(pretty)}, SECRET)  # its raw signature still works


def test_bad_argument_types_are_configuration_errors() -> None:
    raw = python_example_bytes(event_body())
    with pytest.raises(ConfigurationError, match="raw request bytes"):
        verify_chift(raw.decode(), {"x-chift-signature": sign(raw)}, SECRET)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="mapping"):
        verify_chift(raw, [("x-chift-signature", sign(raw))], SECRET)  # type: ignore[arg-type]


# -- the secret never shows ---------------------------------------------------------------------


def test_secret_never_appears_in_errors_reprs_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "s3cr3t-never-shown-9f8e7d"
    raw = python_example_bytes(event_body(note=f"a sender echoing {secret} in the body"))
    texts: list[str] = []
    event = verify_chift(raw, {"x-chift-signature": sign(raw, secret)}, secret)
    texts += [repr(event), str(event)]
    attempts: list[tuple[bytes, dict[str, str]]] = [
        (raw, {"x-chift-signature": sign(raw, "wrong")}),
        (raw, {"x-chift-signature": secret}),
        (raw, {}),
        (
            python_example_bytes({"event": secret}),
            {"x-chift-signature": sign(python_example_bytes({"event": secret}), secret)},
        ),
        (b"not json " + secret.encode(), {"x-chift-signature": sign(b"not json " + secret.encode(), secret)}),
    ]
    for body, headers in attempts:
        with pytest.raises(WebhookSignatureError) as info:
            verify_chift(body, headers, secret, tolerance=1)
        texts += [
            str(info.value),
            repr(info.value),
            info.value.message,
            "".join(traceback.format_exception(info.value)),
        ]
    texts += [record.getMessage() for record in caplog.records]
    assert texts and not [text for text in texts if secret in text]


def test_public_names() -> None:
    assert commerce_sdk.webhooks.verify_chift is verify_chift
    assert commerce_sdk.WebhookSignatureError is WebhookSignatureError
    assert issubclass(WebhookSignatureError, commerce_sdk.CommerceError)
    assert "WebhookSignatureError" in commerce_sdk.__all__


def test_webhooks_module_is_imported_only_on_use() -> None:
    code = (
        "import sys, commerce_sdk; assert 'commerce_sdk.webhooks' not in sys.modules; "
        "assert commerce_sdk.webhooks.verify_chift.__name__ == 'verify_chift'; "
        "assert commerce_sdk.WebhookSignatureError.__module__ == 'commerce_sdk._exceptions'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
