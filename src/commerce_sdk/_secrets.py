"""Secrets that cannot leak: a wrapper whose repr is masked, and a scrubber for text."""

from __future__ import annotations

import base64
import json
import logging
import re
import threading
from collections import deque
from urllib.parse import parse_qsl, quote, quote_plus, urlencode, urlsplit, urlunsplit

_MASK = "***"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SENSITIVE_QUERY = re.compile(r"(key|token|secret|password|signature|code)", re.I)


class Secret:
    """Holds a credential; `repr`/`str` never show it, `.reveal()` does on purpose."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        from ._exceptions import ConfigurationError  # _exceptions imports this module

        if not isinstance(value, str) or not value.strip():
            raise ConfigurationError("a secret must be a non-empty string")
        # Read from a file or a CRLF .env, a key often ends in a newline: strip it (and scrub
        # the unstripped spelling too); a control character inside cannot be sent at all.
        REDACTOR.add_spellings(value)
        stripped = value.strip()
        if _CONTROL.search(stripped):
            raise ConfigurationError("a secret has a control character (CR, LF, NUL, ...) inside it")
        self._value = stripped
        REDACTOR.add_spellings(stripped)

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{_MASK}')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> str:  # no pickling a secret into a cache or a log by accident
        raise TypeError("Secret cannot be pickled")


class Redactor:
    """Replaces every secret this process has seen (keys, client secrets, tokens) in text.

    Every `Secret` registers itself, and so do tokens as they are issued, so log lines,
    exception messages and error bodies can be scrubbed even when a vendor echoes one.
    """

    # Issued tokens rotate (hourly for JTL OAuth) for the life of a process: only the newest
    # are kept, so the set -- and the pattern rebuilt from it -- cannot grow without bound.
    MAX_TRANSIENT = 256

    def __init__(self) -> None:
        self._values: set[str] = set()
        self._transient: deque[str] = deque()
        self._pattern: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._values)

    def add(self, value: str, *, transient: bool = False) -> None:
        """Scrub `value` from now on; `transient` (a token) may be forgotten once 256 newer ones came."""
        if len(value) < 4:
            return  # too short to scrub without mangling ordinary text
        with self._lock:
            if value not in self._values:
                self._values.add(value)
                self._pattern = None
                if transient:
                    self._transient.append(value)
                    if len(self._transient) > self.MAX_TRANSIENT:
                        self._values.discard(self._transient.popleft())

    def add_spellings(self, value: str, *, transient: bool = False) -> None:
        """The value and the forms it takes on the way out: URL-encoded (a query or form body),
        JSON-escaped (a body echoing it), base64 (HTTP Basic-like headers)."""
        spellings = {
            value,
            quote(value, safe=""),
            quote_plus(value, safe=""),
            json.dumps(value)[1:-1],
            base64.b64encode(value.encode()).decode(),
        }
        for spelling in spellings:
            self.add(spelling, transient=transient)

    def scrub(self, text: str) -> str:
        pattern = self._pattern
        if pattern is None:
            with self._lock:
                if not self._values:
                    return text
                ordered = sorted(self._values, key=len, reverse=True)
                pattern = self._pattern = re.compile("|".join(re.escape(v) for v in ordered))
        return pattern.sub(_MASK, text)


REDACTOR = Redactor()

# Loggers of the HTTP stacks under the SDK.  httpcore's DEBUG lines print response headers
# verbatim (a vendor or proxy echoing a key or token would put it in the log); httpx's INFO
# line prints the URL.  Logger filters are not inherited, hence every name.
THIRD_PARTY_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "aiohttp.client",
    "aiohttp.internal",
)


class RedactingFilter(logging.Filter):
    """Scrubs every known secret from a record's message (runs only for records that are emitted)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = REDACTOR.scrub(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


_FILTER = RedactingFilter()
for _name in THIRD_PARTY_LOGGERS:
    if _FILTER not in logging.getLogger(_name).filters:
        logging.getLogger(_name).addFilter(_FILTER)


def redact_url(url: str) -> str:
    """Drop userinfo and mask query values whose names look like credentials."""
    parts = urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    query = urlencode(
        [
            (k, _MASK if _SENSITIVE_QUERY.search(k) else v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
        ]
    )
    return REDACTOR.scrub(urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment)))
