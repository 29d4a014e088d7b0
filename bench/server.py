"""The benchmark's HTTP server: a minimal aiohttp low-level server on 127.0.0.1 in its own process.

    GET /erp/items/{id}                                 one JTL `Item` (pre-serialised bytes)
    GET /erp/items?pageNumber=N&pageSize=S              a `PagedListOfItem` page of 250 items
    GET /cfg/{total}/{latency_ms}/erp/items?...         the same with `total` items in all and
                                                        `latency_ms` of server latency per page

The list's size and latency live in the path so a client picks them with its `base_url`
(`http://127.0.0.1:PORT/cfg/100000/5/erp`); the server keeps no state.  Run it with
`python -m bench.server [--core N]`: it prints `PORT <n>` and serves until stdin closes.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

from aiohttp import web

from .data import ITEM_BYTES, page_bytes

DEFAULT_TOTAL = 250
JSON = "application/json"


async def handle(request: web.BaseRequest) -> web.StreamResponse:
    path = request.path
    total, latency = DEFAULT_TOTAL, 0.0
    if path.startswith("/cfg/"):
        _, _, total_s, latency_s, rest = path.split("/", 4)
        total, latency = int(total_s), float(latency_s) / 1000.0
        path = "/" + rest
    if path.startswith("/erp/items/"):
        return web.Response(body=ITEM_BYTES, content_type=JSON)
    if path == "/erp/items":
        query = request.query
        number = int(query.get("pageNumber", "1"))
        size = int(query.get("pageSize", "100"))
        if latency:
            await asyncio.sleep(latency)
        return web.Response(body=page_bytes(number, size, total), content_type=JSON)
    return web.Response(status=404, body=b'{"message":"not found"}', content_type=JSON)


def pin(core: int | None) -> bool:
    """Pin this process to one core, when the OS allows it and the core exists."""
    if core is None or not hasattr(os, "sched_setaffinity"):
        return False
    try:
        if core not in os.sched_getaffinity(0):
            return False
        os.sched_setaffinity(0, {core})
    except OSError:
        return False
    return True


async def serve(port: int) -> None:
    server = web.Server(handle, access_log=None)
    loop = asyncio.get_running_loop()
    listener = await loop.create_server(server, "127.0.0.1", port, backlog=1024)
    print(f"PORT {listener.sockets[0].getsockname()[1]}", flush=True)
    # Serve until the parent closes our stdin (or dies).
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    await reader.read()
    listener.close()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.server")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--core", type=int, default=None)
    args = parser.parse_args()
    pin(args.core)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.port))


class ServerProcess:
    """Starts `python -m bench.server` and tells its port and CPU time."""

    def __init__(self, core: int | None = 0) -> None:
        root = str(Path(__file__).resolve().parents[1])
        env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
        cmd = [sys.executable, "-m", "bench.server"]
        if core is not None:
            cmd += ["--core", str(core)]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().decode()
        if not line.startswith("PORT "):
            self.stop()
            raise RuntimeError(f"benchmark server did not start: {line!r}")
        self.port = int(line.split()[1])
        self.url = f"http://127.0.0.1:{self.port}"

    def cpu_seconds(self) -> float | None:
        """User + system CPU time of the server so far (Linux /proc), or None."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            with contextlib.suppress(OSError):
                self.proc.stdin.close()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def wait_ready(url: str, timeout: float = 5.0) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url + "/erp/items/1", timeout=1) as resp:
                resp.read()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


if __name__ == "__main__":
    main()
