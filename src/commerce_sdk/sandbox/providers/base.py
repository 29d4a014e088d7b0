"""What every provider behaviour shares: calls, replies, errors and the spec-only fallback.

A provider supplies auth, tenant scoping, error bodies in its own shape and handlers for
the operations it models; every other operation of its contract is answered from the
response schema, so nothing in a contract is ever unrouted.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..collections import Collections, CollectionSpec
from ..config import SandboxConfig
from ..contracts import Contract, Operation, follow_refs, resolve_pointer
from ..schema import SchemaSet
from ..synth import Synthesizer
from ..validation import MultiValues, Problem


@dataclass
class Reply:
    """An answer before serialisation.  `body` None with `raw` None means no body."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None
    content_type: str = "application/json"
    undeclared_ok: bool = False  # auth/validation errors the contract may not list

    @property
    def has_body(self) -> bool:
        return self.raw is not None or self.body is not None


class ApiError(Exception):
    """Raised by handlers; the provider turns it into its documented error body."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        problems: list[Problem] | None = None,
        headers: dict[str, str] | None = None,
        undeclared_ok: bool = False,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.problems = problems or []
        self.headers = headers or {}
        self.undeclared_ok = undeclared_ok


@dataclass
class Call:
    """One request as handlers see it: coerced parameters and the parsed body."""

    op: Operation | None
    method: str
    path: str
    path_params: dict[str, Any]
    query: dict[str, Any]
    raw_query: MultiValues
    headers: MultiValues
    body: Any
    has_body: bool
    raw_body: bytes = b""
    tenant: str | None = None

    def header(self, name: str) -> str | None:
        values = self.headers.getlist(name)
        return values[0] if values else None


@dataclass
class Runtime:
    """Shared by all providers of one sandbox."""

    config: SandboxConfig
    clock: Callable[[], float] = time.time
    lock: threading.RLock = field(default_factory=threading.RLock)


Handler = Callable[[Call], Reply]


@dataclass(frozen=True)
class ExtraRoute:
    """An endpoint outside the contracts (e.g. JTL's OAuth2 token endpoint)."""

    method: str
    path: str  # full path, e.g. "/jtl-auth/oauth2/token"
    handler: Handler


def page_count(total: int, size: int) -> int:
    return max(1, math.ceil(total / size)) if size > 0 else 1


class Provider:
    """Base behaviour: spec-only answers, generic error bodies, no auth."""

    key = "generic"
    # Status used for request-validation errors: the first one the operation declares.
    validation_statuses: tuple[int, ...] = (400, 422)
    validation_code = "validation_failed"
    error_schema: str | None = None  # component schema of the provider's error body

    def __init__(self, contract: Contract, runtime: Runtime) -> None:
        self.contract = contract
        self.runtime = runtime
        self.config = runtime.config
        self.schemas = SchemaSet(contract.key, contract.document, oas31=contract.oas31)
        self.synth = Synthesizer(self.schemas)
        self._handlers: dict[tuple[str, str], Handler] = {}
        self.collections = Collections(self, self.collection_seed_rows)

    @property
    def collection_seed_rows(self) -> int:
        """Seeded records in each generic collection, per tenant."""
        return self.config.rows_per_collection

    def collection_table(self, spec: CollectionSpec, call: Call) -> Any:
        """The provider's own table behind a generic collection (None: a generic store)."""
        return None

    # -- registration -------------------------------------------------------------------
    def on(self, method: str, path: str, handler: Handler) -> None:
        """Bind a handler to a contract operation (a path the contract lacks is never reached)."""
        self._handlers[(method.upper(), path)] = handler

    def handler_for(self, op: Operation) -> Handler | None:
        return self._handlers.get((op.method, op.path))

    def extra_routes(self) -> list[ExtraRoute]:
        return []

    @property
    def now(self) -> float:
        return self.runtime.clock()

    # -- hooks --------------------------------------------------------------------------
    def authenticate(self, call: Call) -> None:
        """Raise ApiError when the call's credentials are missing or wrong."""

    def scope(self, call: Call) -> None:
        """Raise ApiError when the tenant in the path is unknown (after validation)."""

    # -- answers ------------------------------------------------------------------------
    def handle(self, call: Call) -> Reply:
        assert call.op is not None
        handler = self.handler_for(call.op)
        if handler is not None:
            return handler(call)
        reply = self.collections.handle(call)
        return reply if reply is not None else self.default_reply(call.op)

    def default_reply(self, op: Operation, status: int | None = None) -> Reply:
        """A schema-valid answer made from the contract alone."""
        status = status or op.success_status()
        spec = op.response_for(status)
        if spec is None or not spec.content or status == 204:
            return Reply(status)
        media = spec.json_media()
        if media is None:
            return Reply(status)
        if media.schema_pointer is None:
            return Reply(status, {})
        return Reply(status, self.synth.value(media.schema_pointer))

    def model(self, name: str) -> Any:
        """The deterministic value of a component schema."""
        return self.synth.value(self.synth.schema_pointer(name))

    def complete(self, value: Any, name: str) -> Any:
        return self.synth.complete(value, self.synth.schema_pointer(name))

    def pick_status(self, op: Operation | None, preferred: tuple[int, ...], fallback: int) -> int:
        """The first preferred status the operation declares (providers' error choice)."""
        if op is not None:
            for status in preferred:
                if op.declares(status):
                    return status
        return fallback

    def error_reply(self, op: Operation | None, error: ApiError) -> Reply:
        body = self.error_body(op, error.status, error.message, error.code, error.problems)
        return Reply(error.status, body, headers=dict(error.headers), undeclared_ok=error.undeclared_ok)

    def validation_error(self, op: Operation, problems: list[Problem]) -> ApiError:
        status = self.pick_status(op, self.validation_statuses, self.validation_statuses[0])
        summary = "; ".join(p.text() for p in problems[:5])
        return ApiError(
            status,
            f"The request does not match the contract: {summary}",
            code=self.validation_code,
            problems=problems,
            undeclared_ok=True,
        )

    def error_body(
        self, op: Operation | None, status: int, message: str, code: str | None, problems: list[Problem]
    ) -> Any:
        body: dict[str, Any] = {"message": message}
        if code:
            body["code"] = code
        if problems:
            body["errors"] = [p.text() for p in problems]
        return body

    def declared_error_schema(self, op: Operation | None, status: int) -> Any:
        """The resolved schema the contract declares for an error status, if any."""
        if op is None:
            return None
        spec = op.response_for(status)
        media = spec.json_media() if spec is not None else None
        if media is None or media.schema_pointer is None:
            return None
        schema, _ = follow_refs(
            self.contract.document, resolve_pointer(self.contract.document, media.schema_pointer), ""
        )
        return schema


def query_int(call: Call, name: str, default: int) -> int:
    value = call.query.get(name, default)
    return value if isinstance(value, int) and not isinstance(value, bool) else default
