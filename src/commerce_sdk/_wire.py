"""The request and response the pipeline and transports pass around: plain, finished objects.

`call()` builds a `WireRequest` from a generated function's `_get_kwargs` and hands it
through the policies to the transport, which answers with a `WireResponse` whose body is
already read and decoded.  The generated parsers only read `status_code`, `content` and
`json()`, so they take a `WireResponse` as they would an `httpx.Response`.  No httpx
object is built on this path: measured in bench/RESULTS.md, `httpx.Request`/`Response`
construction cost more client CPU per call than aiohttp's whole exchange.

httpx is kept at the edges: a scope's generated `client` (an `httpx.AsyncClient` over the
pipeline) and httpx transports (httpx's own, the caller's client, plug-ins) are adapted by
`from_httpx` / `to_httpx` and `_transport.HttpxTransport`.
"""

from __future__ import annotations

import json as _json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode

import httpx
from multidict import CIMultiDict

try:  # a C JSON decoder, 2-3x faster than json.loads on API bodies (bench/RESULTS.md)
    import orjson as _orjson
except ImportError:  # pragma: no cover - orjson is a dependency; this keeps a broken install working
    _orjson = None  # type: ignore[assignment]

# Only what every transport decodes (httpx's: gzip/deflate always; br/zstd only with extras).
ACCEPT_ENCODING = "gzip, deflate"


class WireRequest:
    """One HTTP request, body already encoded.  `url` is absolute and percent-encoded."""

    __slots__ = ("content", "extensions", "headers", "method", "url")

    def __init__(
        self,
        method: str,
        url: str,
        headers: CIMultiDict[str] | None = None,
        content: bytes | None = None,
        extensions: dict[str, Any] | None = None,
    ) -> None:
        self.method = method
        self.url = url
        self.headers: CIMultiDict[str] = headers if headers is not None else CIMultiDict()
        self.content = content
        self.extensions: dict[str, Any] = extensions if extensions is not None else {}

    def __repr__(self) -> str:  # no headers: they hold credentials
        from ._secrets import redact_url

        return f"<WireRequest {self.method} {redact_url(self.url)}>"

    @property
    def raw_path(self) -> str:
        """The still percent-encoded path, without the query."""
        rest = self.url.partition("://")[2]
        slash = rest.find("/")
        path = rest[slash:] if slash >= 0 else "/"
        return path.partition("?")[0]


class WireResponse:
    """A finished response: status, headers as received (case-insensitive), decoded body."""

    __slots__ = ("content", "extensions", "headers", "request", "status_code")

    def __init__(
        self,
        status_code: int,
        headers: Mapping[str, str],
        content: bytes,
        request: WireRequest,
        extensions: dict[str, Any] | None = None,
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self.request = request
        self.extensions: dict[str, Any] = extensions if extensions is not None else {}

    def __repr__(self) -> str:
        return f"<WireResponse [{self.status_code}]>"

    def json(self) -> Any:
        return loads(self.content)


# orjson turns an integer beyond 64 bits into a float without a word; any run of 19 digits
# (in a number or not) sends the body to json.loads instead.  Found with one C translate.
_DIGITS_ONLY = bytes(0x30 if 0x30 <= i <= 0x39 else 0x2E for i in range(256))
_LONG_RUN = b"0" * 19


def loads(data: bytes) -> Any:
    """JSON -> Python, exactly as `json.loads` reads it, faster when orjson can be trusted."""
    if _orjson is not None and _LONG_RUN not in data.translate(_DIGITS_ONLY):
        try:
            return _orjson.loads(data)
        except _orjson.JSONDecodeError:  # NaN, Infinity, very deep nesting: json decides
            pass
    return _json.loads(data)


def _as_text(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    return str(value)


def encode_query(params: Mapping[str, Any]) -> str:
    """Query string as httpx writes it: lists repeat the key, booleans are true/false."""
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        if isinstance(value, list | tuple):
            pairs.extend((key, _as_text(v)) for v in value)
        else:
            pairs.append((key, _as_text(value)))
    return urlencode(pairs)


# What may stand unescaped in a path (RFC 3986 pchar and "/"; "%" keeps existing escapes).
_PATH_SAFE = "/:@!$&'()*+,;=%-._~"
_NEEDS_QUOTING = re.compile(r"[^A-Za-z0-9/:@!$&'()*+,;=%\-._~]")


def build(base_url: str, kwargs: Mapping[str, Any], extensions: dict[str, Any]) -> WireRequest:
    """A generated `_get_kwargs` result as a WireRequest.

    No body or a JSON body (nearly every operation) is encoded here, byte for byte as httpx
    would; form, multipart and streamed bodies are left to httpx's encoders.
    """
    if kwargs.get("data") is not None or kwargs.get("files") is not None or kwargs.get("cookies"):
        return from_httpx_sync(
            httpx.Request(
                kwargs["method"].upper(),
                base_url + kwargs["url"],
                params=kwargs.get("params"),
                headers=kwargs.get("headers"),
                json=kwargs.get("json"),
                content=kwargs.get("content"),
                data=kwargs.get("data"),
                files=kwargs.get("files"),
                cookies=kwargs.get("cookies"),
            ),
            extensions,
        )
    path = kwargs["url"]
    if _NEEDS_QUOTING.search(path):  # a spec's literal path with non-ASCII or spaces, as httpx does
        path = quote(path, safe=_PATH_SAFE)
    url = base_url + path
    params = kwargs.get("params")
    if params:
        query = encode_query(params)
        if query:
            url = f"{url}?{query}"
    headers: CIMultiDict[str] = CIMultiDict()
    for name, value in (kwargs.get("headers") or {}).items():
        headers[name] = value if isinstance(value, str) else _as_text(value)
    body = kwargs.get("json")
    content: bytes | None = None
    if body is not None:
        content = _json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
        headers.setdefault("Content-Type", "application/json")
    elif kwargs.get("content") is not None:
        raw = kwargs["content"]
        if isinstance(raw, str):
            raw = raw.encode()
        if not isinstance(raw, bytes | bytearray):
            raise TypeError(f"request content must be bytes or str, got {type(raw).__name__}")
        content = bytes(raw)
    return WireRequest(kwargs["method"].upper(), url, headers, content, extensions)


def make(method: str, url: str, **kwargs: Any) -> WireRequest:
    """A request outside the generated code (token endpoints): `json=`, `data=`, `headers=`."""
    return build("", {"method": method, "url": url, **kwargs}, {})


def _from_httpx(request: httpx.Request, content: bytes, extensions: dict[str, Any]) -> WireRequest:
    encoding = request.headers.encoding
    headers = CIMultiDict((k.decode(encoding), v.decode(encoding)) for k, v in request.headers.raw)
    return WireRequest(request.method, str(request.url), headers, content or None, extensions)


def from_httpx_sync(request: httpx.Request, extensions: dict[str, Any] | None = None) -> WireRequest:
    """An httpx request whose body is in memory (built, not streamed) as a WireRequest."""
    return _from_httpx(request, request.read(), {**request.extensions, **(extensions or {})})


async def from_httpx(request: httpx.Request) -> WireRequest:
    """Any httpx request (a generated function's, via a scope's client) as a WireRequest."""
    return _from_httpx(request, await request.aread(), dict(request.extensions))


# The body is already decoded: httpx must not decode it again, and its length changed.
_NOT_FORWARDED = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def to_httpx(response: WireResponse, request: httpx.Request) -> httpx.Response:
    """A WireResponse as the finished `httpx.Response` a generated function expects."""
    headers = [(k, v) for k, v in response.headers.items() if k.lower() not in _NOT_FORWARDED]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=response.content,
        request=request,
        extensions=response.extensions,
    )


def to_httpx_request(request: WireRequest) -> httpx.Request:
    """For httpx transports: the same request as an `httpx.Request`."""
    return httpx.Request(
        request.method,
        request.url,
        headers=list(request.headers.items()),
        content=request.content,
        extensions=request.extensions,
    )
