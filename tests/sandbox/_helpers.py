"""Helpers for the sandbox tests: credentials as headers, independent contract checks."""

from __future__ import annotations

from typing import Any

import httpx
from openapi_schema_validator import (
    OAS30ReadValidator,
    OAS31Validator,
    oas30_format_checker,
    oas31_format_checker,
)
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4, DRAFT202012

from commerce_sdk.sandbox import Sandbox, SandboxConfig
from commerce_sdk.sandbox.contracts import Contract, Operation

SMALL = SandboxConfig(items_per_tenant=300, chift_rows_per_list=120, packcloud_integrations_per_org=30)


def jtl_headers(sb: Sandbox, tenant: int = 0, *, tenant_header: str = "tenant-id") -> dict[str, str]:
    creds = sb.credentials.jtl_erp
    return {
        "x-api-key": creds.api_key,
        "x-appid": creds.app_id,
        "x-appversion": creds.app_version,
        tenant_header: creds.tenants[tenant],
    }


def chift_token(sb: Sandbox) -> str:
    creds = sb.credentials.chift
    body = {"clientId": creds.client_id, "clientSecret": creds.client_secret, "accountId": creds.account_id}
    response = httpx.post(f"{sb.urls.chift}/token", json=body)
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def packcloud_headers(sb: Sandbox) -> dict[str, str]:
    return bearer(sb.credentials.packcloud.token)


class ContractChecker:
    """Validates answers with openapi-schema-validator directly, not the sandbox's fast path."""

    def __init__(self, contract: Contract) -> None:
        self.contract = contract
        base = f"urn:test:{contract.key}"
        spec = DRAFT202012 if contract.oas31 else DRAFT4
        self._registry: Registry[Any] = Registry().with_resource(
            base, Resource.from_contents(contract.document, default_specification=spec)
        )
        self._base = base

    def errors(self, op: Operation, status: int, response: httpx.Response) -> list[str]:
        spec = op.response_for(status)
        if spec is None:
            return [f"status {status} not declared for {op.route}"]
        media = spec.json_media()
        if media is None or media.schema_pointer is None:
            return []
        if not response.content:
            return [] if status == 204 else [f"empty body for {status}"]
        schema = {"$ref": f"{self._base}#{media.schema_pointer}"}
        if self.contract.oas31:
            validator: Any = OAS31Validator(
                schema, registry=self._registry, format_checker=oas31_format_checker
            )
        else:
            validator = OAS30ReadValidator(
                schema, registry=self._registry, format_checker=oas30_format_checker
            )
        return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(response.json())]
