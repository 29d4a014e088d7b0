"""The typed error hierarchy, from real HTTP answers."""

from __future__ import annotations

import pytest
from commerce_sdk_clients.chift.api.consumers import consumers_get_consumer
from commerce_sdk_clients.chift.models import ChiftError
from commerce_sdk_clients.jtl_erp.api.item import get_item, query_items
from commerce_sdk_clients.jtl_erp.api.worker import configure_sync
from commerce_sdk_clients.jtl_erp.models import ErrorResponse
from commerce_sdk_clients.jtl_erp.types import UNSET
from commerce_sdk_clients.packcloud.api.integrations import get_integration
from commerce_sdk_clients.packcloud.models import Error as PackError

from commerce_sdk import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CommerceError,
    ConflictError,
    DecodeError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestOptions,
    ServerError,
    UnauthorizedError,
    UnprocessableEntityError,
)
from commerce_sdk._secrets import redact_url

from .helpers import (
    ITEM,
    TENANT,
    chift_client,
    chift_token,
    jtl_client,
    pack_client,
)
from .server import LoopbackServer, Reply, free_port

NO_RETRY = RequestOptions(max_retries=0)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, UnauthorizedError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (504, ServerError),
        (507, ServerError),
        (418, APIStatusError),
    ],
)
async def test_status_errors_by_class(server: LoopbackServer, status: int, cls: type[APIStatusError]) -> None:
    server.on(
        "GET",
        "/erp/items/{itemId}",
        Reply(
            status,
            json={"ErrorCode": "E", "ErrorMessage": f"status {status}"},
            headers={"x-request-id": "rq-1"},
        ),
    )
    async with jtl_client(server) as jtl:
        with pytest.raises(cls) as info:
            await jtl.tenant(TENANT).call(get_item, item_id=7, options=NO_RETRY)
    exc = info.value
    assert type(exc) is cls
    assert isinstance(exc, APIStatusError) and isinstance(exc, CommerceError)
    assert exc.status_code == status
    assert exc.method == "GET"
    assert exc.url == f"{server.url}/erp/items/7"
    assert exc.request_id == "rq-1"
    assert f"status {status}" in exc.body
    assert str(status) in str(exc) and "rq-1" in str(exc)
    if status == 401:
        assert isinstance(exc, AuthenticationError)


async def test_vendor_error_models_are_parsed(server: LoopbackServer) -> None:
    server.on(
        "GET",
        "/erp/items/{itemId}",
        Reply(404, json={"ErrorCode": "ItemNotFound", "ErrorMessage": "no item 9"}),
    )
    server.on(
        "GET",
        "/chift/consumers/{consumer_id}",
        Reply(404, json={"message": "no consumer", "status": "error"}),
    )
    server.on(
        "GET",
        "/pack/organizations/{organizationId}/integrations/{integrationId}",
        Reply(404, json={"message": "no integration"}),
    )
    chift_token(server)
    async with jtl_client(server) as jtl, chift_client(server) as chift, pack_client(server) as pack:
        with pytest.raises(NotFoundError) as jtl_err:
            await jtl.tenant(TENANT).call(get_item, item_id=9)
        with pytest.raises(NotFoundError) as chift_err:
            await chift.consumer("c").call(consumers_get_consumer)
        with pytest.raises(NotFoundError) as pack_err:
            await pack.organization("o").call(get_integration, integration_id="i")
    assert isinstance(jtl_err.value.parsed, ErrorResponse)
    assert (jtl_err.value.parsed.error_code, jtl_err.value.parsed.error_message) == (
        "ItemNotFound",
        "no item 9",
    )
    assert isinstance(chift_err.value.parsed, ChiftError) and chift_err.value.parsed.message == "no consumer"
    assert isinstance(pack_err.value.parsed, PackError) and pack_err.value.parsed.message == "no integration"


async def test_undeclared_or_unparseable_error_body_is_still_reported(server: LoopbackServer) -> None:
    server.on(
        "GET", "/erp/items/{itemId}", Reply(404, body="<html>nginx 404</html>", content_type="text/html")
    )
    async with jtl_client(server) as jtl:
        with pytest.raises(NotFoundError) as info:
            await jtl.tenant(TENANT).call(get_item, item_id=1)
    assert info.value.parsed is None
    assert "nginx 404" in info.value.body


async def test_error_body_is_bounded(server: LoopbackServer) -> None:
    huge = "E" * (1024 * 1024)
    server.on("GET", "/erp/items/{itemId}", Reply(400, json={"ErrorMessage": huge}))
    async with jtl_client(server) as jtl:
        with pytest.raises(BadRequestError) as info:
            await jtl.tenant(TENANT).call(get_item, item_id=1)
    assert len(info.value.body.encode()) <= 2048
    assert len(str(info.value)) < 600


async def test_error_url_is_redacted(server: LoopbackServer) -> None:
    server.on("GET", "/erp/items", Reply(400, json={}))
    base = server.url.replace("http://", "http://operator:pw-Sup3rS3cret@") + "/erp"
    async with jtl_client(server, base_url=base) as jtl:
        with pytest.raises(BadRequestError) as info:
            await jtl.tenant(TENANT).call(query_items, page_number=1, page_size=5)
    assert "pw-Sup3rS3cret" not in info.value.url and "operator" not in info.value.url
    assert "pw-Sup3rS3cret" not in str(info.value)
    assert info.value.url == f"{server.url}/erp/items?pageNumber=1&pageSize=5"


def test_redact_url_masks_credential_looking_query_values() -> None:
    url = "https://u:p@api.example.com/v1/x?api_key=abc123&access_token=t0k&page=2&client_secret=s"
    assert (
        redact_url(url)
        == "https://api.example.com/v1/x?api_key=%2A%2A%2A&access_token=%2A%2A%2A&page=2&client_secret=%2A%2A%2A"
    )


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, body="<!doctype html><html><body>Maintenance</body></html>", content_type="text/html"),
        Reply(200, body='{"Id": 1, "SKU": "ART', content_type="application/json"),  # truncated JSON
    ],
    ids=["html", "truncated-json"],
)
@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict"])
async def test_2xx_body_that_is_not_json_is_a_decode_error_after_retries(
    server: LoopbackServer, reply: Reply, strict: bool
) -> None:
    """Not JSON at all (a proxy's page, a body cut short): maybe different next time, in either mode."""
    server.on("GET", "/erp/items/{itemId}", reply)
    async with jtl_client(server, strict=strict) as jtl:  # GET, max_retries=2
        with pytest.raises(DecodeError) as info:
            await jtl.tenant(TENANT).call(get_item, item_id=1)
    exc = info.value
    assert server.count("GET") == 3  # a GET is retried before giving up
    assert (exc.status_code, exc.method, exc.retryable, exc.field) == (200, "GET", True, None)
    assert exc.url == f"{server.url}/erp/items/1"
    assert "item.get_item" in str(exc) and "does not match the spec" in str(exc)
    assert len(exc.body) <= 2048


MISMATCHES = [  # (reply, the first field to blame, its attribute, raw_values of the tolerant model)
    (Reply(200, json={"Id": 1, "SKU": "only two fields"}), "ManufacturerId", "manufacturer_id", {}),
    (Reply(200, json={**ITEM, "Added": "not a date"}), "Added", "added", {"Added": "not a date"}),
]


@pytest.mark.parametrize(("reply", "field", "attr", "raw"), MISMATCHES, ids=["missing-fields", "bad-date"])
async def test_strict_mode_json_not_matching_the_spec_is_a_decode_error_sent_once(
    server: LoopbackServer, reply: Reply, field: str, attr: str, raw: dict[str, str]
) -> None:
    """strict=True on the client: today's DecodeError, naming the field, and no retry (the
    same request gets the same answer)."""
    server.on("GET", "/erp/items/{itemId}", reply)
    async with jtl_client(server, strict=True) as jtl:  # GET, max_retries=2
        with pytest.raises(DecodeError) as info:
            await jtl.tenant(TENANT).call(get_item, item_id=1)
    exc = info.value
    assert server.count("GET") == 1
    assert (exc.field, exc.retryable) == (field, False)
    assert f"{field}: expected" in str(exc) and "does not match the spec" in str(exc)


@pytest.mark.parametrize(("reply", "field", "attr", "raw"), MISMATCHES, ids=["missing-fields", "bad-date"])
async def test_default_mode_json_not_matching_the_spec_gives_the_model(
    server: LoopbackServer, reply: Reply, field: str, attr: str, raw: dict[str, str]
) -> None:
    """Default (tolerant): the same bodies give an Item with one request; what does not fit
    is left unset, a value that was sent is kept in raw_values."""
    server.on("GET", "/erp/items/{itemId}", reply)
    async with jtl_client(server) as jtl:
        item = await jtl.tenant(TENANT).call(get_item, item_id=1)
    assert server.count("GET") == 1
    assert item.id == 1
    assert getattr(item, attr) is UNSET
    assert item.raw_values == raw
    assert item.to_dict()["Id"] == 1  # to_dict works on a tolerantly decoded model


async def test_strict_per_call_overrides_the_client(server: LoopbackServer) -> None:
    server.on("GET", "/erp/items/{itemId}", Reply(200, json={**ITEM, "Added": "not a date"}))
    async with jtl_client(server) as jtl:
        shop = jtl.tenant(TENANT)
        with pytest.raises(DecodeError):
            await shop.call(get_item, item_id=1, options=RequestOptions(strict=True))
        assert (await shop.call(get_item, item_id=1)).raw_values == {"Added": "not a date"}
    async with jtl_client(server, strict=True) as jtl:
        item = await jtl.tenant(TENANT).call(get_item, item_id=1, options=RequestOptions(strict=False))
        assert item.added is UNSET


async def test_decode_error_on_post_is_not_retried(server: LoopbackServer) -> None:
    server.on("POST", "/erp/workers/{syncId}", Reply(200, body="<html/>", content_type="text/html"))
    async with jtl_client(server) as jtl:
        with pytest.raises(DecodeError):
            await jtl.tenant(TENANT).call(configure_sync, sync_id=1)
    assert server.count("POST") == 1


async def test_truncated_body_on_the_wire_is_a_connection_error(server: LoopbackServer) -> None:
    server.on("GET", "/erp/items/{itemId}", Reply(json=ITEM, truncate=100))
    async with jtl_client(server, transport="httpx") as jtl:
        with pytest.raises(APIConnectionError) as info:
            await jtl.tenant(TENANT).call(get_item, item_id=1)
    assert not isinstance(info.value, APITimeoutError)
    assert server.count("GET") == 3  # retried like any other connection failure


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_connection_refused(transport: str) -> None:
    port = free_port()
    async with jtl_client(
        None,
        base_url=f"http://127.0.0.1:{port}/erp",
        transport=transport,
    ) as jtl:
        with pytest.raises(APIConnectionError) as info:
            await jtl.tenant(TENANT).call(get_item, item_id=1)
    exc = info.value
    assert not isinstance(exc, APITimeoutError), f"refused reported as a timeout: {exc}"
    assert "ConnectError" in str(exc)
    assert (exc.method, exc.url) == ("GET", f"http://127.0.0.1:{port}/erp/items/1")


def _raise_in_child(error: CommerceError) -> None:
    raise error


@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_errors_survive_a_process_boundary_with_case_insensitive_headers(
    server: LoopbackServer, transport: str
) -> None:
    """A worker fleet hands failures across processes (pools, task queues pickle them): the
    caught error comes back as the same class with the same facts, the vendor's model included."""
    import concurrent.futures
    import multiprocessing
    import pickle

    server.on(
        "GET",
        "/erp/items/{itemId}",
        Reply(
            404,
            json={"ErrorCode": "ItemNotFound", "ErrorMessage": "no item 3"},
            headers={"Retry-After": "7", "X-Request-Id": "rq-9"},
        ),
    )
    port = free_port()
    async with jtl_client(server, transport=transport) as jtl:
        with pytest.raises(NotFoundError) as missing:
            await jtl.tenant(TENANT).call(get_item, item_id=3, options=NO_RETRY)
    async with jtl_client(None, base_url=f"http://127.0.0.1:{port}/erp", transport=transport) as jtl:
        with pytest.raises(APIConnectionError) as refused:
            await jtl.tenant(TENANT).call(get_item, item_id=1, options=NO_RETRY)
    exc = missing.value
    # The same answer reads the same whichever transport carried it, in any case.
    assert exc.headers["retry-after"] == exc.headers["Retry-After"] == "7"
    assert exc.request_id == "rq-9"

    copy = pickle.loads(pickle.dumps(exc))
    assert type(copy) is NotFoundError and isinstance(copy, CommerceError)
    assert (copy.status_code, copy.method, copy.url, copy.body, copy.request_id, str(copy)) == (
        exc.status_code,
        exc.method,
        exc.url,
        exc.body,
        exc.request_id,
        str(exc),
    )
    assert copy.headers["RETRY-AFTER"] == "7"
    assert isinstance(copy.parsed, ErrorResponse) and copy.parsed.error_code == "ItemNotFound"

    context = multiprocessing.get_context("spawn")  # a real second interpreter
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
        for original in (exc, refused.value):
            with pytest.raises(type(original)) as back:
                pool.submit(_raise_in_child, original).result(timeout=60)
            assert str(back.value) == str(original)
            assert back.value.__dict__.keys() == original.__dict__.keys()
