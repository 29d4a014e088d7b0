"""Every operation of every provider contract, called once through the SDK against the sandbox.

The list of operations is computed from the generated packages' manifests (and checked
against their `_openapi.json`), never typed here: an operation added to a spec and
regenerated is called by this test at once, and fails it if it cannot be called.

Arguments are built generically for each generated function:

- path parameters: ids of seeded data read through the SDK's own list operations
  (`World`), else a value made from the contract's parameter schema (its example, enum or
  a minimal valid value);
- required query and header parameters: made from their contract schemas;
- request bodies: made from the contract's request schema by the sandbox's synthesiser
  (examples where the spec has them), then turned into the generated model with
  `from_dict` (the model found from the function's `body` annotation, unions and list
  bodies included).  Top-level body fields naming an id the world knows (`syncid`,
  `integrationid`, ...) get that id, as a client would fill them.

Every call must answer 2xx and give a parsed model (None only where the spec declares no
body); the sandbox must have logged it under the operation's id; and the sandbox must
have flagged no request or answer as off-contract.  The run prints
`contract: N/N operations called through the SDK`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from commerce_sdk_clients.chift.api.connections import (
    connections_create_connection,
    connections_get_connections,
)
from commerce_sdk_clients.chift.api.syncs import syncs_get_syncs
from commerce_sdk_clients.chift.api.webhooks import webhooks_create_webhook
from commerce_sdk_clients.chift.models import PostConnectionItem, WebhookInstancePostItem
from commerce_sdk_clients.jtl_erp.api.app_registration import fetch_registration_status
from commerce_sdk_clients.jtl_erp.api.app_registration import register_app as register_app_op
from commerce_sdk_clients.jtl_erp.api.item import query_items
from commerce_sdk_clients.jtl_erp.models import CreateAppRegistrationRequest
from commerce_sdk_clients.packcloud.api.integrations import (
    create_integration,
    get_integration_actions,
    list_integrations,
)
from commerce_sdk_clients.packcloud.models import IntegrationCreate

from commerce_sdk import APIStatusError, Chift, JtlErp, PackCloud, Scope, register_app
from commerce_sdk.sandbox import Sandbox, SandboxConfig
from commerce_sdk.sandbox.contracts import Operation
from commerce_sdk.sandbox.providers.base import Provider

from ._support import (
    PACKAGES,
    ManifestOp,
    argument_hints,
    contract_routes,
    manifest_operations,
    python_name,
    required_arguments,
    to_python,
)
from .conftest import report

OPERATIONS = manifest_operations()

# Body fields the synthesiser cannot know and no contract operation lists, each dropped
# or replaced for a reason the contract itself cannot express.
BODY_PATCHES: dict[str, Callable[[World, Any], Any]] = {
    # The token endpoint only answers 200 for the account's real client credentials.
    "chift:general.generate_access_token_token_post": lambda w, body: {
        **body,
        "clientId": w.sb.credentials.chift.client_id,
        "clientSecret": w.sb.credentials.chift.client_secret,
        "accountId": w.sb.credentials.chift.account_id,
    },
    # Chift refuses a webhook for an unknown event or a second one for the same url and event.
    "chift:webhooks.webhooks_create_webhook": lambda w, body: {
        **body,
        "event": "account.connection.created",
        "url": w.unreachable_url(),
    },
    "chift:webhooks.webhooks_update_webhook": lambda w, body: {**body, "url": w.unreachable_url()},
    # `Configs[].Identifier` names one of the worker's own options; no operation of the
    # contract lists them, so only the (optional) interval is changed.
    "jtl_erp:worker.configure_sync": lambda w, body: {k: v for k, v in body.items() if k != "Configs"},
}


def test_manifests_cover_every_contract_operation() -> None:
    """A spec operation without a generated function would escape the call test below."""
    for provider, package in PACKAGES.items():
        in_manifest = {(op.method, op.path) for op in OPERATIONS if op.provider == provider}
        in_contract = contract_routes(package)
        assert in_contract, f"{package}/_openapi.json has no operations"
        assert in_contract - in_manifest == set(), f"{package}: contract operations with no generated call"
        assert in_manifest - in_contract == set(), f"{package}: generated calls missing from the contract"


@dataclass
class Outcome:
    op: ManifestOp
    status: int | None = None
    problems: list[str] = field(default_factory=list)
    note: str = ""  # set for the extra, documented non-2xx calls

    @property
    def label(self) -> str:
        return f"{self.op.id} [{self.op.method} {self.op.path}]{self.note}"


class World:
    """Seeded ids, read through the SDK, that let every operation reach its success path."""

    def __init__(self, sb: Sandbox, jtl: Scope, registrar: Scope, chift: Chift, pack: Scope) -> None:
        self.sb = sb
        self.jtl = jtl
        self.registrar = registrar
        self.chift = chift
        self.consumer = chift.consumer(sb.credentials.chift.consumers[0])
        self.pack = pack
        self.values: dict[tuple[str, str], Any] = {}
        self.registrations: list[str] = []
        self.urls_made = 0

    async def load(self) -> None:
        items = (await self.jtl.call(query_items, page_number=1, page_size=2)).items
        syncs = await self.chift.untenanted.call(syncs_get_syncs)
        connections = await self.consumer.call(connections_get_connections)
        integrations = [i async for i in self.pack.paginate(list_integrations)]
        shop = next(i for i in integrations if str(i.category) == "shop")
        shipping = next(i for i in integrations if str(i.category) == "shipping")
        self.integrations = {"shop": shop.id, "shipping": shipping.id}
        self.values.update(
            {
                ("jtl_erp", "itemId"): items[0].id,
                ("jtl_erp", "childItemId"): items[1].id,
                ("chift", "syncid"): str(syncs[0].syncid),
                ("chift", "flowid"): str(syncs[0].flows[0].id),
                ("chift", "connectionid"): str(connections[0].connectionid),
                ("chift", "connection_id"): str(connections[0].connectionid),
                ("chift", "integrationid"): connections[0].integrationid,
                ("chift", "webhookid"): await self.throwaway_webhook(),
            }
        )

    async def path_value(self, op: ManifestOp, name: str) -> Any:
        """The seeded id for a path parameter, or None to make one from its schema."""
        deleting = op.method == "DELETE" and name == list(op.entry["path_params"])[-1]
        if op.provider == "jtl_erp" and name == "registrationId":
            return await self.approved_registration()
        if op.provider == "chift" and name in ("connectionid", "connection_id") and deleting:
            return await self.throwaway_connection()
        if op.provider == "chift" and name == "webhookid" and deleting:
            return await self.throwaway_webhook()
        if op.provider == "packcloud" and name == "integrationId":
            if deleting:
                return await self.throwaway_integration()
            # A sync endpoint only serves integrations of the category it syncs for: a
            # shipping-services sync of a shop integration is a (documented) 422.
            return self.integrations["shipping" if "shipping" in op.path else "shop"]
        if op.provider == "packcloud" and name == "actionId":
            integration = self.integrations["shipping" if "shipping" in op.path else "shop"]
            actions = await self.pack.call(get_integration_actions, integration_id=integration)
            return actions[0].id
        return self.values.get((op.provider, name))

    def patch_body(self, op: ManifestOp, body: Any) -> Any:
        if isinstance(body, dict):
            for name in list(body):
                if (op.provider, name) in self.values:
                    body[name] = self.values[(op.provider, name)]
        patch = BODY_PATCHES.get(op.id)
        return patch(self, body) if patch is not None else body

    # -- resources made for one call ----------------------------------------------------
    async def approved_registration(self) -> str:
        """A registration the Wawi user has accepted but whose key is not fetched yet."""
        if not self.registrations:
            op = next(o for o in OPERATIONS if o.module is register_app_op)
            args = await build_arguments(self, op)
            body = args["body"].to_dict() | {"AppId": "contract-tests/world"}
            args["body"] = CreateAppRegistrationRequest.from_dict(body)
            started = await self.registrar.call(register_app_op, **args)
            self.sb.approve_registration(started.registration_request_id)
            self.registrations.append(started.registration_request_id)
        return self.registrations[0]

    async def throwaway_connection(self) -> str:
        before = {c.connectionid for c in await self.consumer.call(connections_get_connections)}
        # A body is passed on purpose: without one the generated function sends UNSET as
        # JSON and fails (reported; the other optional-body calls pass one too).
        await self.consumer.call(connections_create_connection, body=PostConnectionItem(name="to delete"))
        after = await self.consumer.call(connections_get_connections)
        return str(next(c.connectionid for c in after if c.connectionid not in before))

    def unreachable_url(self) -> str:
        """A distinct webhook URL each time, on a port that refuses at once (deliveries fail fast)."""
        self.urls_made += 1
        return f"http://127.0.0.1:9/contract-tests/{self.urls_made}"

    async def throwaway_webhook(self) -> str:
        body = WebhookInstancePostItem(event="account.connection.created", url=self.unreachable_url())
        return str((await self.chift.untenanted.call(webhooks_create_webhook, body=body)).webhookid)

    async def throwaway_integration(self) -> str:
        made = await self.pack.call(
            create_integration, body=IntegrationCreate(name="to delete", connector_id="shopify")
        )
        return str(made.id)


def contract_op(sb: Sandbox, op: ManifestOp) -> tuple[Provider, Operation]:
    provider = sb.app.providers[op.provider]
    found = provider.contract.operation(op.method, op.path)
    assert found is not None, f"{op.id}: the sandbox does not serve {op.method} {op.path}"
    return provider, found


def tenant_argument(op: ManifestOp) -> str | None:
    """The argument the scope fills (Chift's consumer_id, Pack.cloud's organization_id)."""
    client = {"jtl_erp": JtlErp, "chift": Chift, "packcloud": PackCloud}[op.provider]
    path_param = client.tenant_path_param
    return op.entry["path_params"].get(path_param) if path_param else None


async def build_arguments(world: World, op: ManifestOp) -> dict[str, Any]:
    """Keyword arguments for the generated function, from seeded data and the contract."""
    provider, cop = contract_op(world.sb, op)
    module = op.module
    hints = argument_hints(module)
    path_names = {py: spec for spec, py in op.entry["path_params"].items()}
    query_names = {py: spec for spec, py in (op.entry.get("query_python") or {}).items()}
    skip = {tenant_argument(op), "body"}
    args: dict[str, Any] = {}
    for name, hint in required_arguments(module).items():
        if name in skip:
            continue
        param = None
        value = None
        if name in path_names:
            param = cop.param("path", path_names[name])
            value = await world.path_value(op, path_names[name])
        elif name in query_names:
            param = cop.param("query", query_names[name])
        else:
            param = next(
                (p for p in cop.parameters if p.location == "header" and python_name(p.name) == name), None
            )
        if value is None:
            if param is None or param.schema_pointer is None:
                raise AssertionError(f"{op.id}: no contract parameter behind the argument {name!r}")
            value = provider.synth.value(param.schema_pointer, write=True)
        args[name] = to_python(value, hint)
    media = cop.request_body.json_media() if cop.request_body is not None else None
    if "body" in hints and media is not None and media.schema_pointer is not None:
        body = world.patch_body(op, provider.synth.value(media.schema_pointer, write=True))
        args["body"] = to_python(body, hints["body"])
    return args


def check_answer(op: ManifestOp, status: int, parsed: Any) -> list[str]:
    problems = []
    if not 200 <= status < 300:
        problems.append(f"answered {status}")
    declared = op.declared_body(status)
    if declared is not None and declared.startswith("raw<"):
        return problems  # a media type the generator does not parse: raw bytes on the response only
    if declared is None:
        if parsed is not None:
            problems.append(f"{status} declares no body, but the SDK returned {type(parsed).__name__}")
    elif parsed is None:
        problems.append(f"{status} declares {declared}, but the SDK returned None")
    elif declared.startswith("array<") and not isinstance(parsed, list):
        problems.append(f"{status} declares {declared}, but the SDK returned {type(parsed).__name__}")
    elif declared[:1].isupper() and not declared.startswith("array<") and not hasattr(parsed, "to_dict"):
        problems.append(f"{status} declares the model {declared}, but the SDK returned {parsed!r:.80}")
    return problems


def logged(sb: Sandbox, since: int, operation_id: str, status: int) -> bool:
    return any(r.operation_id == operation_id and r.status == status for r in sb.requests[since:])


async def call_every_operation(sb: Sandbox) -> list[Outcome]:
    creds = sb.credentials
    jtl_tenant = creds.jtl_erp.tenants[0]
    options: dict[str, Any] = {"max_retries": 0}  # the first answer counts, never a retried one
    app_request = CreateAppRegistrationRequest.from_dict(
        {
            "AppId": "contract-tests/1.0.0",
            "DisplayName": "Contract tests",
            "Description": "Calls every operation once",
            "Version": "1.0.0",
            "ProviderName": "commerce-sdk",
            "ProviderWebsite": "https://example.com",
            "MandatoryApiScopes": ["all.read"],
            "AppIcon": "aWNvbg==",
        }
    )
    # The whole registration flow first: its key is what the JTL calls below use.
    app = await register_app(
        app_request,
        tenant_id=jtl_tenant,
        challenge_code="contract-tests",
        poll_interval=0.01,
        wait_timeout=10,
        on_pending=lambda message: None,
        base_url=sb.urls.jtl_erp,
        **options,
    )
    outcomes: list[Outcome] = []
    async with (
        JtlErp(
            api_key=app.api_key.reveal(),
            app_id=app.app_id,
            app_version="1.0.0",
            base_url=sb.urls.jtl_erp,
            **options,
        ) as jtl,
        # Registration runs before a key exists: this client's key opens nothing, it is
        # only used for the /authentication operations, which check the tenant alone.
        JtlErp(
            api_key="not-registered-yet",
            app_id=app.app_id,
            app_version="1.0.0",
            base_url=sb.urls.jtl_erp,
            **options,
        ) as registrar,
        Chift(
            client_id=creds.chift.client_id,
            client_secret=creds.chift.client_secret,
            account_id=creds.chift.account_id,
            base_url=sb.urls.chift,
            **options,
        ) as chift,
        PackCloud(token=creds.packcloud.token, base_url=sb.urls.packcloud, **options) as pack,
    ):
        world = World(
            sb,
            jtl.tenant(jtl_tenant),
            registrar.tenant(jtl_tenant),
            chift,
            pack.organization(creds.packcloud.organizations[0]),
        )
        await world.load()

        def scope_for(op: ManifestOp) -> Scope:
            if op.provider == "jtl_erp":
                # Only the registration operations take a challenge code.
                needs_challenge = "x_challengecode" in required_arguments(op.module)
                return world.registrar if needs_challenge else world.jtl
            if tenant_argument(op) is None:
                return {"chift": chift, "packcloud": pack}[op.provider].untenanted
            return world.consumer if op.provider == "chift" else world.pack

        # DELETEs last, so nothing else meets a resource that is gone, nested ones before their
        # parents (deleting the consumer ends its sub-resources); otherwise manifest order.
        for op in sorted(OPERATIONS, key=lambda o: (o.method == "DELETE", -o.path.count("{"))):
            outcomes.append(await call_one(sb, world, scope_for(op), op))
        outcomes.append(await registration_key_is_shown_once(sb, world))
    return outcomes


async def call_one(sb: Sandbox, world: World, scope: Scope, op: ManifestOp) -> Outcome:
    outcome = Outcome(op)
    try:
        args = await build_arguments(world, op)
    except Exception as exc:
        outcome.problems.append(f"could not build its arguments: {type(exc).__name__}: {exc}")
        return outcome
    _, cop = contract_op(sb, op)
    since = len(sb.requests)
    try:
        answer = await scope.call_raw(op.module, **args)
    except APIStatusError as exc:
        outcome.status = exc.status_code
        outcome.problems.append(f"answered {exc.status_code}: {exc.body[:300]!r}")
    except Exception as exc:
        outcome.problems.append(f"raised {type(exc).__name__}: {exc}")
    else:
        outcome.status = answer.status_code
        outcome.problems += check_answer(op, answer.status_code, answer.parsed)
    if outcome.status is not None and not logged(sb, since, cop.operation_id, outcome.status):
        outcome.problems.append(f"the sandbox did not log {cop.operation_id} with status {outcome.status}")
    return outcome


async def registration_key_is_shown_once(sb: Sandbox, world: World) -> Outcome:
    """A documented non-2xx that is the right answer here: JTL hands a registration's API key
    out exactly once, so fetching the (accepted, already fetched) registration again is 410."""
    op = next(o for o in OPERATIONS if o.module is fetch_registration_status)
    outcome = Outcome(op, note=" second fetch")
    args = await build_arguments(world, op)
    since = len(sb.requests)
    try:
        await world.registrar.call(fetch_registration_status, **args)
    except APIStatusError as exc:
        outcome.status = exc.status_code
    if outcome.status != 410 or "410" not in op.entry["responses"]:
        outcome.problems.append(
            f"second fetch of an accepted registration answered {outcome.status}, not 410"
        )
    _, cop = contract_op(sb, op)
    if not logged(sb, since, cop.operation_id, 410):
        outcome.problems.append("the sandbox did not log the 410")
    return outcome


@pytest.mark.timeout(120)
async def test_every_operation_is_called_through_the_sdk() -> None:
    started = time.perf_counter()
    async with Sandbox(SandboxConfig(seed=7)) as sb:
        outcomes = await call_every_operation(sb)
        violations = sb.violations
        internal = list(sb.app.internal_errors)
        counts = sb.route_counts
        routes = sb.routes
    elapsed = time.perf_counter() - started

    passed = {o.op.id for o in outcomes if not o.problems and not o.note}
    wanted = {op.id for op in OPERATIONS}
    counts_by_provider = []
    for provider in PACKAGES:
        ops = {op.id for op in OPERATIONS if op.provider == provider}
        counts_by_provider.append(f"{provider} {len(ops & passed)}/{len(ops)}")
    line = (
        f"contract: {len(passed & wanted)}/{len(wanted)} operations called through the SDK "
        f"({', '.join(counts_by_provider)}) in {elapsed:.1f}s"
    )
    print(line)
    report(line)

    failed = [f"{o.label}: {'; '.join(o.problems)}" for o in outcomes if o.problems]
    assert not failed, "operations that failed through the SDK:\n" + "\n".join(failed)
    assert passed == wanted, f"never called: {sorted(wanted - passed)}"
    unrouted = [route for route in routes if not counts.get(route)]
    assert unrouted == [], f"contract routes the sandbox never saw: {unrouted}"
    assert violations == [], "the sandbox answered off-contract:\n" + "\n".join(violations)
    assert internal == [], "sandbox handlers failed:\n" + "\n".join(internal)
