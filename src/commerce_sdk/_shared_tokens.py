"""One token per expiry for a whole fleet: a cross-process single flight over the shared store.

The token is stored encrypted with a key derived from the client secret (a Redis reader
without the secret cannot use it), under a key that is a hash of who the token is for,
with a TTL that ends before the token does.  One process takes a lock (bounded wait) and
fetches; the others wait for it to store the token, or fetch themselves when the lock
wait runs out.  A token a vendor refused (401) is deleted for everyone.
"""

from __future__ import annotations

import base64
import json
import time
import uuid
from typing import TYPE_CHECKING, Any

import anyio

from ._secrets import Secret
from ._store import StoreGuard, store_key

if TYPE_CHECKING:
    from ._auth import Token

LOCK_TTL = 30.0  # a holder that dies releases the lock by expiry
POLL = 0.05


class SharedTokens:
    def __init__(
        self, guard: StoreGuard, identity: tuple[str, ...], secret: Secret, *, lock_wait: float = 10.0
    ) -> None:
        self.guard = guard
        self.key = store_key("token", *identity)
        self.lock_key = store_key("token-lock", *identity)
        self.lock_wait = lock_wait
        self._secret = secret
        self._cipher: Any = None

    def __repr__(self) -> str:
        return f"SharedTokens(store={self.guard.store!r})"

    def _fernet(self) -> Any:
        if self._cipher is None:
            from cryptography.fernet import Fernet
            from cryptography.hazmat.primitives import hashes
            from cryptography.hazmat.primitives.kdf.hkdf import HKDF

            key = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"commerce-sdk", info=b"token v1").derive(
                self._secret.reveal().encode()
            )
            self._cipher = Fernet(base64.urlsafe_b64encode(key))
        return self._cipher

    def _seal(self, token: Token) -> bytes:
        plain = json.dumps({"v": token.value, "e": token.expires_at}).encode()
        sealed: bytes = self._fernet().encrypt(plain)
        return sealed

    def _open(self, sealed: bytes) -> Token | None:
        from ._auth import Token

        try:
            data = json.loads(self._fernet().decrypt(sealed))
            return Token(str(data["v"]), float(data["e"]))
        except Exception:  # another secret, a damaged value: not our token
            return None

    async def load(self) -> tuple[Token | None, bytes | None]:
        sealed = await self.guard.run(lambda: self.guard.store.get(self.key), None)
        return (self._open(sealed), sealed) if sealed else (None, None)

    async def save(self, token: Token, skew: float) -> None:
        ttl = token.expires_at - skew - time.time()
        if ttl > 0:
            sealed = self._seal(token)
            await self.guard.run(lambda: self.guard.store.set(self.key, sealed, ttl), None)

    async def drop(self, refused: str) -> None:
        token, sealed = await self.load()
        if token is not None and sealed is not None and token.value == refused:
            await self.guard.run(lambda: self.guard.store.delete_if(self.key, sealed), False)

    async def lock(self, fresh: Any) -> tuple[bytes | None, Token | None]:
        """Take the fetch lock, or return the token another process stored meanwhile.

        Returns (owner, None) with the lock, (None, token) when someone else fetched it, and
        (None, None) when the store is down or the wait ran out: the caller fetches itself.
        """
        owner = uuid.uuid4().hex.encode()
        deadline = time.monotonic() + self.lock_wait
        while self.guard.available:
            got = await self.guard.run(lambda: self.guard.store.acquire(self.lock_key, owner, LOCK_TTL), None)
            if got:
                return owner, None
            if got is None:
                return None, None  # the store failed: fall back to a local fetch
            token, _ = await self.load()
            if token is not None and fresh(token):
                return None, token
            if time.monotonic() >= deadline:
                return None, None
            await anyio.sleep(POLL)
        return None, None

    async def unlock(self, owner: bytes) -> None:
        await self.guard.run(lambda: self.guard.store.delete_if(self.lock_key, owner), False)
