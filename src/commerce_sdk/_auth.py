"""How each provider proves who it is.  Tokens are cached and refreshed once for all callers.

A strategy adds its headers to a request and, if it holds a token, can be told that the
server refused that token (401) so the next request fetches a fresh one.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import anyio
import httpx

from ._exceptions import MAX_BODY, TokenRequestError
from ._secrets import REDACTOR, Secret, redact_url
from ._store import StoreGuard
from ._wire import WireRequest, WireResponse

if TYPE_CHECKING:
    from ._shared_tokens import SharedTokens

T = TypeVar("T")
Clock = Callable[[], float]


class AuthStrategy:
    """Adds credentials to a request.  `apply` returns the token it used, if any."""

    refreshable = False

    async def apply(self, request: WireRequest, send: RawSend) -> str | None:
        raise NotImplementedError

    def invalidate(self, used: str | None) -> bool:
        """The server refused `used`; return True when a retry with new credentials makes sense."""
        return False

    def attach_store(self, guard: StoreGuard) -> None:
        """Share what this strategy caches through a store (only token strategies cache)."""


RawSend = Callable[[WireRequest], Awaitable[WireResponse]]


class HeaderAuth(AuthStrategy):
    """Fixed credential headers (JTL's x-api-key)."""

    def __init__(self, headers: dict[str, Secret]) -> None:
        self._headers = headers

    async def apply(self, request: WireRequest, send: RawSend) -> str | None:
        for name, secret in self._headers.items():
            request.headers[name] = secret.reveal()
        return None

    def __repr__(self) -> str:
        return f"HeaderAuth(headers={sorted(self._headers)})"


class StaticBearer(AuthStrategy):
    """A bearer token given as a string, or fetched from the caller's async callable."""

    def __init__(self, token: Secret | Callable[[], Awaitable[str]]) -> None:
        self._token = token
        self.refreshable = callable(token)

    async def apply(self, request: WireRequest, send: RawSend) -> str | None:
        if isinstance(self._token, Secret):
            value = self._token.reveal()
        else:
            value = await self._token()
            if not isinstance(value, str) or not value:
                raise TokenRequestError("the token callable returned no token")
            REDACTOR.add(value, transient=True)
        request.headers["Authorization"] = f"Bearer {value}"
        return value

    def invalidate(self, used: str | None) -> bool:
        return self.refreshable  # a callable may hand out a fresh token next time

    def __repr__(self) -> str:
        return "StaticBearer(token=***)"


class _Flight(Generic[T]):
    def __init__(self) -> None:
        self.done = anyio.Event()
        self.result: T | None = None
        self.error: BaseException | None = None


class SingleFlight(Generic[T]):
    """Concurrent callers share one execution of `fn`: one result, or the same error for all."""

    def __init__(self) -> None:
        self._flight: _Flight[T] | None = None

    async def run(self, fn: Callable[[], Awaitable[T]]) -> T:
        while True:
            flight = self._flight
            if flight is None:
                flight = self._flight = _Flight()
                try:
                    flight.result = await fn()
                    return flight.result
                except BaseException as exc:
                    flight.error = exc
                    raise
                finally:
                    self._flight = None  # the next call after a failure tries again
                    flight.done.set()
            await flight.done.wait()
            if flight.error is None:
                assert flight.result is not None
                return flight.result
            if isinstance(flight.error, anyio.get_cancelled_exc_class()):
                continue  # the leader was cancelled, not us: lead a new flight
            # Every waiter raises the same error object; without resetting its traceback each
            # raise would append to it (1000 waiters: thousands of frames in one traceback).
            raise flight.error.with_traceback(None)


@dataclass(frozen=True)
class Token:
    value: str = field(repr=False)  # a repr (a debugger, a log of `vars(auth)`) must not show it
    expires_at: float  # epoch seconds


class TokenAuth(AuthStrategy):
    """Bearer token from a token endpoint, cached until `skew` seconds before expiry."""

    refreshable = True

    def __init__(
        self,
        fetch: Callable[[RawSend], Awaitable[Token]],
        *,
        skew: float = 60.0,
        clock: Clock = time.time,
        identity: tuple[str, ...] = (),
        secret: Secret | None = None,
    ) -> None:
        self._fetch = fetch
        self._skew = skew
        self._clock = clock
        self._token: Token | None = None
        self._flight: SingleFlight[Token] = SingleFlight()
        self._identity = identity  # who the token is for (hashed into the shared key)
        self._secret = secret  # the credential the shared copy is encrypted with
        self._shared: SharedTokens | None = None
        self._refused: str | None = None
        self.requests = 0  # token requests made, for tests and metrics

    def attach_store(self, guard: StoreGuard) -> None:
        if self._secret is not None and self._identity:
            from ._shared_tokens import SharedTokens

            self._shared = SharedTokens(guard, self._identity, self._secret)

    def _fresh(self, tok: Token | None) -> bool:
        return (
            tok is not None
            and tok.expires_at - self._skew > self._clock()
            and _fingerprint(tok.value) != self._refused
        )

    async def token(self, send: RawSend) -> Token:
        tok = self._token
        if tok is not None and tok.expires_at - self._skew > self._clock():
            return tok

        async def fetch_new() -> Token:
            self.requests += 1
            return await self._fetch(send)

        async def fetch() -> Token:
            shared = self._shared
            if shared is None:
                new = await fetch_new()
            else:
                new = await self._fetch_shared(shared, fetch_new)
            REDACTOR.add(new.value, transient=True)  # fetched here or by another process
            self._token = new
            return new

        return await self._flight.run(fetch)

    async def _fetch_shared(self, shared: SharedTokens, fetch_new: Callable[[], Awaitable[Token]]) -> Token:
        """One fetch for every process: use the stored token, or take the lock and fetch it."""
        if self._refused is not None:
            await shared.drop(self._refused, _fingerprint)  # refused here: gone for everyone
        stored, _ = await shared.load()
        if stored is not None and self._fresh(stored):
            return stored
        owner, stored = await shared.lock(self._fresh)
        if stored is not None:
            return stored
        try:
            if owner is not None:
                again, _ = await shared.load()
                if again is not None and self._fresh(again):
                    return again
            new = await fetch_new()
            await shared.save(new, self._skew)
            return new
        finally:
            if owner is not None:
                await shared.unlock(owner)

    async def apply(self, request: WireRequest, send: RawSend) -> str | None:
        tok = await self.token(send)
        request.headers["Authorization"] = f"Bearer {tok.value}"
        return tok.value

    def invalidate(self, used: str | None) -> bool:
        if self._token is not None and self._token.value == used:
            self._token = None
        if used is not None:
            # The next fetch deletes its shared copy and never reuses it (a fingerprint: no
            # token in clear on the object).
            self._refused = _fingerprint(used)
        return True

    def __repr__(self) -> str:
        shared = f", shared={self._shared!r}" if self._shared is not None else ""
        return f"TokenAuth(cached={self._token is not None}{shared})"


def _fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


class CombinedAuth(AuthStrategy):
    """Several strategies on one request (JTL: api key headers plus an optional OAuth token)."""

    def __init__(self, *parts: AuthStrategy) -> None:
        self._parts = parts
        self.refreshable = any(p.refreshable for p in parts)

    async def apply(self, request: WireRequest, send: RawSend) -> str | None:
        used = None
        for part in self._parts:
            used = await part.apply(request, send) or used
        return used

    def invalidate(self, used: str | None) -> bool:
        return any([p.invalidate(used) for p in self._parts])

    def attach_store(self, guard: StoreGuard) -> None:
        for part in self._parts:
            part.attach_store(guard)

    def __repr__(self) -> str:
        return f"CombinedAuth{self._parts!r}"


async def request_token(
    send: RawSend,
    request: WireRequest,
    *,
    parse: Callable[[Any], Token],
    what: str,
) -> Token:
    """Send a token request and turn every way it can fail into a TokenRequestError with the cause."""
    url = redact_url(request.url)
    try:
        response = await send(request)
        body = response.content
    except httpx.TimeoutException as exc:
        raise TokenRequestError(f"{what}: token request to {url} timed out ({type(exc).__name__})") from None
    except httpx.TransportError as exc:
        raise TokenRequestError(f"{what}: token endpoint {url} unreachable ({type(exc).__name__})") from None
    text = body[:MAX_BODY].decode("utf-8", "replace")
    if response.status_code != 200 and response.status_code != 201:
        raise TokenRequestError(
            f"{what}: token endpoint {url} refused the credentials with {response.status_code}: "
            f"{REDACTOR.scrub(text)[:300]}",
            status=response.status_code,
            body=text,
        )
    try:
        data = response.json()
        token = parse(data)
    except Exception as exc:  # any shape problem is one clear error
        raise TokenRequestError(
            f"{what}: token endpoint {url} answered 200 without a usable token ({type(exc).__name__})",
            status=response.status_code,
        ) from None
    if not token.value:
        raise TokenRequestError(f"{what}: token endpoint {url} returned an empty token", status=200)
    return token
