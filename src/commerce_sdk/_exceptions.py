"""One typed error hierarchy for every provider.

Callers catch `CommerceError` for everything, or a precise class.  Every message is
scrubbed of secrets; bodies are bounded so a huge error page cannot flood a log.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from multidict import CIMultiDict

from ._secrets import REDACTOR, redact_url

MAX_BODY = 2048

# Vendor request-id headers, checked in order.
REQUEST_ID_HEADERS = ("x-request-id", "x-correlation-id", "request-id", "x-amzn-requestid", "traceparent")
_REQUEST_ID_SET = frozenset(REQUEST_ID_HEADERS)


def request_id_of(items: Iterable[tuple[str, str]]) -> str | None:
    """The first of REQUEST_ID_HEADERS present in (name, value) pairs, any case; a repeated
    header's values are joined with ", " as httpx does.  One pass: it runs on every response."""
    found: dict[str, list[str]] = {}
    for name, value in items:
        name = name.lower()
        if name in _REQUEST_ID_SET:
            found.setdefault(name, []).append(value)
    for name in REQUEST_ID_HEADERS:
        if name in found:
            return ", ".join(found[name])
    return None


def _restore(cls: type[CommerceError], args: tuple[Any, ...], state: dict[str, Any]) -> CommerceError:
    """Rebuild a pickled error as it was, without running its (keyword-only) `__init__` again."""
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class CommerceError(Exception):
    """Base of every error the SDK raises."""

    def __init__(self, message: str) -> None:
        self.message = REDACTOR.scrub(message)
        super().__init__(self.message)

    def __reduce__(self) -> tuple[Any, ...]:
        # Workers hand failures across processes (ProcessPoolExecutor, multiprocessing, task
        # queues that pickle results): the default would call __init__(message) and fail.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class ConfigurationError(CommerceError):
    """Bad arguments or missing credentials, found before any request is sent."""


class TenantMismatchError(CommerceError):
    """A request on a tenant scope named another tenant; it was not sent."""


class APIConnectionError(CommerceError):
    """The request did not get a response (DNS, refused, reset, TLS, protocol error)."""

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        self.method = method
        self.url = redact_url(url) if url else ""
        super().__init__(f"{message} ({method} {self.url})" if method else message)


class APITimeoutError(APIConnectionError):
    """A connect/read timeout, or the whole call exceeded its overall timeout."""


class TLSVerificationError(APIConnectionError):
    """The server's certificate was not trusted (or not for this host); never retried."""


class ResponseTooLargeError(APIConnectionError):
    """A response body (decoded) went beyond the client's `max_response_size`; never retried."""


class AuthenticationError(CommerceError):
    """Credentials were refused or a token could not be obtained (with the cause)."""


class TokenRequestError(AuthenticationError):
    """The token endpoint failed; `status` is None when it was not reachable."""

    def __init__(self, message: str, *, status: int | None = None, body: str = "") -> None:
        self.status = status
        self.body = REDACTOR.scrub(body[:MAX_BODY])
        super().__init__(message)


class RegistrationError(CommerceError):
    """The JTL app registration was refused, expired, or not approved in time."""


class APIStatusError(CommerceError):
    """The server answered with an error status."""

    status_code: int

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        body: bytes,
        headers: Mapping[str, str],
        parsed: Any = None,
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.url = redact_url(url)
        self.body = REDACTOR.scrub(body[:MAX_BODY].decode("utf-8", "replace"))
        # Scrubbed like the body: a vendor (or a proxy) may echo a key or token in a header.
        # Case-insensitive, so `headers["retry-after"]` reads the same over every transport.
        self.headers: CIMultiDict[str] = CIMultiDict(
            (name, REDACTOR.scrub(value)) for name, value in headers.items()
        )
        self.request_id = request_id_of(self.headers.items())
        self.parsed = parsed  # the vendor's error model, when the spec declares one
        rid = f" request_id={self.request_id}" if self.request_id else ""
        snippet = self.body[:300].replace("\n", " ")
        super().__init__(f"{status_code} on {method} {self.url}{rid}: {snippet}")


class BadRequestError(APIStatusError):
    status_code = 400


class UnauthorizedError(APIStatusError, AuthenticationError):
    status_code = 401


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class ConflictError(APIStatusError):
    status_code = 409


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    status_code = 429


class RedirectError(APIStatusError):
    """A 3xx: the SDK follows no redirects, and a redirect is never a success."""


class ServerError(APIStatusError):
    """Any 5xx."""


class DecodeError(CommerceError):
    """A 2xx body could not be read: not JSON, or (strict mode) a field not as the spec says.

    `field` names the field (e.g. `Identifiers.Asins`) when one is to blame.  `retryable` is
    True only for a body that is not JSON at all (cut short, an HTML page from a proxy): the
    same answer to the same request is not worth asking for again.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        status_code: int,
        body: bytes,
        field: str | None = None,
        retryable: bool = False,
    ) -> None:
        self.method = method
        self.url = redact_url(url)
        self.status_code = status_code
        self.body = REDACTOR.scrub(body[:MAX_BODY].decode("utf-8", "replace"))
        self.field = field
        self.retryable = retryable
        self.transient = retryable  # the name the pipeline's retry rules used first
        super().__init__(f"{message} ({status_code} on {method} {self.url})")


class PaginationError(CommerceError):
    """The server's pages cannot be walked without losing or repeating items (a page repeated,
    totals changed mid-walk); iteration stops with this instead of guessing."""


class WebhookSignatureError(CommerceError):
    """A webhook delivery failed verification; `reason` names the check, so a receiver can
    answer 401 (not authentic) or 400 (authentic but unusable).  Never holds the secret."""

    def __init__(self, message: str, *, reason: str) -> None:
        self.reason = reason  # one of commerce_sdk.webhooks.REASONS
        super().__init__(message)


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return ServerError
    if 300 <= status < 400:
        return RedirectError
    return _BY_STATUS.get(status, APIStatusError)
