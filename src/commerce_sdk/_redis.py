"""`RedisStore`: the shared store on Redis (extra `commerce-sdk[redis]`, redis-py's asyncio client).

Every operation is one atomic Redis command or Lua script: tokens are plain keys with an
expiry, locks are `SET NX PX`, compare-and-delete and the rate window are scripts, so any
number of processes on any number of machines see one state.  The rate window uses the
Redis server's clock (`TIME`), so workers with skewed clocks still share one budget.
"""

from __future__ import annotations

import uuid
from typing import Any

from ._exceptions import ConfigurationError
from ._secrets import redact_url

_DELETE_IF = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

# Sliding log: the request times of the last `window` seconds in a sorted set.
_WINDOW_HIT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local window = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], math.ceil(window * 1000))
  return '0'
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return tostring(tonumber(oldest[2]) + window - now)
"""


class RedisStore:
    """Shared tokens and rate budgets for every process using the same Redis and prefix."""

    def __init__(
        self,
        url: str = "redis://127.0.0.1:6379/0",
        *,
        prefix: str = "commerce-sdk",
        socket_timeout: float = 2.0,
        **redis_options: Any,
    ) -> None:
        try:
            import redis.asyncio as aioredis
        except ModuleNotFoundError as exc:  # pragma: no cover - depends on the install
            raise ConfigurationError("RedisStore needs redis-py: pip install 'commerce-sdk[redis]'") from exc
        if not isinstance(prefix, str) or not prefix:
            raise ConfigurationError("RedisStore prefix must be a non-empty string")
        self.prefix = prefix
        self._url = redact_url(url)
        self._redis = aioredis.Redis.from_url(
            url,
            socket_timeout=socket_timeout,
            socket_connect_timeout=socket_timeout,
            retry_on_timeout=False,
            **redis_options,
        )
        self._delete_if = self._redis.register_script(_DELETE_IF)
        self._window_hit = self._redis.register_script(_WINDOW_HIT)

    def _k(self, key: str) -> str:
        return f"{self.prefix}:{key}"

    async def get(self, key: str) -> bytes | None:
        value = await self._redis.get(self._k(key))
        if value is None:
            return None
        return value.encode() if isinstance(value, str) else bytes(value)

    async def set(self, key: str, value: bytes, ttl: float) -> None:
        await self._redis.set(self._k(key), value, px=max(1, int(ttl * 1000)))

    async def delete_if(self, key: str, value: bytes) -> bool:
        return bool(await self._delete_if(keys=[self._k(key)], args=[value]))

    async def acquire(self, key: str, owner: bytes, ttl: float) -> bool:
        return bool(await self._redis.set(self._k(key), owner, nx=True, px=max(1, int(ttl * 1000))))

    async def window_hit(self, key: str, limit: int, window: float) -> float:
        member = uuid.uuid4().hex
        wait = await self._window_hit(keys=[self._k(key)], args=[window, limit, member])
        return max(0.0, float(wait))

    async def aclose(self) -> None:
        await self._redis.aclose()

    def __repr__(self) -> str:
        return f"RedisStore(url={self._url!r}, prefix={self.prefix!r})"
