"""Tokens shared by a fleet of worker processes through a real Redis server.

Four processes with no cached token make 250 concurrent Chift calls each against the
sandbox: exactly one token request in all.  The stored token is encrypted and its key
names no credential; a 401 invalidates it for every process; Redis killed mid-run costs
no call, logs one WARNING, and the store is used again once Redis is back.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from commerce_sdk import Chift, RedisStore
from commerce_sdk.sandbox import Sandbox, SandboxConfig

from .conftest import RedisServer

ROOT = Path(__file__).resolve().parents[2]

WORKER = textwrap.dedent(
    """
    import asyncio, json, sys
    from commerce_sdk_clients.chift.api.syncs import syncs_get_syncs
    from commerce_sdk import Chift, RedisStore

    async def main(base, cid, secret, account, url, n):
        async with Chift(client_id=cid, client_secret=secret, account_id=account, base_url=base,
                         store=RedisStore(url, prefix="fleet-test")) as chift:
            results = await asyncio.gather(*(chift.untenanted.call(syncs_get_syncs) for _ in range(n)),
                                           return_exceptions=True)
        failed = [repr(r) for r in results if isinstance(r, BaseException)]
        print(json.dumps({"ok": len(results) - len(failed), "failed": failed[:3],
                          "token_requests": chift.token_auth.requests}))

    asyncio.run(main(*sys.argv[1:6], int(sys.argv[6])))
    """
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT / "generated")])
    return env


def test_four_processes_fetch_one_token(redis_server: RedisServer) -> None:
    with Sandbox(SandboxConfig(seed=7)) as sb:
        c = sb.credentials.chift
        args = [sb.urls.chift, c.client_id, c.client_secret, c.account_id, redis_server.url, "250"]
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, *args],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=_env(),
                text=True,
            )
            for _ in range(4)
        ]
        outputs = [p.communicate(timeout=120) for p in procs]
        token_requests = [r for r in sb.requests if r.path == "/chift/token"]
    results = [json.loads(out.strip().splitlines()[-1]) for out, _ in outputs]
    assert all(p.returncode == 0 for p in procs), [err[-2000:] for _, err in outputs]
    assert [r["ok"] for r in results] == [250] * 4, results
    logs = "\n".join(err[-1500:] for _, err in outputs)
    assert len(token_requests) == 1, f"{len(token_requests)} token requests for 1,000 calls\n{logs}"
    assert sum(r["token_requests"] for r in results) == 1
    for _, err in outputs:
        assert c.client_secret not in err


async def test_shared_token_is_encrypted_and_keyed_by_a_hash(redis_server: RedisServer) -> None:
    import redis.asyncio as aioredis

    with Sandbox(SandboxConfig(seed=7)) as sb:
        c = sb.credentials.chift
        async with Chift(
            client_id=c.client_id, client_secret=c.client_secret, account_id=c.account_id,
            base_url=sb.urls.chift, store=RedisStore(redis_server.url, prefix="enc"),
        ) as chift:  # fmt: skip
            from commerce_sdk_clients.chift.api.syncs import syncs_get_syncs

            await chift.untenanted.call(syncs_get_syncs)
            token = chift.token_auth._token
            assert token is not None
    raw = aioredis.Redis.from_url(redis_server.url)
    keys = [k.decode() for k in await raw.keys("enc:*")]
    values = [await raw.get(k) for k in keys]
    await raw.aclose()
    assert len(keys) == 1 and keys[0].startswith("enc:")
    for text in keys + [v.decode() for v in values if v]:
        for secret in (c.client_id, c.client_secret, c.account_id, token.value):
            assert secret not in text
    # Without the client secret the stored value opens to nothing.
    from commerce_sdk._secrets import Secret
    from commerce_sdk._shared_tokens import SharedTokens
    from commerce_sdk._store import StoreGuard

    other = SharedTokens(StoreGuard(RedisStore(redis_server.url, prefix="enc")), ("x",), Secret("wrong"))
    assert other._open(values[0] or b"") is None


async def test_a_refused_token_is_dropped_for_every_process(redis_server: RedisServer) -> None:
    from commerce_sdk_clients.chift.api.syncs import syncs_get_syncs

    with Sandbox(SandboxConfig(seed=7)) as sb:
        c = sb.credentials.chift

        def client() -> Chift:
            return Chift(
                client_id=c.client_id,
                client_secret=c.client_secret,
                account_id=c.account_id,
                base_url=sb.urls.chift,
                store=RedisStore(redis_server.url, prefix="drop"),
            )

        async with client() as first, client() as second:
            await first.untenanted.call(syncs_get_syncs)
            await second.untenanted.call(syncs_get_syncs)
            assert first.token_auth.requests + second.token_auth.requests == 1
            refused = first.token_auth._token
            assert refused is not None
            sb.app.providers["chift"].tokens.clear()  # the vendor revokes every token: 401s
            await first.untenanted.call(syncs_get_syncs)  # 401 -> drop the shared copy -> new token
            renewed = first.token_auth._token
            assert renewed is not None and renewed.value != refused.value
            second.token_auth.invalidate(refused.value)
            await second.untenanted.call(syncs_get_syncs)  # takes the renewed token from Redis
            assert second.token_auth._token is not None and second.token_auth._token.value == renewed.value
            assert first.token_auth.requests + second.token_auth.requests == 2


async def test_redis_outage_costs_no_call(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    from commerce_sdk_clients.chift.api.syncs import syncs_get_syncs

    caplog.set_level(logging.INFO, logger="commerce_sdk.store")
    with Sandbox(SandboxConfig(seed=7)) as sb:
        c = sb.credentials.chift
        store = RedisStore(redis_server.url, prefix="outage")
        async with Chift(client_id=c.client_id, client_secret=c.client_secret, account_id=c.account_id,
                         base_url=sb.urls.chift, store=store) as chift:  # fmt: skip
            guard = chift.store_guard
            assert guard is not None
            guard.cool_down = 0.2
            await chift.untenanted.call(syncs_get_syncs)
            redis_server.stop()
            failures = 0
            for _ in range(20):
                chift.token_auth.invalidate(
                    chift.token_auth._token.value if chift.token_auth._token else None
                )
                try:
                    await chift.untenanted.call(syncs_get_syncs)
                except Exception:
                    failures += 1
                await asyncio.sleep(0.02)
            assert failures == 0
            warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
            assert len(warnings) == 1 and "unavailable" in warnings[0].getMessage()
            redis_server.start()
            await asyncio.sleep(0.3)
            chift.token_auth.invalidate(chift.token_auth._token.value if chift.token_auth._token else None)
            await chift.untenanted.call(syncs_get_syncs)
            assert any("is back" in r.getMessage() for r in caplog.records)
            assert guard.outages == 1
