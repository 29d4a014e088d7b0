"""Header parameters of format uuid / date-time reach the wire as strings (issue 3, section 2).

The raw generator types a `format: uuid` header as `UUID` and httpx refuses it
(`TypeError: Header value must be str or bytes`); a `date-time` header makes it drop the
operation.  These tests call generated functions through httpx.AsyncClient against a real
http.server on 127.0.0.1 and look at what the server received.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any
from uuid import UUID, uuid4

import httpx

from ._helpers import Generated, LoopbackServer, codegen_ok, dump_yaml, load_manifest, load_spec

Importer = Callable[[Path, str], ModuleType]

WORKER: dict[str, Any] = {
    "Identifier": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
    "SyncName": "Ebay",
    "SalesChannelName": "Shop",
    "SalesChannelId": "1-1-1",
    "ReportProgress": False,
    "Configurations": [{"Identifier": "5b1c8f0e-3f7e-4a55-9a6e-0d7c2b4a9e11", "CurrentValue": "true"}],
    "Interval": "00:05:00",
}


def _headers(recorded_headers: dict[str, str]) -> dict[str, str]:
    return {k.lower(): v for k, v in recorded_headers.items()}


async def test_uuid_session_header_on_the_wire(
    jtl_wire_client: Generated, import_generated: Importer, loopback_server: LoopbackServer
) -> None:
    # The spec really declares it as a uuid: this is the case the raw generator gets wrong.
    params = load_spec(jtl_wire_client.spec)["paths"]["/workers/{syncId}"]["post"]["parameters"]
    session_param = next(p for p in params if p["name"] == "X-SessionId")
    assert session_param["name"] == "X-SessionId" and session_param["schema"]["format"] == "uuid"

    out, pkg = jtl_wire_client.out, jtl_wire_client.package
    configure_sync = import_generated(out, f"{pkg}.api.worker.configure_sync")
    client_mod = import_generated(out, f"{pkg}.client")
    models = import_generated(out, f"{pkg}.models")

    hints = typing.get_type_hints(configure_sync.asyncio_detailed)
    types_mod = import_generated(out, f"{pkg}.types")
    assert hints["x_session_id"] == str | types_mod.Unset

    loopback_server.serve("POST", "/workers/42", WORKER)
    session, option = str(uuid4()), str(uuid4())
    client = client_mod.AuthenticatedClient(base_url=loopback_server.url, token="unused")
    async with httpx.AsyncClient(base_url=loopback_server.url, timeout=10) as http:
        client.set_async_httpx_client(http)
        response = await configure_sync.asyncio_detailed(
            42,
            client=client,
            x_session_id=session,
            body=models.CreateWorkerSyncConfiguration(
                interval="00:10:00",
                configs=[models.WorkerSyncConfigValue.from_dict({"Identifier": option, "Value": "true"})],
            ),
        )

    assert len(loopback_server.requests) == 1
    request = loopback_server.requests[0]
    assert (request.method, request.path) == ("POST", "/workers/42")
    sent = _headers(request.headers)
    assert sent["x-sessionid"] == session
    assert json.loads(request.body) == {
        "Interval": "00:10:00",
        "Configs": [{"Identifier": option, "Value": "true"}],
    }
    # Facade-owned headers are not the raw function's business.
    assert not {"x-tenant-id", "tenant-id", "x-appid", "x-appversion", "x-api-key"} & sent.keys()

    assert response.status_code == 200
    assert isinstance(response.parsed, models.WorkerSyncItem)
    assert response.parsed.identifier == UUID(WORKER["Identifier"])


REQUEST_ID = "#/components/schemas/RequestId"


def _header_spec() -> dict[str, Any]:
    """A tiny 3.1 spec whose headers are uuid / date-time in every shape a vendor writes them."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Headers", "version": "1"},
        "paths": {
            "/events": {
                "get": {
                    "tags": ["events"],
                    "operationId": "list_events",
                    "parameters": [
                        {
                            "name": "x-changed-since",
                            "in": "header",
                            "required": True,
                            "schema": {"type": "string", "format": "date-time"},
                        },
                        {
                            "name": "x-request-id",
                            "in": "header",
                            "schema": {"$ref": "#/components/schemas/RequestId"},
                        },
                        {
                            "name": "x-correlation-id",
                            "in": "header",
                            "schema": {"anyOf": [{"type": "string", "format": "uuid"}, {"type": "null"}]},
                        },
                        {"name": "x-day", "in": "header", "schema": {"type": "string", "format": "date"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"type": "array", "items": {}}}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"RequestId": {"type": "string", "format": "uuid"}}},
    }


async def test_date_time_and_uuid_header_shapes_are_str(
    tmp_path: Path, import_generated: Importer, loopback_server: LoopbackServer
) -> None:
    spec = dump_yaml(_header_spec(), tmp_path / "headers.yaml")
    out = tmp_path / "out"
    run = codegen_ok("--spec", spec, "--name", "header_shapes_client", "--out", out)
    assert "[header_shapes_client] 1/1 operations" in run.stdout  # not dropped
    assert "header of format date-time sent as a string x1" in run.stdout
    assert "header of format uuid sent as a string x2" in run.stdout
    assert "header of format date sent as a string x1" in run.stdout

    list_events = import_generated(out, "header_shapes_client.api.events.list_events")
    client_mod = import_generated(out, "header_shapes_client.client")
    unset = import_generated(out, "header_shapes_client.types").Unset
    hints = typing.get_type_hints(list_events.asyncio_detailed)
    assert hints["x_changed_since"] is str
    assert hints["x_request_id"] == str | unset
    assert hints["x_correlation_id"] == str | unset
    assert hints["x_day"] == str | unset
    headers = load_manifest(out / "header_shapes_client")["operations"]["events.list_events"]["headers"]
    assert set(headers.values()) == {"string"}

    loopback_server.serve("GET", "/events", b"[]")
    changed = datetime(2025, 5, 16, 12, 30, tzinfo=UTC).isoformat()
    request_id, correlation_id = str(uuid4()), str(uuid4())
    async with httpx.AsyncClient(base_url=loopback_server.url, timeout=10) as http:
        client = client_mod.Client(base_url=loopback_server.url)
        client.set_async_httpx_client(http)
        response = await list_events.asyncio_detailed(
            client=client,
            x_changed_since=changed,
            x_request_id=request_id,
            x_correlation_id=correlation_id,
            x_day="2025-05-16",
        )
    assert response.status_code == 200
    sent = _headers(loopback_server.requests[0].headers)
    assert sent["x-changed-since"] == changed
    assert sent["x-request-id"] == request_id
    assert sent["x-correlation-id"] == correlation_id
    assert sent["x-day"] == "2025-05-16"


def test_optional_json_body_left_out_sends_no_body() -> None:
    """The generator's union-body transform forgot UNSET (`json=UNSET` → TypeError in httpx);
    our endpoint template guards it: no body given means no body sent."""
    import uuid

    from commerce_sdk_clients.chift.api.connections import connections_create_connection

    kwargs = connections_create_connection._get_kwargs(consumer_id=uuid.uuid4())
    assert "json" not in kwargs
    import httpx

    request = httpx.Request(kwargs["method"], "http://127.0.0.1" + kwargs["url"], json=kwargs.get("json"))
    assert request.content == b""
