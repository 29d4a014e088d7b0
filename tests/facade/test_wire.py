"""The call path builds requests without httpx: they must be what httpx would have sent.

httpx's own encoders are the reference here; the loopback server shows what arrives.
"""

from __future__ import annotations

import gzip
import json
from typing import Any

import httpx
import pytest
from commerce_sdk_clients.jtl_erp.api.item import get_item, query_items

from commerce_sdk import WireRequest, WireResponse
from commerce_sdk._version import USER_AGENT
from commerce_sdk._wire import build, encode_query, loads, to_httpx

from .helpers import TENANT, item, jtl_client
from .server import LoopbackServer, Reply

BASE = "http://127.0.0.1:1/erp"


@pytest.mark.parametrize(
    "params",
    [
        {"a": 1, "b": "x y", "c": True, "d": False},
        {"list": [1, "two", True], "empty": ""},
        {"unicode": "Grüße/名前", "reserved": "a&b=c?d#e+f%"},
        {"float": 1.5, "none": None},
    ],
)
def test_query_string_is_httpx_s(params: dict[str, Any]) -> None:
    expected = httpx.Request("GET", BASE, params=params).url.query.decode()
    assert encode_query(params) == expected


@pytest.mark.parametrize("path", ["/items/7", "/odd/名前", "/with space/x", "/a%2Fb/c", "/x@y:z"])
def test_path_is_percent_encoded_as_httpx_does(path: str) -> None:
    wire = build(BASE, {"method": "get", "url": path}, {})
    assert wire.url == str(httpx.Request("GET", BASE + path).url)


def test_json_body_bytes_and_content_type_match_httpx() -> None:
    body = {"Name": "Grüße", "Price": 1.25, "Tags": ["a", "b"], "Nested": {"x": None}}
    wire = build(BASE, {"method": "post", "url": "/items", "json": body}, {})
    reference = httpx.Request("POST", BASE + "/items", json=body)
    assert wire.content == reference.read()
    assert wire.headers["content-type"] == reference.headers["content-type"]
    assert wire.method == "POST"


def test_a_body_json_cannot_encode_is_refused() -> None:
    with pytest.raises(ValueError):
        build(BASE, {"method": "post", "url": "/items", "json": {"x": float("nan")}}, {})


def test_form_bodies_are_left_to_httpx_s_encoder() -> None:
    wire = build(BASE, {"method": "post", "url": "/token", "data": {"grant_type": "client_credentials"}}, {})
    assert wire.content == b"grant_type=client_credentials"
    assert wire.headers["Content-Type"] == "application/x-www-form-urlencoded"


def test_headers_are_case_insensitive_and_keep_the_given_spelling() -> None:
    wire = build(BASE, {"method": "get", "url": "/x", "headers": {"X-Runas": "7", "flag": True}}, {})
    assert wire.headers["x-runas"] == "7" and wire.headers["FLAG"] == "true"
    assert list(wire.headers) == ["X-Runas", "flag"]


@pytest.mark.parametrize(
    "text",
    [
        b'{"Id": 123456789012345678901234567890}',  # beyond 64 bits: orjson would make it a float
        b'{"Id": -9223372036854775809, "Max": 18446744073709551616}',
        b'{"a": [1, 2.5, "x", null, true], "b": {"c": "Gr\\u00fc\\u00dfe"}}',
        b'{"n": NaN, "i": -Infinity}',  # json.loads takes these; orjson does not
        b'{"f": 0.1000000000000000055511151231257827, "e": 1e308}',
        b"[" * 500 + b"]" * 500,
    ],
)
def test_decoding_is_json_loads_s(text: bytes) -> None:
    expected = json.loads(text)
    got = loads(text)
    assert repr(got) == repr(expected)  # repr: also NaN, and int vs float


def test_undecodable_bodies_raise_json_s_error() -> None:
    with pytest.raises(json.JSONDecodeError):
        loads(b"<html>")
    # Deeper than either decoder goes: json's error, as before.  (5,000 levels was enough on
    # 3.11 and 3.12; 3.13's json parses that deep, so loads does too.)
    with pytest.raises(RecursionError):
        loads(b"[" * 200_000 + b"]" * 200_000)


def test_reprs_show_no_headers() -> None:
    wire = WireRequest("GET", "https://user:pw@example.test/x?token=abc")
    wire.headers["x-api-key"] = "sk_live_secret"
    assert "sk_live_secret" not in repr(wire) and "pw" not in repr(wire)
    assert repr(WireResponse(204, {}, b"", wire)) == "<WireResponse [204]>"


def test_to_httpx_drops_the_encoding_of_an_already_decoded_body() -> None:
    request = httpx.Request("GET", BASE)
    wire = WireResponse(
        200,
        {"Content-Encoding": "gzip", "Content-Length": "3", "X-Id": "1"},
        b'{"a": 1}',
        WireRequest("GET", BASE),
    )
    response = to_httpx(wire, request)
    assert response.json() == {"a": 1} and response.headers["x-id"] == "1"
    assert "content-encoding" not in response.headers


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_gzip_bodies_are_decoded_once_on_every_path(server: LoopbackServer, transport: str) -> None:
    body = gzip.compress(json.dumps(item(8)).encode())
    server.on("GET", "/erp/items/{itemId}", Reply(body=body, headers={"Content-Encoding": "gzip"}))
    async with jtl_client(server, transport=transport) as jtl:
        shop = jtl.tenant(TENANT)
        raw = await shop.call_raw(get_item, item_id=8)
        assert raw.parsed.id == 8 and raw.headers["content-encoding"] == "gzip"  # headers as received
        generated = await get_item.asyncio_detailed(item_id=8, client=shop.client)
        assert generated.parsed is not None and generated.parsed.id == 8
    accepted = [r.headers.get("Accept-Encoding") for r in server.requests()]
    assert len(accepted) == 2 and all(a == "gzip, deflate" for a in accepted), accepted
    # the generated client's path (an httpx.AsyncClient) sends our User-Agent too, not httpx's
    assert {r.headers.get("User-Agent") for r in server.requests()} == {USER_AGENT}


async def test_query_and_unicode_path_arrive_as_sent_by_httpx(server: LoopbackServer) -> None:
    server.on("GET", "/erp/items", Reply(json={"PageNumber": 1, "PageSize": 5, "TotalItems": 0, "Items": []}))
    async with jtl_client(server, transport="aiohttp") as jtl:
        await jtl.tenant(TENANT).call(query_items, search_key_word="Grüße & co", page_number=1, page_size=5)
    (seen,) = server.requests()
    assert seen.query == {"searchKeyWord": "Grüße & co", "pageNumber": "1", "pageSize": "5"}
