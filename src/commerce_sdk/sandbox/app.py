"""The ASGI app: routing from the contracts, then faults, auth, validation, behaviour.

One pipeline serves every provider:

    route -> faults -> auth -> request validation -> tenant scope -> handler or
    synthesised answer -> response validation -> send (maybe damaged) -> log

Responses go out through raw ASGI messages because two faults need control below
HTTP: a dropped connection and a body shorter than its Content-Length.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import traceback
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.routing import Mount
from starlette.types import Receive, Scope, Send

from .config import SandboxConfig
from .contracts import Contract, Operation, load_contracts
from .faults import Decision, FaultInjector
from .log import RequestLog, RequestRecord
from .providers import BEHAVIOURS, Provider, Runtime
from .providers.base import ApiError, Call, ExtraRoute, Reply
from .validation import MultiValues, OperationValidator

logger = logging.getLogger("commerce_sdk.sandbox")

HTML_ERROR_PAGE = (
    b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>"
    b"<h1>Bad Gateway</h1><p>The upstream server is temporarily unavailable. "
    b"Please try again later.</p><hr><address>sandbox-proxy</address></body></html>"
)

CloseConnection = Callable[[Any], bool]


class SandboxApp:
    """All providers behind one ASGI callable; see the module docstring for the pipeline."""

    def __init__(
        self,
        config: SandboxConfig,
        contracts: list[Contract] | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.config = config
        self.runtime = Runtime(config, clock)
        contracts = load_contracts(config.providers, config.packages) if contracts is None else contracts
        self.providers: dict[str, Provider] = {}
        self._mounts: list[tuple[str, Provider]] = []
        self._validators: dict[int, OperationValidator] = {}
        self._extra: dict[tuple[str, str], tuple[Provider, ExtraRoute]] = {}
        for contract in contracts:
            behaviour = BEHAVIOURS.get(contract.key, Provider)
            provider = behaviour(contract, self.runtime)
            self.providers[contract.key] = provider
            self._mounts.append((contract.mount.rstrip("/"), provider))
            for op in contract.operations:
                self._validators[id(op)] = OperationValidator(op, provider.schemas)
            for extra in provider.extra_routes():
                self._extra[(extra.method.upper(), extra.path)] = (provider, extra)
        self._mounts.sort(key=lambda m: -len(m[0]))
        fault_seed = config.fault_seed if config.fault_seed is not None else config.seed
        self.faults = FaultInjector(config.faults, fault_seed)
        self.log = RequestLog(config.log_limit)
        self.violations: list[str] = []  # answers the sandbox itself gave off-contract
        self.internal_errors: list[str] = []  # exceptions inside handlers
        self.close_connection: CloseConnection | None = None  # set by the server runner
        self.stopping = False  # set by the server runner; cuts injected latency short
        self.asgi = Starlette(routes=[Mount("/", app=self)])

    # -- routing ------------------------------------------------------------------------
    def operations(self) -> list[Operation]:
        return [op for p in self.providers.values() for op in p.contract.operations]

    def route(
        self, method: str, path: str
    ) -> tuple[Provider | None, Operation | None, dict[str, str], bool, ExtraRoute | None]:
        extra = self._extra.get((method.upper(), path.rstrip("/") or "/"))
        if extra is not None:
            return extra[0], None, {}, True, extra[1]
        for mount, provider in self._mounts:
            if path == mount or path.startswith(mount + "/"):
                sub = path[len(mount) :] or "/"
                op, params, known = provider.contract.match(method, sub)
                return provider, op, params, known, None
        return None, None, {}, False, None

    # -- ASGI ---------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        started = time.perf_counter()
        request = Request(scope, receive)
        method = str(scope["method"]).upper()
        path = str(scope["path"])
        raw_query = scope.get("query_string", b"").decode("latin-1")
        header_pairs = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope.get("headers", [])]
        headers = MultiValues(header_pairs, fold_case=True)
        query = MultiValues(parse_qsl(raw_query, keep_blank_values=True))
        body = await request.body()

        provider, op, raw_params, path_known, extra = self.route(method, path)
        template = f"{op.mount}{op.path}" if op is not None else (extra.path if extra is not None else None)
        decision = self.faults.decide(method, path, template)
        if decision.delay > 0 and not await self._delay(decision.delay):
            await self._drop(scope, receive, send)  # shutting down: do not hold the server up
            return

        call = Call(
            op=op,
            method=method,
            path=path,
            path_params=dict(raw_params),
            query={},
            raw_query=query,
            headers=headers,
            body=None,
            has_body=False,
            raw_body=body,
        )

        def record(status: int) -> None:
            # Logged before the answer goes out, so a client that has its response can
            # already see the request in the log.
            self.log.add(
                RequestRecord(
                    time=time.time(),
                    method=method,
                    path=path,
                    query=raw_query,
                    headers=_header_dict(header_pairs),
                    body_size=len(body),
                    status=status,
                    provider=provider.key if provider is not None else None,
                    route=op.route if op is not None else (f"{method} {extra.path}" if extra else None),
                    operation_id=op.operation_id if op is not None else None,
                    tenant=call.tenant,
                    fault=decision.label,
                    duration=time.perf_counter() - started,
                )
            )

        if decision.terminal is not None and decision.terminal.kind == "drop":
            record(0)
            await self._drop(scope, receive, send)
            return
        if decision.terminal is not None:
            reply = self._fault_reply(decision, provider, op)
        else:
            reply = self._process(call, provider, op, path_known, extra)
        record(reply.status)
        if decision.truncate is not None:
            await self._send_truncated(scope, receive, send, reply, decision)
        else:
            await _send(send, reply)

    # -- pipeline -----------------------------------------------------------------------
    def _process(
        self,
        call: Call,
        provider: Provider | None,
        op: Operation | None,
        path_known: bool,
        extra: ExtraRoute | None,
    ) -> Reply:
        if provider is None:
            return Reply(404, {"message": f"No provider contract serves {call.path}."}, undeclared_ok=True)
        if extra is not None:
            return self._guarded(provider, None, lambda: extra.handler(call))
        if op is None and not path_known:
            message = f"No operation of the {provider.key} contract matches {call.path}."
            return provider.error_reply(None, ApiError(404, message, code="not_found", undeclared_ok=True))
        if op is None:
            sub = self._sub(provider, call.path)
            allowed = sorted({o.method for o in provider.contract.operations if o.regex.match(sub)})
            error = ApiError(
                405, f"{call.method} is not allowed here.", code="method_not_allowed", undeclared_ok=True
            )
            reply = provider.error_reply(None, error)
            reply.headers["allow"] = ", ".join(allowed)
            return reply
        validator = self._validators[id(op)]

        def run() -> Reply:
            provider.authenticate(call)
            parsed = validator.parse(
                call.path_params,
                call.raw_query,
                call.headers,
                call.raw_body,
                call.header("content-type"),
                validate=self.config.validate_requests,
            )
            if parsed.problems:
                raise provider.validation_error(op, parsed.problems)
            call.path_params = {**call.path_params, **parsed.path}
            call.query = parsed.query
            call.body = parsed.body
            call.has_body = parsed.has_body
            provider.scope(call)
            return provider.handle(call)

        reply = self._guarded(provider, op, run)
        if self.config.validate_responses:
            reply = self._check_response(provider, op, validator, reply)
        return reply

    @staticmethod
    def _sub(provider: Provider, path: str) -> str:
        return path[len(provider.contract.mount.rstrip("/")) :] or "/"

    def _guarded(self, provider: Provider, op: Operation | None, run: Callable[[], Reply]) -> Reply:
        try:
            with self.runtime.lock:
                return run()
        except ApiError as error:
            return provider.error_reply(op, error)
        except Exception as exc:  # a sandbox bug: answer 500 with the cause, keep serving
            trace = traceback.format_exc()
            self.internal_errors.append(trace)
            logger.error("sandbox handler failed for %s", op.route if op else "extra route", exc_info=exc)
            return Reply(
                500,
                {
                    "message": "The sandbox failed to handle this request.",
                    "error": f"{type(exc).__name__}: {exc}",
                },
                headers={"x-sandbox-error": "internal"},
                undeclared_ok=True,
            )

    def _check_response(
        self, provider: Provider, op: Operation, validator: OperationValidator, reply: Reply
    ) -> Reply:
        if reply.headers.get("x-sandbox-error"):
            return reply
        body = reply.body
        problems = validator.response_problems(
            reply.status, body, reply.has_body, undeclared_ok=reply.undeclared_ok
        )
        if (
            not problems
            and reply.undeclared_ok
            and op.response_for(reply.status) is None
            and provider.error_schema
        ):
            pointer = f"/components/schemas/{provider.error_schema}"
            problems = provider.schemas.errors(pointer, body, write=False)
        if not problems:
            return reply
        summary = f"{op.route} answered {reply.status} off-contract: " + "; ".join(problems[:5])
        self.violations.append(summary)
        logger.error("%s", summary)
        return Reply(
            500,
            {
                "message": "The sandbox's own answer does not conform to the contract.",
                "operation": op.operation_id,
                "status": reply.status,
                "problems": problems,
            },
            headers={"x-sandbox-error": "response-validation"},
            undeclared_ok=True,
        )

    def _fault_reply(self, decision: Decision, provider: Provider | None, op: Operation | None) -> Reply:
        fault = decision.terminal
        assert fault is not None
        if fault.kind == "html":
            return Reply(200, raw=HTML_ERROR_PAGE, content_type="text/html; charset=utf-8")
        if fault.kind == "rate_limit":
            status, message, headers = 429, "Too many requests.", {"retry-after": str(fault.retry_after)}
        else:
            status = decision.status or 500
            message, headers = f"Injected fault: HTTP {status}.", {}
        error = ApiError(status, message, code="injected_fault", headers=headers, undeclared_ok=True)
        if provider is None:
            return Reply(status, {"message": message}, headers=headers)
        return provider.error_reply(op, error)

    # -- damaged answers ----------------------------------------------------------------
    async def _delay(self, seconds: float) -> bool:
        """Sleep for an injected latency; False when the server started stopping meanwhile."""
        deadline = time.monotonic() + seconds
        while not self.stopping:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return True
            await asyncio.sleep(min(remaining, 0.05))
        return False

    async def _wait_disconnect(self, receive: Receive) -> None:
        try:
            async with asyncio.timeout(2.0):
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        return
        except TimeoutError:
            return

    async def _drop(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Close the socket without a single byte of response."""
        closer = self.close_connection
        if closer is not None and closer(scope.get("client")):
            await self._wait_disconnect(receive)
            return
        # Not under our own server: the best we can do is an incomplete response.
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1")]})

    async def _send_truncated(
        self, scope: Scope, receive: Receive, send: Send, reply: Reply, decision: Decision
    ) -> None:
        fault = decision.truncate
        assert fault is not None
        payload, content_type = _encode(reply)
        cut = payload[: len(payload) // 2]
        if fault.truncate == "json":
            await _send(send, Reply(reply.status, raw=cut, content_type=content_type, headers=reply.headers))
            return
        headers = _raw_headers(reply, content_type, len(payload) if payload else 10)
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        await send({"type": "http.response.body", "body": cut, "more_body": True})
        closer = self.close_connection
        if closer is not None and closer(scope.get("client")):
            await self._wait_disconnect(receive)


def _encode(reply: Reply) -> tuple[bytes, str]:
    if reply.raw is not None:
        return reply.raw, reply.content_type
    if reply.body is None:
        return b"", reply.content_type
    return json.dumps(reply.body, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    ), reply.content_type


def _raw_headers(reply: Reply, content_type: str, length: int) -> list[tuple[bytes, bytes]]:
    headers = [(b"content-length", str(length).encode("latin-1"))]
    if reply.has_body:
        headers.append((b"content-type", content_type.encode("latin-1")))
    for name, value in reply.headers.items():
        headers.append((name.lower().encode("latin-1"), str(value).encode("latin-1")))
    return headers


async def _send(send: Send, reply: Reply) -> None:
    payload, content_type = _encode(reply)
    await send(
        {
            "type": "http.response.start",
            "status": reply.status,
            "headers": _raw_headers(reply, content_type, len(payload)),
        }
    )
    await send({"type": "http.response.body", "body": payload, "more_body": False})


def _header_dict(pairs: list[tuple[str, str]]) -> dict[str, str]:
    result: dict[str, str] = {}
    for name, value in pairs:
        key = name.lower()
        result[key] = f"{result[key]}, {value}" if key in result else value
    return result
