"""Runs the sandbox app with uvicorn in a background thread with its own event loop.

A thread (not a task) so the same object works from asyncio tests, trio tests and plain
synchronous code: the caller's event loop never runs the server, and the server never
blocks the caller.  Startup returns only once the port accepts connections; shutdown is
bounded by `SandboxConfig.shutdown_timeout`.
"""

from __future__ import annotations

import asyncio
import dataclasses
import socket
import threading
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import anyio.to_thread
import uvicorn

from .app import SandboxApp
from .config import Fault, SandboxConfig
from .log import RequestRecord
from .providers.chift import ChiftCredentials, ChiftProvider, chift_credentials
from .providers.jtl import TOKEN_PATH, JtlCredentials, JtlProvider, jtl_credentials
from .providers.packcloud import PackcloudCredentials, packcloud_credentials


@dataclass(frozen=True, slots=True)
class SandboxUrls:
    """Base URLs to give the SDK (each is what the vendor's own base URL would be)."""

    base: str
    jtl_erp: str
    chift: str
    packcloud: str


@dataclass(frozen=True, slots=True)
class SandboxCredentials:
    jtl_erp: JtlCredentials
    chift: ChiftCredentials
    packcloud: PackcloudCredentials


class Sandbox:
    """The embedded sandbox server; use it as a (async) context manager.

    >>> with Sandbox(SandboxConfig(seed=7)) as sb:
    ...     sb.urls.jtl_erp  # "http://127.0.0.1:PORT/erp"
    """

    def __init__(self, config: SandboxConfig | None = None, /, **overrides: Any) -> None:
        base = config or SandboxConfig()
        self.config = dataclasses.replace(base, **overrides) if overrides else base
        self.app = SandboxApp(self.config)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None
        self._port: int | None = None
        self._credentials = SandboxCredentials(
            jtl_erp=jtl_credentials(self.config),
            chift=chift_credentials(self.config),
            packcloud=packcloud_credentials(self.config),
        )

    # -- lifecycle ----------------------------------------------------------------------
    def start(self) -> Sandbox:
        """Bind, serve in a background thread, and return once the port answers."""
        if self._thread is not None:
            return self
        # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on accepted sockets whose
        # proto says TCP, and without it every small answer waits ~40 ms for a delayed ACK.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.config.host, self.config.port))
        except OSError:
            sock.close()
            raise
        self._port = int(sock.getsockname()[1])
        server = uvicorn.Server(
            uvicorn.Config(
                self.app.asgi,
                log_config=None,  # leave the host application's logging alone
                log_level="warning",
                access_log=False,
                lifespan="off",
                loop="asyncio",
                http="h11",
                ws="none",
                timeout_keep_alive=5,
                timeout_graceful_shutdown=max(1, int(self.config.shutdown_timeout / 2)),
            )
        )
        self._server = server
        self.app.close_connection = self._closer(server)
        self.app.stopping = False

        def serve() -> None:
            try:
                asyncio.run(server.serve(sockets=[sock]))
            except BaseException as exc:  # reported to start()
                self._failure = exc
            finally:
                sock.close()

        self._thread = threading.Thread(target=serve, name=f"commerce-sandbox-{self._port}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + self.config.startup_timeout
        while not server.started:
            if self._failure is not None or not self._thread.is_alive():
                self._thread = None
                raise RuntimeError(f"sandbox server failed to start: {self._failure!r}")
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError(f"sandbox did not start within {self.config.startup_timeout}s")
            time.sleep(0.005)
        self._wait_accepting(deadline)
        return self

    def _wait_accepting(self, deadline: float) -> None:
        while True:
            try:
                with socket.create_connection((self.config.host, self.port), timeout=0.5):
                    return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    @staticmethod
    def _closer(server: uvicorn.Server) -> Any:
        def close(client: Any) -> bool:
            """Close the client's socket now (runs on the server loop)."""
            if client is None:
                return False
            wanted = tuple(client)
            for protocol in list(server.server_state.connections):
                if getattr(protocol, "client", None) == wanted:
                    transport = getattr(protocol, "transport", None)
                    if transport is not None:
                        transport.close()
                        return True
            return False

        return close

    def stop(self) -> None:
        """Stop serving; waits at most `shutdown_timeout` (+1 s to force it)."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self.app.stopping = True
        server.should_exit = True
        thread.join(self.config.shutdown_timeout)
        if thread.is_alive():
            server.force_exit = True
            thread.join(1.0)
        self._thread = None
        self._server = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    async def __aenter__(self) -> Sandbox:
        # In a worker thread so neither asyncio nor trio loops block while binding.
        return await anyio.to_thread.run_sync(self.start)

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await anyio.to_thread.run_sync(self.stop)

    # -- where and who ------------------------------------------------------------------
    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the sandbox is not started")
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://{self.config.host}:{self.port}"

    @property
    def urls(self) -> SandboxUrls:
        base = self.base_url
        return SandboxUrls(
            base=base, jtl_erp=f"{base}/erp", chift=f"{base}/chift", packcloud=f"{base}/packcloud/v1"
        )

    @property
    def credentials(self) -> SandboxCredentials:
        creds = self._credentials
        if self._port is None:
            return creds
        jtl = dataclasses.replace(creds.jtl_erp, token_url=f"{self.base_url}{TOKEN_PATH}")
        return dataclasses.replace(creds, jtl_erp=jtl)

    @property
    def routes(self) -> list[str]:
        """Every served contract operation as "METHOD /mount/path"."""
        return [op.route for op in self.app.operations()]

    # -- observing and steering ---------------------------------------------------------
    @property
    def requests(self) -> list[RequestRecord]:
        """Snapshot of the request log, oldest first."""
        return self.app.log.records()

    @property
    def route_counts(self) -> dict[str, int]:
        return self.app.log.route_counts()

    def reset_log(self) -> None:
        """Forget logged requests, route counters and fault counters."""
        self.app.log.clear()
        self.app.faults.reset_counts()

    def set_faults(self, faults: list[Fault] | tuple[Fault, ...]) -> None:
        """Replace the active fault rules (an empty list turns faults off)."""
        self.app.faults.set(tuple(faults))

    @property
    def fault_counts(self) -> dict[str, int]:
        """Injected faults by kind, plus "error:<status>" per injected status."""
        return self.app.faults.snapshot()

    @property
    def violations(self) -> list[str]:
        """Answers the sandbox gave off-contract (each was turned into a 500)."""
        return list(self.app.violations)

    def wait_webhooks(self, timeout: float = 5.0) -> bool:
        """Wait until every scheduled Chift webhook delivery has been sent and logged;
        False if some were still in flight after `timeout` seconds."""
        return self._chift().webhooks.wait_idle(timeout)

    def set_webhook_bad_signature(self, on: bool = True) -> None:
        """Fault mode: sign Chift webhook deliveries with the wrong key (receivers must refuse them)."""
        self._chift().webhooks.bad_signature = on

    def _chift(self) -> ChiftProvider:
        provider = self.app.providers.get("chift")
        if not isinstance(provider, ChiftProvider):
            raise RuntimeError("the Chift contract is not installed")
        return provider

    def approve_registration(self, registration_id: str) -> None:
        """Accept a pending JTL app registration, as the Wawi user would."""
        self._jtl().approve(registration_id, accept=True)

    def reject_registration(self, registration_id: str) -> None:
        self._jtl().approve(registration_id, accept=False)

    def _jtl(self) -> JtlProvider:
        provider = self.app.providers.get("jtl_erp")
        if not isinstance(provider, JtlProvider):
            raise RuntimeError("the JTL contract is not installed")
        return provider

    def __repr__(self) -> str:
        where = self.base_url if self._port is not None else "not started"
        return f"Sandbox({where}, seed={self.config.seed})"
